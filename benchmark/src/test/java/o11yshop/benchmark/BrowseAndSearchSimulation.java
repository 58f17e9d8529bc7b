package o11yshop.benchmark;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitHereIfFailed;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ClosedInjectionStep;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A shopper who browses and searches the catalog through the edge, the way the front end calls the API:
 * home page (category tree and featured products), the product list with a sort and page of their
 * choosing, one category, a product from that list, a keyword search and one of its hits.
 *
 * <p>Every id, slug and page comes from an earlier answer, so the journey follows whatever data the shop
 * has, and a request that breaks the contract fails its check instead of being counted as fast.
 *
 * <p>One search word in the feeder finds nothing, as some real searches do; that shopper opens no hit.
 *
 * <p>Closed model: {@code users} shoppers at a time, each starting a new journey as soon as the last one
 * ends, so the run measures how much the shop can serve on this machine. Settings (system properties):
 * {@code shop.url}; {@code users}; {@code rampUp} seconds from 0 to {@code users}, then {@code duration}
 * seconds at {@code users}; {@code thinkTime} milliseconds between pages (default 0: none).
 */
public class BrowseAndSearchSimulation extends Simulation {

    static final String SHOP_URL = System.getProperty("shop.url", "http://localhost:8080");
    static final int USERS = Integer.getInteger("users", 8);
    static final int DURATION_SECONDS = Integer.getInteger("duration", 60);
    static final int RAMP_UP_SECONDS = Integer.getInteger("rampUp", 10);
    static final int THINK_TIME_MILLIS = Integer.getInteger("thinkTime", 0);

    /** The front end's page size on list, category and search pages. */
    private static final int PAGE_SIZE = 20;
    private static final int FEATURED_COUNT = 8;
    private static final List<String> SORTS = List.of("newest", "price_asc", "price_desc", "name_asc", "name_desc");
    private static final List<String> STOCK_STATUSES = List.of("in_stock", "low_stock", "sold_out", "unknown");

    private final HttpProtocolBuilder protocol = http.baseUrl(SHOP_URL)
            .acceptHeader("application/json")
            .userAgentHeader("o11y-shop-benchmark (Gatling)")
            // Gatling's default warm-up request goes to gatling.io; the benchmark only ever talks to the shop
            .disableWarmUp();

    /** Home page: the category tree for the tiles and the featured products, as the front end asks for them. */
    private final ChainBuilder home = exec(
            http("categories").get("/api/catalog/categories")
                    .check(status().is(200),
                            jsonPath("$.categories[0].slug").exists(),
                            // the category page is picked among those with products, sub-categories included
                            jsonPath("$..[?(@.productCount > 0)].slug").findAll().saveAs("categorySlugs"),
                            // top-level counts add up to every product: that bounds the list's pages
                            jsonPath("$.categories[*].productCount").ofInt().findAll().saveAs("topLevelCounts")),
            http("featured").get("/api/catalog/products")
                    .queryParam("featured", "true")
                    .queryParam("size", FEATURED_COUNT)
                    .check(status().is(200))
                    .check(productPage()));

