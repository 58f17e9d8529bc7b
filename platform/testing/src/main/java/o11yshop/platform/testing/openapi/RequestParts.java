package o11yshop.platform.testing.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import o11yshop.platform.testing.RawHttp;

/**
 * A request to one operation in parts that a test can change one at a time: path and query values as
 * they go on the wire (already percent-encoded, or deliberately not), headers, body bytes and their
 * media type.
 *
 * @param contentType {@code null} sends no {@code Content-Type}
 * @param body {@code null} sends no body
 */
public record RequestParts(String method, String template, Map<String, String> path, Map<String, String> query,
        List<String[]> headers, String contentType, byte[] body, boolean chunked) {

    public RequestParts {
        path = new LinkedHashMap<>(path);
        query = new LinkedHashMap<>(query);
        headers = List.copyOf(headers);
    }

    public RequestParts withPath(String name, String rawValue) {
        Map<String, String> changed = new LinkedHashMap<>(path);
        changed.put(name, rawValue);
        return new RequestParts(method, template, changed, query, headers, contentType, body, chunked);
    }

    /** {@code rawValue} {@code null} leaves the parameter out. */
    public RequestParts withQuery(String name, String rawValue) {
        Map<String, String> changed = new LinkedHashMap<>(query);
        if (rawValue == null) {
            changed.remove(name);
        } else {
            changed.put(name, rawValue);
        }
        return new RequestParts(method, template, path, changed, headers, contentType, body, chunked);
    }

    /** Replaces the header (case-insensitively); {@code value} {@code null} leaves it out. */
    public RequestParts withHeader(String name, String value) {
        List<String[]> changed = new ArrayList<>(headers.stream().filter(header -> !header[0].equalsIgnoreCase(name)).toList());
        if (value != null) {
            changed.add(new String[] {name, value});
        }
        return new RequestParts(method, template, path, query, changed, contentType, body, chunked);
    }

    public RequestParts withBody(String newContentType, byte[] newBody, boolean sendChunked) {
        return new RequestParts(method, template, path, query, headers, newContentType, newBody, sendChunked);
    }

    public String pathAndQuery() {
        String filled = template;
        for (Map.Entry<String, String> value : path.entrySet()) {
            filled = filled.replace("{" + value.getKey() + "}", value.getValue());
        }
        if (query.isEmpty()) {
            return filled;
        }
        return filled + "?" + query.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining("&"));
    }

    public RawHttp.Request toRequest() {
        List<String[]> all = new ArrayList<>(headers);
        if (contentType != null) {
            all.add(new String[] {"Content-Type", contentType});
        }
        return new RawHttp.Request(method, pathAndQuery(), all, body, chunked);
    }
}
