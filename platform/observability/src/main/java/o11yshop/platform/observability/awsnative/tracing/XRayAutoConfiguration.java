package o11yshop.platform.observability.awsnative.tracing;

import com.amazonaws.xray.AWSXRay;
import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.AWSXRayRecorderBuilder;
import com.amazonaws.xray.config.DaemonConfiguration;
import com.amazonaws.xray.emitters.Emitter;
import com.amazonaws.xray.interceptors.TracingInterceptor;
import com.amazonaws.xray.plugins.ECSPlugin;
import com.amazonaws.xray.strategy.IgnoreErrorContextMissingStrategy;
import com.amazonaws.xray.strategy.sampling.SamplingStrategy;
import java.io.IOException;
import o11yshop.platform.observability.Observability;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Mode {@code xray}, the AWS-native approach: the AWS X-Ray SDK for Java records a segment per request
 * with subsegments for SQL statements, calls to other services and business steps, and sends them
 * over UDP to the X-Ray daemon (in AWS a sidecar; locally the launcher's telemetry sink), which
 * forwards them to X-Ray.
 */
@AutoConfiguration
@ConditionalOnProperty(name = "shop.observability.mode", havingValue = "xray")
@EnableConfigurationProperties(XRayProperties.class)
public class XRayAutoConfiguration {

    /** Where segments go: {@code AWS_XRAY_DAEMON_ADDRESS}, {@code 127.0.0.1:2000} by default. */
    @Bean
    DaemonConfiguration xrayDaemon() {
        return new DaemonConfiguration();
    }

    @Bean(destroyMethod = "shutdown")
    SamplingStrategy xraySampling(DaemonConfiguration daemon, XRayProperties properties) throws IOException {
        return XRaySampling.choose(daemon, properties.samplingRules().getURL());
    }

    @Bean
    AWSXRayRecorder xrayRecorder(DaemonConfiguration daemon, SamplingStrategy sampling) throws IOException {
        AWSXRayRecorder recorder = AWSXRayRecorderBuilder.standard()
                // adds the ECS task and container to each segment when running on ECS; does nothing elsewhere
                .withPlugin(new ECSPlugin())
                .withSamplingStrategy(sampling)
                .withEmitter(Emitter.create(daemon))
                // work outside a request (start-up, queue consumers, schedules) has no segment to add a
                // subsegment to: skip it quietly rather than log an error per SQL statement
                // (AWS_XRAY_CONTEXT_MISSING=LOG_ERROR shows them again)
                .withContextMissingStrategy(new IgnoreErrorContextMissingStrategy())
                // unsampled requests still get a real trace ID, which their log lines and downstream calls share
                .withForcedTraceIdGeneration()
                .build();
        // the SDK's SQL wrapper and AWS SDK instrumentation record through the global recorder
        AWSXRay.setGlobalRecorder(recorder);
        return recorder;
    }

    @Bean
    Observability observability(AWSXRayRecorder recorder, @Value("${spring.application.name}") String serviceName) {
        return new XRayObservability(recorder, serviceName);
    }

    /** Every call to another service a subsegment of its own, its trace passed on in {@code X-Amzn-Trace-Id}. */
    @Bean
    RestClientCustomizer xrayOutgoingCallTracing(AWSXRayRecorder recorder) {
        XRayOutgoingCallTracing tracing = new XRayOutgoingCallTracing(recorder);
        return builder -> builder.requestInterceptor(tracing);
    }

    /**
     * Every AWS API call (SQS, S3, …) through {@code AwsClients}: the X-Ray SDK's own AWS SDK v2
     * instrumentation, a subsegment with namespace "aws" per call, the operation, region, request ID and the
     * call's resource (queue URL, bucket, table); its default list of which request parameters to record
     * (no account ID to add, hence the nulls).
     */
    @Bean
    ExecutionInterceptor xrayAwsCallTracing(AWSXRayRecorder recorder) {
        return new TracingInterceptor(recorder, null, null);
    }

    @Bean
    FilterRegistrationBean<XRaySegmentFilter> xraySegmentFilter(AWSXRayRecorder recorder,
            @Value("${spring.application.name}") String serviceName, @Value("${shop.version:dev}") String version) {
        FilterRegistrationBean<XRaySegmentFilter> registration =
                new FilterRegistrationBean<>(new XRaySegmentFilter(serviceName, version, recorder));
        // right after platform-web's request ID filter: everything later, security included, is inside the segment
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<SegmentUserFilter> xraySegmentUserFilter(AWSXRayRecorder recorder) {
        FilterRegistrationBean<SegmentUserFilter> registration = new FilterRegistrationBean<>(new SegmentUserFilter(recorder));
        // after Spring Security's filter chain (order -100), once the user is known
        registration.setOrder(0);
        return registration;
    }

    @Bean
    SegmentCauseRecorder xraySegmentCauseRecorder(AWSXRayRecorder recorder) {
        return new SegmentCauseRecorder(recorder);
    }

    /** Static: a post-processor must exist before the data source it wraps is created. */
    @Bean
    static SqlStatementTracing xraySqlStatementTracing() {
        return new SqlStatementTracing();
    }
}
