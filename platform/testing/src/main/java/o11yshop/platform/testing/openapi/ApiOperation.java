package o11yshop.platform.testing.openapi;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One operation of a service's contract.
 *
 * @param bodyContent the request body's schema per media type; empty when the operation takes no body
 * @param statuses the response statuses the contract declares
 */
public record ApiOperation(String service, String method, String template, String operationId,
        List<ApiParameter> parameters, Map<String, JsonNode> bodyContent, boolean bodyRequired,
        List<Integer> statuses, Access access) {

    public boolean declares(int status) {
        return statuses.contains(status);
    }

    /** The JSON body's schema, or {@code null} when the operation takes no JSON body. */
    public JsonNode jsonBody() {
        return bodyContent.get("application/json");
    }

    public List<ApiParameter> parameters(String in) {
        return parameters.stream().filter(parameter -> parameter.in().equals(in)).toList();
    }

    @Override
    public String toString() {
        return operationId + " (" + method + " " + template + ")";
    }
}
