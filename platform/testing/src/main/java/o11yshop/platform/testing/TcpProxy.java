package o11yshop.platform.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TCP port in front of a real server (a database, a queue), for outage tests: {@link #cut()} closes the
 * port and every connection through it, as a network failure or a stopped server would, and
 * {@link #restore()} opens the same port again. The client under test never knows it is not talking to
 * the server itself.
 */
public final class TcpProxy implements AutoCloseable {

    private static final Pattern HOST_AND_PORT = Pattern.compile("//([^/:]+):(\\d+)/");

    private final String targetHost;
    private final int targetPort;
    private final int port;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listening;

    private TcpProxy(String targetHost, int targetPort) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.listening = listen(0);
        this.port = listening.getLocalPort();
        acceptInBackground(listening);
    }

    /** A proxy on a free loopback port, open, forwarding to {@code targetHost:targetPort}. */
    public static TcpProxy to(String targetHost, int targetPort) {
        return new TcpProxy(targetHost, targetPort);
    }

    /** A proxy in front of the server of {@code database}; {@link #carrying} is the database through it. */
    public static TcpProxy toServerOf(TestDatabase database) {
        Matcher server = HOST_AND_PORT.matcher(database.url());
        if (!server.find()) {
            throw new IllegalArgumentException("No host and port in " + database.url());
        }
        return to(server.group(1), Integer.parseInt(server.group(2)));
    }

    /** The same database, reached through this proxy. */
    public TestDatabase carrying(TestDatabase database) {
        return new TestDatabase(database.engine(),
                database.url().replaceFirst("//[^/]+/", "//127.0.0.1:" + port + "/"),
                database.username(), database.password(), database.schema());
    }

    public int port() {
        return port;
    }

    /** Closes the port and every connection through it: connecting is refused until {@link #restore()}. */
    public synchronized void cut() {
        closeQuietly(listening);
        open.forEach(TcpProxy::closeQuietly);
        open.clear();
    }

    /** Opens the same port again. */
    public synchronized void restore() {
        if (listening.isClosed()) {
            listening = listen(port);
            acceptInBackground(listening);
        }
    }

    @Override
    public void close() {
        cut();
    }

    private static ServerSocket listen(int port) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void acceptInBackground(ServerSocket server) {
        Thread.ofVirtual().name("tcp-proxy-" + port).start(() -> {
            while (!server.isClosed()) {
                Socket client;
                try {
                    client = server.accept();
                } catch (IOException e) {
                    return; // the port was cut
                }
                try {
                    Socket target = new Socket(targetHost, targetPort);
                    open.add(client);
                    open.add(target);
                    pipe(client, target);
                    pipe(target, client);
                } catch (IOException e) {
                    closeQuietly(client); // the target refused: so does the proxy
                }
            }
        });
    }

    private void pipe(Socket from, Socket to) {
        Thread.ofVirtual().start(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // one side closed: the other follows
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        });
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // already closed
        }
    }
}
