package o11yshop.platform.web.client;

import java.time.Duration;

/**
 * Where another service answers and how long its caller waits for it: what a service's properties for
 * each service it calls say, and all that it says ({@link ServiceClients#to}).
 */
public interface HttpServiceEndpoint {

    String baseUrl();

    Duration connectTimeout();

    Duration readTimeout();
}
