package o11yshop.platform.security;

import java.net.URI;

/**
 * The URL by which the shop's clients know a service: {@code shop.security.public-url} (the edge, or the
 * CloudFront distribution) followed by the service's context path. Unset, it is the issuer's origin, which
 * is the edge when the identity service issues the tokens. Never the address the request reached: behind
 * the edge that is 127.0.0.1 and a port, which is nobody's business outside.
 */
final class PublicResource {

    private PublicResource() {
    }

    static String url(String publicUrl, String issuer, String contextPath) {
        String base = publicUrl == null || publicUrl.isBlank() ? originOf(issuer) : publicUrl.replaceAll("/+$", "");
        return base + (contextPath == null ? "" : contextPath);
    }

    private static String originOf(String issuer) {
        URI uri = URI.create(issuer);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
