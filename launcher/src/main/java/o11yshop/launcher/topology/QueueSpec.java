package o11yshop.launcher.topology;

import java.util.List;

/**
 * A queue between the services as {@code infra/topology.yaml} describes it, with its dead-letter queue
 * {@code <name>-dlq}.
 *
 * @param urlVariable     the environment variable that gives the services the queue's URL
 * @param maxReceiveCount receives without a delete before a message moves to the dead-letter queue
 */
public record QueueSpec(String name, String urlVariable, int maxReceiveCount, List<String> producers,
        List<String> consumers) {

    public QueueSpec {
        producers = List.copyOf(producers);
        consumers = List.copyOf(consumers);
    }

    public String deadLetterQueueName() {
        return name + "-dlq";
    }
}
