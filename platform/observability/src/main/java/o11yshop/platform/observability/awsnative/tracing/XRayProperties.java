package o11yshop.platform.observability.awsnative.tracing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Settings of the X-Ray adapter. The daemon's address is not here: the SDK reads it itself from
 * {@code AWS_XRAY_DAEMON_ADDRESS} (or the system property {@code com.amazonaws.xray.emitters.daemonAddress}),
 * {@code 127.0.0.1:2000} by default, as every X-Ray SDK does.
 *
 * @param samplingRules the local sampling rules (the SDK's version 2 format): what is sampled when no
 *        daemon serves centralized rules, and until the daemon's rules arrive
 */
@ConfigurationProperties("shop.observability.xray")
public record XRayProperties(
        @DefaultValue("classpath:o11yshop/platform/observability/awsnative/tracing/sampling-rules.json") Resource samplingRules) {
}
