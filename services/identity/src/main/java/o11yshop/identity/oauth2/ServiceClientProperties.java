package o11yshop.identity.oauth2;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The services that may get a token of their own at {@code POST /oauth2/token}, as a Cognito user pool's
 * app clients with a secret. Locally the launcher registers the order service with a secret it makes up
 * per run ({@code SHOP_IDENTITY_CLIENTS_0_ID}, {@code _SECRET}, {@code _SCOPES}); in AWS the Terraform of
 * issue 14 creates the same as a Cognito resource server {@code inventory} with the scope
 * {@code reservations} and an app client {@code order} allowed the client-credentials flow, and this
 * endpoint is not used.
 *
 * @param clients the registered clients; none by default, and then every token request is refused
 * @param serviceTokenLifetime how long a service token is accepted: short, since a service asks again
 *        at no cost and a leaked token is worth little; 5 minutes is also the shortest Cognito allows
 */
@ConfigurationProperties("shop.identity")
public record ServiceClientProperties(@DefaultValue List<Client> clients, @DefaultValue("5m") Duration serviceTokenLifetime) {

    /**
     * @param id the client ID, also the {@code sub} and {@code client_id} of its tokens
     * @param secret the client secret; held only in the configuration, compared as a hash
     * @param scopes what the client may ask for, e.g. {@code inventory/reservations}
     */
    public record Client(String id, String secret, @DefaultValue List<String> scopes) {

        public Client {
            if (id == null || !id.matches("[A-Za-z0-9._-]{1,128}")) {
                throw new IllegalStateException("shop.identity.clients: a client ID is 1 to 128 letters, digits, '.', '_' or '-'; got: " + id);
            }
            if (secret == null || secret.length() < 16) {
                throw new IllegalStateException("shop.identity.clients: the secret of client " + id
                        + " is missing or shorter than 16 characters");
            }
            scopes = List.copyOf(scopes);
        }

        /** Never the secret. */
        @Override
        public String toString() {
            return "Client[id=" + id + ", scopes=" + scopes + "]";
        }
    }
}
