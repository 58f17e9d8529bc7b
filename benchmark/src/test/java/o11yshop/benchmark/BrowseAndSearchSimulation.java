package o11yshop.benchmark;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
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
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ClosedInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The shop's load test: shoppers who browse and search the catalog, and buyers who fill a cart and check
 * out, both through the edge and the way the front end calls the API.
 *
 * <p><b>Browse and search</b> (scenario "browse and search"): home page (category tree and featured
 * products), the product list with a sort and page of their choosing, one category, a product from that
 * list, a keyword search and one of its hits. One search word in the feeder finds nothing, as some real
 * searches do; that shopper opens no hit.
 *
 * <p><b>Buy</b> (scenario "buy"): each buyer signs up once with an e-mail address of their own ("sign up",
 * "sign in"), then until the run ends: a page of the product list ("list"), a product on it that is in
 * stock ("detail"), that product in the cart ("add to cart"), the cart ("cart") and the checkout with a new
 * {@code Idempotency-Key} each time ("checkout", 201 with the order). Stock runs out during a long run, so
 * a checkout refused because the product sold out meanwhile (409 {@code insufficient-stock} naming it) is a
 * business answer, counted as OK; the buyer then takes the product out of the cart ("remove from cart")
 * and goes on. Any other answer fails the check. A page with nothing in stock on it sends the buyer to
 * another page; a buyer signs in again shortly before the access token expires.
 *
 * <p>Every id, slug and page comes from an earlier answer, so the journeys follow whatever data the shop
 * has, and a request that breaks the contract fails its check instead of being counted as fast.
 *
 * <p>Closed model: {@code users} users at a time, of whom {@code users × buyerShare} (rounded to the nearest
 * whole user: 2 of the default 8) are buyers and the rest shoppers. A shopper whose journey ends is
 * replaced by a new one at once; a buyer keeps buying until the run ends, so the run measures how much the
 * shop can serve on this machine. Settings (system properties): {@code shop.url}; {@code users};
 * {@code buyerShare} the share of buyers among them, 0 to 1 (default 0.25; 0: browsing only);
 * {@code rampUp} seconds from 0 to {@code users}, then {@code duration} seconds at {@code users};
 * {@code thinkTime} milliseconds between pages (default 0: none).
 */
public class BrowseAndSearchSimulation extends Simulation {

    static final String SHOP_URL = System.getProperty("shop.url", "http://localhost:8080");
    static final int USERS = Integer.getInteger("users", 8);
    static final int DURATION_SECONDS = Integer.getInteger("duration", 60);
    static final int RAMP_UP_SECONDS = Integer.getInteger("rampUp", 10);
    static final int THINK_TIME_MILLIS = Integer.getInteger("thinkTime", 0);
    static final double BUYER_SHARE = Double.parseDouble(System.getProperty("buyerShare", "0.25"));
    static final int BUYERS = (int) Math.round(USERS * BUYER_SHARE);
    static final int SHOPPERS = USERS - BUYERS;

    /** The front end's page size on list, category and search pages. */
    private static final int PAGE_SIZE = 20;
    private static final int FEATURED_COUNT = 8;
    private static final List<String> SORTS = List.of("newest", "price_asc", "price_desc", "name_asc", "name_desc");
    private static final List<String> STOCK_STATUSES = List.of("in_stock", "low_stock", "sold_out", "unknown");

    /** The only refusal of a checkout that is a business answer under load: the product sold out meanwhile. */
    static final String INSUFFICIENT_STOCK = "urn:o11y-shop:problem:insufficient-stock";
    /** A buyer signs in again when the access token has less than this left. */
    private static final long TOKEN_MARGIN_MILLIS = TimeUnit.SECONDS.toMillis(30);
    /**
     * How long after the load profile's end a buyer still starts a purchase: the profile has ended by then,
     * so no buyer who stops is replaced by a new one who would sign up for nothing.
     */
    private static final long BUYING_GRACE_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final String CHECKOUT_BODY = """
            {"shippingAddress":{"name":"山田 太郎","postalCode":"1000001","prefecture":"東京都","city":"千代田区",\
            "line1":"千代田1-1","line2":"","phone":"03-1234-5678"},"payment":{"method":"card","cardLast4":"4242"}}""";

