package o11yshop.platform.aws;

import java.util.List;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * The AWS SDK clients a service calls AWS with (SQS, S3, …). Each is pointed at its {@link AwsEndpoint} and
 * carries every {@link ExecutionInterceptor} the application declares — the observability adapter's call
 * tracing — so that a service names what it calls and where, and cannot leave a call out of the trace.
 */
public class AwsClients {

    private final List<ExecutionInterceptor> interceptors;

    AwsClients(List<ExecutionInterceptor> interceptors) {
        this.interceptors = List.copyOf(interceptors);
    }

    /** {@code awsClients.build(SqsClient.builder(), properties.sqs())}. */
    public <B extends AwsClientBuilder<B, C>, C> C build(B builder, AwsEndpoint endpoint) {
        return endpoint.applyTo(builder)
                .overrideConfiguration(client -> interceptors.forEach(client::addExecutionInterceptor))
                .build();
    }
}
