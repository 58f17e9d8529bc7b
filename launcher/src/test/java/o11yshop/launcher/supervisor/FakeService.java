package o11yshop.launcher.supervisor;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;

/**
 * A stand-in for a service, run by the supervision tests as a real child process: it answers its
 * readiness check, logs like a service, and crashes with exit code 3 when asked to.
 *
 * <p>Arguments: {@code <name> <port> [ready|never-ready|with-child]}.
 */
public final class FakeService {

    static final int CRASH_EXIT_CODE = 3;

    private FakeService() {
    }

    public static void main(String[] args) throws Exception {
        String name = args[0];
        int port = Integer.parseInt(args[1]);
        String mode = args.length > 2 ? args[2] : "ready";
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        int readiness = mode.equals("never-ready") ? 503 : 200;
        server.createContext("/api/" + name + "/actuator/health/readiness", exchange -> {
            exchange.sendResponseHeaders(readiness, -1);
            exchange.close();
        });
        server.createContext("/api/" + name + "/crash", exchange -> {
            System.out.println("crashing on request");
            System.exit(CRASH_EXIT_CODE);
        });
        server.start();
        if (mode.equals("with-child")) {
            Process child = new ProcessBuilder("sleep", "300").start();
            System.out.println("child pid " + child.pid());
        }
        System.out.println("{\"timestamp\":\"" + Instant.now() + "\",\"level\":\"INFO\",\"service\":\"" + name
                + "\",\"logger\":\"o11yshop.fake.FakeService\",\"message\":\"" + name + " started\"}");
    }
}
