package o11yshop.platform.observability;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import o11yshop.platform.web.problem.ResourceNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;

/**
 * The smallest service that uses platform-observability the way the shop's services do: a product
 * page that runs a business step and calls another service for stock, a stock endpoint that asks the
 * database, a signed-in page, requests that fail in each way X-Ray tells apart, and a search and a
 * checkout that record business metrics. The tests run it twice, as "storefront" and "stockroom", the
 * first calling the second.
 */
@SpringBootApplication
class TracedTestApplication {

    @RestController
    static class Endpoints {

        private static final Logger log = LoggerFactory.getLogger(Endpoints.class);

        private final Observability observability;
        private final BusinessMetrics metrics;
        private final JdbcTemplate database;
        private final RestClient stockroom;

        Endpoints(Observability observability, BusinessMetrics metrics, JdbcTemplate database,
                RestClient.Builder restClients, @Value("${test.stockroom-url:}") String stockroomUrl) {
            this.observability = observability;
            this.metrics = metrics;
            this.database = database;
            // as the services build theirs: the platform has already added tracing and the request ID
            this.stockroom = restClients.baseUrl(stockroomUrl).build();
        }

        @GetMapping("/products/{productId}")
        Map<String, Object> product(@PathVariable long productId) {
            try (BusinessSpan span = observability.startSpan("load product")) {
                span.annotate(SpanAnnotation.PRODUCT_ID, productId).annotate(SpanAnnotation.CATEGORY, "books");
                span.metadata("source", "test catalogue");
                log.info("Looking up product {}", productId);
            }
            return stockOf(productId);
        }

        /** Sampled out by the tests' rules: the decision must travel downstream with the trace. */
        @GetMapping("/unsampled/products/{productId}")
        Map<String, Object> unsampledProduct(@PathVariable long productId) {
            log.info("Looking up product {} without recording it", productId);
            return stockOf(productId);
        }

        private Map<String, Object> stockOf(long productId) {
            @SuppressWarnings("unchecked")
            Map<String, Object> stock = stockroom.get().uri("/stock/{productId}", productId).retrieve().body(Map.class);
            Map<String, Object> answer = new LinkedHashMap<>(stock);
            answer.put("traceId", observability.currentTraceId().orElse(null));
            return answer;
        }

        @GetMapping("/stock/{productId}")
        Map<String, Object> stock(@PathVariable long productId,
                @RequestHeader(name = "X-Amzn-Trace-Id", required = false) String traceHeader) {
            log.info("Counting stock of product {}", productId);
            Integer available = database.queryForObject("select ? + 40", Integer.class, productId);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("productId", productId);
            answer.put("available", available);
            answer.put("receivedTraceHeader", traceHeader);
            return answer;
        }

        /**
         * Like checkout's event: the request keeps its trace header with the message, and the message is
         * worked on later on another thread, as inventory's queue consumer does.
         */
        @PostMapping("/orders/{orderId}")
        Map<String, Object> placeOrder(@PathVariable long orderId) throws Exception {
            Optional<String> traceHeader = observability.currentTraceHeader();
            Thread consumer = Thread.ofPlatform().name("message-consumer").start(() -> {
                try (BusinessSpan work = observability.continueTrace(traceHeader)) {
                    work.annotate(SpanAnnotation.ORDER_ID, orderId);
                    log.info("Committing the stock of order {}", orderId);
                    database.queryForObject("select ? * 2", Integer.class, orderId);
                }
            });
            consumer.join();
            return Map.of("orderId", orderId, "traceHeader", traceHeader.orElse(""));
        }

        @GetMapping("/me")
        Map<String, Object> me() {
            log.info("Serving the signed-in user's page");
            return Map.of("signedIn", true);
        }

        @GetMapping("/broken")
        Map<String, Object> broken() {
            throw new IllegalStateException("the shelf collapsed");
        }

        @GetMapping("/missing")
        Map<String, Object> missing() {
            throw new ResourceNotFoundException("product", 404);
        }

        @GetMapping("/busy")
        ResponseEntity<Void> busy() {
            return ResponseEntity.status(429).build();
        }

        @GetMapping("/failing-step")
        Map<String, Object> failingStep() {
            try (BusinessSpan span = observability.startSpan("pay")) {
                try {
                    throw new IllegalStateException("the payment provider declined");
                } catch (IllegalStateException e) {
                    span.recordError(e);
                    throw e;
                }
            }
        }

        /** A search, counted by whether it found anything: the word "nothing" finds nothing. */
        @GetMapping("/search")
        Map<String, Object> search(@RequestParam String q) {
            boolean found = !q.equals("nothing");
            metrics.count(BusinessMetric.SEARCH_PERFORMED, found ? BusinessDimension.RESULTS_FOUND : BusinessDimension.NO_RESULTS);
            return Map.of("found", found);
        }

        /** A checkout of {@code amountJpy} yen whose payment takes a tenth as many milliseconds. */
        @GetMapping("/checkout/{amountJpy}")
        Map<String, Object> checkout(@PathVariable long amountJpy) {
            metrics.count(BusinessMetric.CHECKOUT_STARTED);
            metrics.time(BusinessMetric.PAYMENT_LATENCY, Duration.ofMillis(amountJpy / 10));
            metrics.count(BusinessMetric.ORDER_PLACED);
            metrics.add(BusinessMetric.REVENUE, amountJpy);
            metrics.count(BusinessMetric.CHECKOUT_COMPLETED);
            return Map.of("ordered", true);
        }
    }
}