    /** "All products" with a sort and a page the shopper picks, within the pages that exist. */
    private final ChainBuilder productList = exec(session -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                int products = session.<Integer>getList("topLevelCounts").stream().mapToInt(Integer::intValue).sum();
                int pages = Math.max(1, (products + PAGE_SIZE - 1) / PAGE_SIZE);
                return session.set("sort", SORTS.get(random.nextInt(SORTS.size())))
                        .set("page", random.nextInt(pages));
            })
            .exec(http("list").get("/api/catalog/products")
                    .queryParam("page", "#{page}")
                    .queryParam("size", PAGE_SIZE)
                    .queryParam("sort", "#{sort}")
                    .check(status().is(200))
                    .check(productPage())
                    .check(jsonPath("$.page").ofInt().isEL("#{page}")));

    /** A category page: its breadcrumb and sub-categories, then its products (sub-categories included). */
    private final ChainBuilder category = exec(session -> session.set("categorySlug", randomOf(session, "categorySlugs")))
            .exec(http("breadcrumb").get("/api/catalog/categories/#{categorySlug}")
                    .check(status().is(200),
                            jsonPath("$.slug").isEL("#{categorySlug}"),
                            jsonPath("$.breadcrumb[0].slug").exists()))
            .exec(http("category").get("/api/catalog/products")
                    .queryParam("category", "#{categorySlug}")
                    .queryParam("page", 0)
                    .queryParam("size", PAGE_SIZE)
                    .queryParam("sort", "newest")
                    .check(status().is(200))
                    .check(productPage())
                    .check(// the product page is opened from the list the shopper is looking at
                            jsonPath("$.items[*].id").ofLong().findRandom().saveAs("productId")));

    private final ChainBuilder search = feed(csv("search-words.csv").random())
            .exec(http("search").get("/api/catalog/products/search")
                    .queryParam("q", "#{q}")
                    .queryParam("page", 0)
                    .queryParam("size", PAGE_SIZE)
                    .queryParam("sort", "relevance")
                    .check(status().is(200))
                    .check(productPage())
                    // a search may find nothing; then the shopper has no hit to open
                    .check(jsonPath("$.items[*].id").ofLong().findRandom().optional().saveAs("hitId")));

    private final ScenarioBuilder shopper = scenario("browse and search").exec(pages(
            home,
            productList,
            category,
            productDetail("productId"),
            search,
            doIf(session -> session.contains("hitId")).then(productDetail("hitId"))));

    {
        if (USERS < 1 || DURATION_SECONDS < 1 || RAMP_UP_SECONDS < 0 || THINK_TIME_MILLIS < 0) {
            throw new IllegalArgumentException("users and duration must be at least 1, rampUp and thinkTime at least 0;"
                    + " got users=%d duration=%d rampUp=%d thinkTime=%d"
                            .formatted(USERS, DURATION_SECONDS, RAMP_UP_SECONDS, THINK_TIME_MILLIS));
        }
        List<ClosedInjectionStep> load = new ArrayList<>();
        if (RAMP_UP_SECONDS > 0) {
            load.add(rampConcurrentUsers(0).to(USERS).during(Duration.ofSeconds(RAMP_UP_SECONDS)));
        }
        load.add(constantConcurrentUsers(USERS).during(Duration.ofSeconds(DURATION_SECONDS)));
        setUp(shopper.injectClosed(load))
                .protocols(protocol)
                // timings are for reading, not for failing a run on a shared 2-core machine; errors are not
                .assertions(global().failedRequests().percent().lte(1.0));
    }

    /** Product detail, named "detail" wherever the shopper comes from, so that it is one operation in the results. */
    private static ChainBuilder productDetail(String idAttribute) {
        return exec(http("detail").get("/api/catalog/products/#{" + idAttribute + "}")
                .check(status().is(200),
                        jsonPath("$.id").ofLong().isEL("#{" + idAttribute + "}"),
                        jsonPath("$.name").exists(),
                        jsonPath("$.price.amount").ofLong().exists(),
                        jsonPath("$.breadcrumb[0].slug").exists(),
                        jsonPath("$.reviews").exists(),
                        jsonPath("$.stock.status").in(STOCK_STATUSES)));
    }

    /** The shape of a ProductPage answer (api/catalog.yaml), and of every product on it. */
    private static CheckBuilder[] productPage() {
        return new CheckBuilder[] {
            jsonPath("$.items").ofList().exists(),
            jsonPath("$.totalItems").ofLong().exists(),
            jsonPath("$.totalPages").ofInt().exists(),
            jsonPath("$.items[*].stock.status").findAll()
                    .withDefault(List.of())
                    .validate("every stock status is known", (statuses, session) -> {
                        if (!STOCK_STATUSES.containsAll(statuses)) {
                            throw new IllegalStateException("unexpected stock status in " + statuses);
                        }
                        return statuses;
                    })
        };
    }

    /**
     * The pages one after the other, with the shopper's think time between them when there is one. A
     * shopper whose page failed leaves: the next pages need what it should have answered, and the closed
     * model starts a new shopper in their place.
     */
    private static List<ChainBuilder> pages(ChainBuilder... pages) {
        List<ChainBuilder> journey = new ArrayList<>();
        for (ChainBuilder page : pages) {
            if (THINK_TIME_MILLIS > 0 && !journey.isEmpty()) {
                journey.add(pause(Duration.ofMillis(THINK_TIME_MILLIS)));
            }
            journey.add(page);
            journey.add(exitHereIfFailed());
        }
        return journey;
    }

    private static String randomOf(Session session, String listAttribute) {
        List<String> values = session.getList(listAttribute);
        return values.get(ThreadLocalRandom.current().nextInt(values.size()));
    }
}
