package o11yshop.platform.aws;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/** Gives every service its {@link AwsClients}, with the interceptors the observability adapter contributes. */
@AutoConfiguration
public class AwsClientsAutoConfiguration {

    @Bean
    AwsClients awsClients(ObjectProvider<ExecutionInterceptor> interceptors) {
        return new AwsClients(interceptors.orderedStream().toList());
    }
}
