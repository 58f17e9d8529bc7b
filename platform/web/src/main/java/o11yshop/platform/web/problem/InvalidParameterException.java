package o11yshop.platform.web.problem;

/** Thrown by business code for a parameter that is well-formed but not acceptable; answered as a 400 problem. */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
