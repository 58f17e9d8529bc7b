package o11yshop.platform.web.problem;

/** Thrown by business code when the thing asked for does not exist; answered as a 404 problem. */
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String resource, Object id) {
        super(resource + " " + id + " does not exist");
    }
}
