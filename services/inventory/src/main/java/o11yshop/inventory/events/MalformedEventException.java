package o11yshop.inventory.events;

/** A message that is not a valid event: retrying cannot help, so it ends in the dead-letter queue. */
class MalformedEventException extends RuntimeException {

    MalformedEventException(String message) {
        super(message);
    }

    MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
