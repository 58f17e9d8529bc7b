package o11yshop.benchmark.driver;

/** Ends the benchmark with exit code 1; its message is the line the user reads. */
class BenchFailure extends RuntimeException {

    BenchFailure(String message) {
        super(message);
    }
}
