package o11yshop.launcher.edge;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Collections;
import java.util.function.Consumer;

/**
 * One request to the edge's servlet, seen through the JDK server's {@link HttpExchange}, so that the edge's
 * handlers (and their length conventions: 0 is "chunked", -1 is "no body") stay as they were written when
 * the edge ran on {@code com.sun.net.httpserver}.
 */
final class ServletExchange extends HttpExchange {

    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final URI requestUri;
    private final Headers requestHeaders = new Headers();
    private final Headers responseHeaders = new Headers();
    private final Consumer<Headers> finalHeaders;
    private int responseCode = -1;

    /**
     * @param requestUri the request target, already checked to be a valid URI
     * @param finalHeaders sets what the edge adds to every answer, after the handler's own headers
     */
    ServletExchange(HttpServletRequest request, HttpServletResponse response, URI requestUri,
            Consumer<Headers> finalHeaders) {
        this.request = request;
        this.response = response;
        this.requestUri = requestUri;
        this.finalHeaders = finalHeaders;
        for (String name : Collections.list(request.getHeaderNames())) {
            requestHeaders.put(name, Collections.list(request.getHeaders(name)));
        }
    }

    @Override
    public Headers getRequestHeaders() {
        return requestHeaders;
    }

    @Override
    public Headers getResponseHeaders() {
        return responseHeaders;
    }

    @Override
    public URI getRequestURI() {
        return requestUri;
    }

    @Override
    public String getRequestMethod() {
        return request.getMethod();
    }

    /** The edge has a single context, "/"; none of its handlers asks for it. */
    @Override
    public HttpContext getHttpContext() {
        throw new UnsupportedOperationException("the edge has no HttpContext");
    }

    /** Ends the response; Tomcat ends it anyway when the servlet returns, but a handler may close early. */
    @Override
    public void close() {
        if (responseCode != -1 && !Responses.isHead(this)) {
            try {
                response.getOutputStream().close();
            } catch (IOException e) {
                // the client has gone: there is no one left to answer
            }
        }
    }

    @Override
    public InputStream getRequestBody() {
        try {
            return request.getInputStream();
        } catch (IOException e) {
            return InputStream.nullInputStream();
        }
    }

    @Override
    public OutputStream getResponseBody() {
        try {
            return response.getOutputStream();
        } catch (IOException e) {
            return OutputStream.nullOutputStream();
        }
    }

    @Override
    public void sendResponseHeaders(int code, long length) throws IOException {
        if (responseCode != -1) {
            throw new IOException("the response headers were already sent");
        }
        responseCode = code;
        response.setStatus(code);
        finalHeaders.accept(responseHeaders);
        responseHeaders.forEach((name, values) -> {
            String written = conventionalCase(name);
            response.setHeader(written, values.isEmpty() ? "" : values.getFirst());
            values.stream().skip(1).forEach(value -> response.addHeader(written, value));
        });
        if (length > 0) {
            response.setContentLengthLong(length);
        } else if (length < 0 && !Responses.isHead(this) && code != 204 && code != 304) {
            response.setContentLength(0);
        }
        // the JDK server sends the headers at once; a streamed response relies on that
        response.flushBuffer();
    }

    @Override
    public InetSocketAddress getRemoteAddress() {
        return socketAddress(request.getRemoteAddr(), request.getRemotePort());
    }

    @Override
    public int getResponseCode() {
        return responseCode;
    }

    @Override
    public InetSocketAddress getLocalAddress() {
        return socketAddress(request.getLocalAddr(), request.getLocalPort());
    }

    @Override
    public String getProtocol() {
        return request.getProtocol();
    }

    @Override
    public Object getAttribute(String name) {
        return request.getAttribute(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
        request.setAttribute(name, value);
    }

    @Override
    public void setStreams(InputStream in, OutputStream out) {
        throw new UnsupportedOperationException("the edge's streams are the servlet's");
    }

    @Override
    public HttpPrincipal getPrincipal() {
        return null;
    }

    /**
     * {@code X-frame-options} → {@code X-Frame-Options}: {@link Headers} keeps only a name's first letter as
     * given. Header names are case-insensitive; this is for the people who read them.
     */
    static String conventionalCase(String name) {
        if (name.equalsIgnoreCase("WWW-Authenticate")) {
            return "WWW-Authenticate";
        }
        StringBuilder written = new StringBuilder(name.length());
        boolean wordStart = true;
        for (char c : name.toCharArray()) {
            written.append(wordStart ? Character.toUpperCase(c) : c);
            wordStart = c == '-';
        }
        return written.toString();
    }

    /** Tomcat gives addresses as IP literals (its look-ups are off), so this never asks a name server. */
    private static InetSocketAddress socketAddress(String ip, int port) {
        try {
            return new InetSocketAddress(InetAddress.getByName(ip), port);
        } catch (IOException e) {
            return InetSocketAddress.createUnresolved(ip, port);
        }
    }
}
