package o11yshop.platform.observability.awsnative.logs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.InvalidParameterException;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException;

/**
 * Ships log lines to one CloudWatch Logs stream with PutLogEvents, from a thread of its own, every
 * interval and once more at shutdown. The application's threads only put lines in a bounded queue and
 * never wait: when the queue is full the newest lines are dropped and counted, since a service that
 * stalls because its log pipeline does is worse than a gap in its logs.
 * <p>
 * When CloudWatch Logs cannot be reached or refuses, the lines stay and are tried again the next
 * interval; that is said once, not every interval. What this class says goes through its own logger,
 * whose lines the appender does not ship — reporting a shipping failure must not make more lines to ship.
 */
final class CloudWatchLogsShipper implements AutoCloseable {

    /** How long shutdown waits for the last lines to be shipped; a hung CloudWatch must not hold it longer. */
    private static final Duration LAST_SHIPMENT_TIMEOUT = Duration.ofSeconds(15);

    private static final Logger log = LoggerFactory.getLogger(CloudWatchLogsShipper.class);

    private final CloudWatchLogsClient cloudWatchLogs;
    private final LogDestination destination;
    private final boolean createIfMissing;
    private final int capacity;
    private final String endpoint;
    private final BlockingQueue<LogLine> queue;
    private final AtomicLong dropped = new AtomicLong();
    private final ScheduledExecutorService shippingThread;

    // touched by the shipping thread only
    private final List<LogLine> unsent = new ArrayList<>();
    private boolean destinationReady;
    private boolean failing;

    /**
     * @param createIfMissing whether to create the log group and stream before the first lines; without
     *        it they must exist, made by Terraform for instance, with a retention period
     * @param capacity how many lines may wait for the next shipment
     * @param endpoint where the client sends its requests, for the log lines
     */
    CloudWatchLogsShipper(CloudWatchLogsClient cloudWatchLogs, LogDestination destination, boolean createIfMissing,
            int capacity, String endpoint) {
        this.cloudWatchLogs = cloudWatchLogs;
        this.destination = destination;
        this.createIfMissing = createIfMissing;
        this.capacity = capacity;
        this.endpoint = endpoint;
        this.queue = new ArrayBlockingQueue<>(capacity);
        // a daemon: waiting lines must never keep the JVM from exiting
        this.shippingThread = Executors.newSingleThreadScheduledExecutor(
                task -> Thread.ofPlatform().name("cloudwatch-logs-shipper").daemon().unstarted(task));
    }

    void start(Duration interval) {
        shippingThread.scheduleWithFixedDelay(this::ship, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Never waits: with the queue full the line is dropped and counted. */
    void offer(LogLine line) {
        if (!queue.offer(line)) {
            dropped.incrementAndGet();
        }
    }

    /** Ships what is waiting, then stops: lines logged from now on are not shipped. */
    @Override
    public void close() {
        try {
            shippingThread.submit(this::shipEverything).get(LAST_SHIPMENT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            log.warn("The last log lines were not shipped to CloudWatch Logs within {}s; they are lost", LAST_SHIPMENT_TIMEOUT.toSeconds());
        } catch (ExecutionException e) {
            log.warn("The last log lines could not be shipped to CloudWatch Logs; they are lost", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            shippingThread.shutdownNow();
            cloudWatchLogs.close();
        }
    }

    private void shipEverything() {
        boolean shipped;
        do {
            shipped = ship();
        } while (shipped && !queue.isEmpty());
        int lost = unsent.size() + queue.size();
        if (lost > 0) {
            log.warn("{} log lines could not be shipped to CloudWatch Logs before shutdown; they are lost", lost);
        }
    }

    /** @return whether every line taken from the queue reached CloudWatch Logs or was refused for good */
    private boolean ship() {
        reportDroppedLines();
        queue.drainTo(unsent, capacity - unsent.size());
        if (unsent.isEmpty()) {
            return true;
        }
        try {
            createDestinationIfMissing();
        } catch (RuntimeException e) {
            failed(e);
            return false;
        }
        List<List<LogLine>> batches = LogBatches.of(unsent);
        unsent.clear();
        for (int next = 0; next < batches.size(); next++) {
            List<LogLine> batch = batches.get(next);
            try {
                putLogEvents(batch);
                recovered();
            } catch (InvalidParameterException e) {
                // the batch itself is refused: sending it again would be refused again, and hold up the lines after it
                log.warn("CloudWatch Logs refused {} log lines, which are dropped: {}", batch.size(), e.getMessage());
            } catch (RuntimeException e) {
                if (e instanceof ResourceNotFoundException) {
                    // deleted while the service runs: made again before the next try
                    destinationReady = false;
                }
                batches.subList(next, batches.size()).forEach(unsent::addAll);
                failed(e);
                return false;
            }
        }
        return true;
    }

    private void createDestinationIfMissing() {
        if (destinationReady) {
            return;
        }
        if (createIfMissing) {
            try {
                cloudWatchLogs.createLogGroup(request -> request.logGroupName(destination.logGroup()));
            } catch (ResourceAlreadyExistsException alreadyThere) {
                // another instance of the service, or an earlier run, made it
            }
            try {
                cloudWatchLogs.createLogStream(request -> request.logGroupName(destination.logGroup())
                        .logStreamName(destination.logStream()));
            } catch (ResourceAlreadyExistsException alreadyThere) {
                // a stream name set in the configuration, used again after a restart
            }
        }
        destinationReady = true;
    }

    private void putLogEvents(List<LogLine> batch) {
        List<InputLogEvent> events = batch.stream()
                .map(line -> InputLogEvent.builder().timestamp(line.timestamp()).message(line.message()).build())
                .toList();
        cloudWatchLogs.putLogEvents(request -> request.logGroupName(destination.logGroup())
                .logStreamName(destination.logStream())
                .logEvents(events));
    }

    private void reportDroppedLines() {
        long count = dropped.getAndSet(0);
        if (count > 0) {
            log.warn("{} log lines were dropped, not shipped to CloudWatch Logs: the queue was full ({} lines waiting to be shipped)",
                    count, capacity);
        }
    }

    private void failed(RuntimeException e) {
        if (!failing) {
            failing = true;
            log.warn("Shipping log lines to CloudWatch Logs ({}, {}) failed; they are kept and tried again each interval, "
                    + "without saying so again until it works: {}", endpoint, destination, e.toString());
        }
    }

    private void recovered() {
        if (failing) {
            failing = false;
            log.info("Shipping log lines to CloudWatch Logs ({}, {}) works again", endpoint, destination);
        }
    }
}