    /** When buyers stop starting purchases (System.nanoTime()); set when the run starts. */
    private volatile long buyingEndsAt;

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
                int products = session.<Integer>getList("topLevelCounts").stream().mapToInt(Integer::intValue).sum();
                return withSortAndPage(session, Math.max(1, (products + PAGE_SIZE - 1) / PAGE_SIZE));
            })
            .exec(listPage());

    /** A category page: its breadcrumb and sub-categories, then its products (sub-categories included). */
    private final ChainBuilder category = exec(session -> session.set("categorySlug", randomOf(session, "categorySlugs")))
            .exec(http("breadcrumb").get("/api/catalog/categories/#{categorySlug}")
                    .check(status().is(200),
                            jsonPath("$.slug").isEL("#{categorySlug}"),
                            jsonPath("$.breadcrumb[0].slug").exists()))
            .exec(firstPage("category", "/api/catalog/products", "category", "#{categorySlug}", "newest")
                    .check(// the product page is opened from the list the shopper is looking at
                            jsonPath("$.items[*].id").ofLong().findRandom().saveAs("productId")));

    private final ChainBuilder search = feed(csv("search-words.csv").random())
            .exec(firstPage("search", "/api/catalog/products/search", "q", "#{q}", "relevance")
                    // a search may find nothing; then the shopper has no hit to open
                    .check(jsonPath("$.items[*].id").ofLong().findRandom().optional().saveAs("hitId")));

    private final ScenarioBuilder shopper = scenario("browse and search").exec(pages(
            home,
            productList,
            category,
            productDetail("productId"),
            search,
            doIf(session -> session.contains("hitId")).then(productDetail("hitId"))));

    /** A new customer account for this buyer, with an e-mail address no one else has. */
    private final ChainBuilder signUp = exec(session -> session
                    .set("email", "bench-" + UUID.randomUUID() + "@example.com")
                    .set("password", "bench-" + UUID.randomUUID()))
            .exec(http("sign up").post("/api/identity/users")
                    .body(StringBody("""
                            {"email":"#{email}","password":"#{password}","displayName":"Benchmark buyer"}"""))
                    .asJson()
                    .check(status().is(201),
                            jsonPath("$.id").exists(),
                            jsonPath("$.email").isEL("#{email}")));

    private final ChainBuilder signIn = exec(http("sign in").post("/api/identity/sessions")
                    .body(StringBody("""
                            {"email":"#{email}","password":"#{password}"}"""))
                    .asJson()
                    .check(status().is(200),
                            jsonPath("$.tokenType").is("Bearer"),
                            jsonPath("$.accessToken").saveAs("accessToken"),
                            jsonPath("$.expiresIn").ofInt().saveAs("expiresIn")))
            .exec(session -> session.set("tokenExpiresAt",
                    System.currentTimeMillis() + TimeUnit.SECONDS.toMillis(session.getInt("expiresIn"))));

    /** A page of the product list, and a product on it that is in stock ("buyId"), when there is one. */
    private final ChainBuilder pickProduct = exec(session -> {
                // the first list is page 0; later ones any page the last answer said there is
                int pages = session.contains("listPages") ? Math.max(1, session.getInt("listPages")) : 1;
                return withSortAndPage(session.remove("buyId").remove("checkoutProblem"), pages);
            })
            .exec(listPage()
                    .check(jsonPath("$.totalPages").ofInt().saveAs("listPages"),
                            jsonPath("$.items[?(@.stock.status == 'in_stock')].id").ofLong()
                                    .findRandom().optional().saveAs("buyId")));

    /** The product's page; the buyer buys only what it still shows in stock. */
    private final ChainBuilder openProduct = exec(detail("buyId")
            .check(jsonPath("$.stock.status").saveAs("buyStatus")));

    private final ChainBuilder addToCart = exec(authorized(http("add to cart").put("/api/order/cart/items/#{buyId}"))
            .body(StringBody("{\"quantity\":1}"))
            .asJson()
            .check(status().is(200),
                    // a buyer's cart holds only what this purchase put in it
                    jsonPath("$.itemCount").ofInt().is(1),
                    jsonPath("$.items[0].productId").ofLong().isEL("#{buyId}"),
                    jsonPath("$.items[0].quantity").ofInt().is(1)));

    private final ChainBuilder cart = exec(authorized(http("cart").get("/api/order/cart"))
            .check(status().is(200),
                    jsonPath("$.itemCount").ofInt().is(1),
                    jsonPath("$.items[0].productId").ofLong().isEL("#{buyId}"),
                    jsonPath("$.total.currency").is("JPY"),
                    jsonPath("$.total.amount").ofLong().saveAs("cartTotal")));

    /**
     * Checkout: 201 with the order of this cart, or 409 {@code insufficient-stock} naming the product when
     * it sold out since the product page; nothing else.
     */
    private final ChainBuilder checkout = exec(authorized(http("checkout").post("/api/order/orders"))
            .header("Idempotency-Key", session -> UUID.randomUUID().toString())
            .header("Accept", "application/json, application/problem+json")
            .body(StringBody(CHECKOUT_BODY))
            .asJson()
            .check(status().in(201, 409))
            .checkIf((response, session) -> response.status().code() == 201).then(
                    jsonPath("$.orderNumber").find().validate("an order number", (number, session) -> {
                        if (number == null || !number.matches("^O11Y-[0-9]{8}-[2-9A-HJKMNP-Z]{5}$")) {
                            throw new IllegalStateException("not an order number: " + number);
                        }
                        return number;
                    }),
                    jsonPath("$.status").is("placed"),
                    jsonPath("$.itemCount").ofInt().is(1),
                    jsonPath("$.items[0].productId").ofLong().isEL("#{buyId}"),
                    jsonPath("$.total.amount").ofLong().isEL("#{cartTotal}"),
                    jsonPath("$.payment.cardLast4").is("4242"))
            .checkIf((response, session) -> response.status().code() == 409).then(
                    header("Content-Type").find().validate("a problem", (type, session) -> {
                        if (type == null || !type.startsWith("application/problem+json")) {
                            throw new IllegalStateException("not application/problem+json: " + type);
                        }
                        return type;
                    }),
                    jsonPath("$.status").ofInt().is(409),
                    jsonPath("$.type").is(INSUFFICIENT_STOCK).saveAs("checkoutProblem"),
                    jsonPath("$.shortages[*].productId").ofLong().findAll()
                            .validate("the product is short", (shortages, session) -> {
                                if (shortages == null || !shortages.contains(session.getLong("buyId"))) {
                                    throw new IllegalStateException("the shortages " + shortages
                                            + " do not name product " + session.getLong("buyId"));
                                }
                                return shortages;
                            })));

    /** After a checkout refused for want of stock the product is still in the cart; the buyer takes it out. */
    private final ChainBuilder removeFromCart = exec(
            authorized(http("remove from cart").delete("/api/order/cart/items/#{buyId}"))
                    .check(status().is(200),
                            jsonPath("$.itemCount").ofInt().is(0)));

    /** One purchase: a product in stock from the list, into the cart, checked out. */
    private final ChainBuilder purchase = doIf(
                    session -> System.currentTimeMillis() > session.getLong("tokenExpiresAt") - TOKEN_MARGIN_MILLIS)
            .then(signIn, exitHereIfFailed())
            .exec(pages(
                    pickProduct,
                    doIf(session -> session.contains("buyId")).then(nextPages(
                            openProduct,
                            doIf(session -> "in_stock".equals(session.getString("buyStatus"))).then(nextPages(
                                    addToCart,
                                    cart,
                                    checkout,
                                    doIf(session -> session.contains("checkoutProblem"))
                                            .then(nextPages(removeFromCart))))))));

    private final ScenarioBuilder buyer = scenario("buy").exec(pages(
            signUp,
            signIn,
            asLongAs(session -> System.nanoTime() - buyingEndsAt < 0).on(purchase)));

    {
        if (USERS < 1 || DURATION_SECONDS < 1 || RAMP_UP_SECONDS < 0 || THINK_TIME_MILLIS < 0) {
            throw new IllegalArgumentException("users and duration must be at least 1, rampUp and thinkTime at least 0;"
                    + " got users=%d duration=%d rampUp=%d thinkTime=%d"
                            .formatted(USERS, DURATION_SECONDS, RAMP_UP_SECONDS, THINK_TIME_MILLIS));
        }
        if (!(BUYER_SHARE >= 0 && BUYER_SHARE <= 1)) {
            throw new IllegalArgumentException("buyerShare must be between 0 and 1; got " + BUYER_SHARE);
        }
        List<PopulationBuilder> populations = new ArrayList<>();
        if (SHOPPERS > 0) {
            populations.add(shopper.injectClosed(closedLoad(SHOPPERS)));
        }
        if (BUYERS > 0) {
            populations.add(buyer.injectClosed(closedLoad(BUYERS)));
        }
        setUp(populations)
                .protocols(protocol)
                // timings are for reading, not for failing a run on a shared 2-core machine; errors are not
                .assertions(global().failedRequests().percent().lte(1.0));
    }

    @Override
    public void before() {
        buyingEndsAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(RAMP_UP_SECONDS + DURATION_SECONDS)
                + BUYING_GRACE_NANOS;
    }

    /** From 0 to {@code users} in the ramp-up, then {@code users} at a time. */
    private static List<ClosedInjectionStep> closedLoad(int users) {
        List<ClosedInjectionStep> load = new ArrayList<>();
        if (RAMP_UP_SECONDS > 0) {
            load.add(rampConcurrentUsers(0).to(users).during(Duration.ofSeconds(RAMP_UP_SECONDS)));
        }
        load.add(constantConcurrentUsers(users).during(Duration.ofSeconds(DURATION_SECONDS)));
        return load;
    }

    /** A random sort and one of {@code pages} pages, for the next "list". */
    private static Session withSortAndPage(Session session, int pages) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return session.set("sort", SORTS.get(random.nextInt(SORTS.size()))).set("page", random.nextInt(pages));
    }

    /** A page of the product list in the session's sort, checked to be a product page and the page asked for. */
    private static HttpRequestActionBuilder listPage() {
        return http("list").get("/api/catalog/products")
                .queryParam("page", "#{page}")
                .queryParam("size", PAGE_SIZE)
                .queryParam("sort", "#{sort}")
                .check(status().is(200))
                .check(productPage())
                .check(jsonPath("$.page").ofInt().isEL("#{page}"));
    }

    /** The first page of products that match a filter (a category, a search word), checked to be a product page. */
    private static HttpRequestActionBuilder firstPage(String name, String path, String filter, String value,
                                                      String sort) {
        return http(name).get(path)
                .queryParam(filter, value)
                .queryParam("page", 0)
                .queryParam("size", PAGE_SIZE)
                .queryParam("sort", sort)
                .check(status().is(200))
                .check(productPage());
    }

    /** A request of the signed-in buyer. */
    private static HttpRequestActionBuilder authorized(HttpRequestActionBuilder request) {
        return request.header("Authorization", "Bearer #{accessToken}");
    }

    /** Product detail, named "detail" wherever the shopper comes from, so that it is one operation in the results. */
    private static ChainBuilder productDetail(String idAttribute) {
        return exec(detail(idAttribute));
    }

    private static HttpRequestActionBuilder detail(String idAttribute) {
        return http("detail").get("/api/catalog/products/#{" + idAttribute + "}")
                .check(status().is(200),
                        jsonPath("$.id").ofLong().isEL("#{" + idAttribute + "}"),
                        jsonPath("$.name").exists(),
                        jsonPath("$.price.amount").ofLong().exists(),
                        jsonPath("$.breadcrumb[0].slug").exists(),
                        jsonPath("$.reviews").exists(),
                        jsonPath("$.stock.status").in(STOCK_STATUSES));
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
        return journey(false, pages);
    }

    /** Pages that follow one already shown: with the think time before the first of them as well. */
    private static ChainBuilder nextPages(ChainBuilder... pages) {
        return exec(journey(true, pages));
    }

    private static List<ChainBuilder> journey(boolean afterAPage, ChainBuilder... pages) {
        List<ChainBuilder> journey = new ArrayList<>();
        boolean thinkFirst = afterAPage;
        for (ChainBuilder page : pages) {
            if (THINK_TIME_MILLIS > 0 && thinkFirst) {
                journey.add(pause(Duration.ofMillis(THINK_TIME_MILLIS)));
            }
            thinkFirst = true;
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
