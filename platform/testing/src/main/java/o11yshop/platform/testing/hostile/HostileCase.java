package o11yshop.platform.testing.hostile;

import java.util.function.UnaryOperator;
import o11yshop.platform.testing.openapi.ApiOperation;
import o11yshop.platform.testing.openapi.RequestParts;

/**
 * One hostile request: a valid request to {@code operation} with one thing changed, and what the
 * contract says must come back.
 *
 * @param what what was changed, as a failure should read ("body.name = NUL character (U+0000)")
 * @param change turns the valid request into the hostile one
 * @param names the field or parameter the answer must name; {@code null} where the change is to the whole request
 * @param sentText for valid but unusual text: the value that must read back exactly when it is accepted
 */
public record HostileCase(ApiOperation operation, String what, UnaryOperator<RequestParts> change, Expect expect,
        String names, String sentText) {

    public enum Expect {
        /** a 4xx problem, nothing written */
        REFUSED,
        /** 413 */
        TOO_LARGE,
        /** 415 where the contract declares it, another 4xx otherwise */
        UNSUPPORTED_MEDIA_TYPE,
        /** valid text: a 2xx that keeps the value exactly, or a refusal as {@link #REFUSED} */
        ACCEPTED_EXACTLY_OR_REFUSED,
        /** the valid request itself: neither refused as malformed nor failing */
        BASELINE
    }

    @Override
    public String toString() {
        return operation.operationId() + " (" + operation.method() + " " + operation.template() + ") · " + what + " → "
                + switch (expect) {
                    case REFUSED -> "4xx";
                    case TOO_LARGE -> "413";
                    case UNSUPPORTED_MEDIA_TYPE -> operation.declares(415) ? "415" : "4xx";
                    case ACCEPTED_EXACTLY_OR_REFUSED -> "kept exactly or 4xx";
                    case BASELINE -> "accepted";
                };
    }
}
