package o11yshop.platform.web.problem;

/** The one wording of a 413, whether the declared length or the bytes read crossed the limit. */
final class BodyTooLarge {

    private BodyTooLarge() {
    }

    static String detail(Object limit) {
        return limit instanceof Long bytes
                ? "The request body is larger than this endpoint accepts (at most " + bytes + " bytes)."
                : "The request body is larger than this endpoint accepts.";
    }
}
