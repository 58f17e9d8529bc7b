package o11yshop.platform.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real service, started in the test JVM on a free port against a real database, reached over HTTP
 * exactly as the edge and other services reach it. Started once per JVM for each name and kept for all
 * test classes that ask for it, because starting a Spring Boot service costs seconds.
 */
public final class ServiceUnderTest {

    private static final Map<String, ServiceUnderTest> RUNNING = new ConcurrentHashMap<>();

    private final ConfigurableApplicationContext context;
    private final ApiClient client;

    private ServiceUnderTest(ConfigurableApplicationContext context) {
        this.context = context;
        String port = context.getEnvironment().getRequiredProperty("local.server.port");
        String contextPath = context.getEnvironment().getProperty("server.servlet.context-path", "");
        this.client = new ApiClient("http://127.0.0.1:" + port + contextPath);
    }

    /**
     * The service registered under {@code key}, started on first use from {@code builder} with the
     * database's settings and the extra properties.
     */
    public static ServiceUnderTest shared(String key, Supplier<SpringApplicationBuilder> builder,
            TestDatabase database, Map<String, String> properties) {
        return RUNNING.computeIfAbsent(key, k -> start(builder.get(), database, properties));
    }

    /** A service of its own for one test, which the test stops with {@link #stop()}. */
    public static ServiceUnderTest start(SpringApplicationBuilder builder, TestDatabase database,
            Map<String, String> properties) {
        Map<String, String> all = new HashMap<>(database.springProperties());
        all.put("server.port", "0");
        all.putAll(properties);
        // as command-line arguments, so they win over the service's own configuration file
        String[] arguments = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        ConfigurableApplicationContext context = builder.run(arguments);
        ServiceUnderTest service = new ServiceUnderTest(context);
        Runtime.getRuntime().addShutdownHook(new Thread(context::close));
        return service;
    }

    public ApiClient client() {
        return client;
    }

    public String baseUrl() {
        return client.baseUrl();
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    public void stop() {
        context.close();
    }
}
