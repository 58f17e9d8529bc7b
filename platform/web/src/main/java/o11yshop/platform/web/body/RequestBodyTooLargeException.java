package o11yshop.platform.web.body;

/** A request body that grew past the service's limit while it was read (a chunked body has no length up front). */
public class RequestBodyTooLargeException extends RuntimeException {

    private final long limit;

    public RequestBodyTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
