package o11yshop.platform.observability.awsnative.logs;

/** The log stream lines are shipped to, in its log group. */
record LogDestination(String logGroup, String logStream) {

    @Override
    public String toString() {
        return logGroup + " → " + logStream;
    }
}
