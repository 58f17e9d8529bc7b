package o11yshop.benchmark.driver;

/** A command line that is not understood at all: the usage is shown before the message. */
final class UsageFailure extends BenchFailure {

    UsageFailure(String message) {
        super(message);
    }
}
