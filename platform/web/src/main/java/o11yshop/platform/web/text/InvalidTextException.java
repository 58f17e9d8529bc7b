package o11yshop.platform.web.text;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/** A string in a request body that breaks the {@link TextRule}; Jackson adds the field's path on the way out. */
public class InvalidTextException extends MismatchedInputException {

    public InvalidTextException(JsonParser parser, String problem) {
        super(parser, problem, String.class);
    }
}
