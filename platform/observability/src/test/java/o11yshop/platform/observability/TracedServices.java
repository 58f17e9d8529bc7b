package o11yshop.platform.observability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import o11yshop.platform.testing.TestDatabase;
import o11yshop.platform.testing.TestDatabases;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts {@link TracedTestApplication} as a named service on a free port, with a real PostgreSQL schema. */
public final class TracedServices {

    /** The X-Ray SDK's own switch for the daemon address, read when a recorder is built. */
    private static final String DAEMON_ADDRESS_PROPERTY = "com.amazonaws.xray.emitters.daemonAddress";

    private TracedServices() {
    }

    public static void pointXRayAt(String daemonAddress) {
        System.setProperty(DAEMON_ADDRESS_PROPERTY, daemonAddress);
    }

    public static void forgetXRayDaemon() {
        System.clearProperty(DAEMON_ADDRESS_PROPERTY);
    }

    public static ConfigurableApplicationContext start(String name, String issuer, String... settings) {
        TestDatabase database = TestDatabases.postgres("observability_test");
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.application.name=" + name,
                "--shop.security.issuer=" + issuer,
                "--shop.security.public-paths=GET /products/*,GET /unsampled/**,GET /stock/*,POST /orders/*,GET /broken,"
                        + "GET /missing,GET /busy,GET /failing-step,GET /search,GET /checkout/*"));
        for (Map.Entry<String, String> property : database.springProperties().entrySet()) {
            arguments.add("--" + property.getKey() + "=" + property.getValue());
        }
        arguments.addAll(List.of(settings));
        if (arguments.stream().noneMatch(argument -> argument.startsWith("--server.port="))) {
            arguments.add("--server.port=0");
        }
        return new SpringApplicationBuilder(TracedTestApplication.class).run(arguments.toArray(String[]::new));
    }

    public static String baseUrl(ConfigurableApplicationContext service) {
        return "http://127.0.0.1:" + service.getEnvironment().getProperty("local.server.port");
    }
}
