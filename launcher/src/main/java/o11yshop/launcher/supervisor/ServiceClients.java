package o11yshop.launcher.supervisor;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import o11yshop.launcher.topology.ServiceSpec;
import o11yshop.launcher.topology.Topology;

/**
 * The services that call others with a token of their own (OAuth 2.0 client credentials; in the topology,
 * {@code calls-with-own-token}), each an app client of the token issuer with a secret made up for this run
 * and never written down: the issuer is told every client with its secret and scopes, each calling service
 * its own ID, secret and token endpoint. In AWS the same are Cognito app clients, created by Terraform (issue 14).
 */
public final class ServiceClients {

    /** A service that calls with its own token, and what for. */
    record Caller(String service, String scope) {
    }

    private static final int SECRET_BYTES = 32;

    private final ServiceSpec issuer;
    private final Map<Caller, String> secrets;

    private ServiceClients(ServiceSpec issuer, Map<Caller, String> secrets) {
        this.issuer = issuer;
        this.secrets = secrets;
    }

    /** A client for each service of the topology that calls with a token of its own. */
    public static ServiceClients generate(Topology topology, SecureRandom random) {
        Map<Caller, String> secrets = new LinkedHashMap<>();
        List<Caller> callers = topology.services().stream()
                .flatMap(service -> service.ownTokenScope().map(scope -> new Caller(service.name(), scope)).stream())
                .toList();
        for (Caller caller : callers) {
            byte[] secret = new byte[SECRET_BYTES];
            random.nextBytes(secret);
            secrets.put(caller, Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
        }
        return new ServiceClients(topology.tokenIssuer(), secrets);
    }

    /** {@code others} (by service name) with the clients' settings added to identity's and each caller's. */
    public Map<String, Map<String, String>> addedTo(Map<String, Map<String, String>> others) {
        Map<String, Map<String, String>> all = new HashMap<>();
        others.forEach((service, environment) -> all.put(service, new LinkedHashMap<>(environment)));
        Map<String, String> issuerEnvironment = all.computeIfAbsent(issuer.name(), name -> new LinkedHashMap<>());
        int index = 0;
        for (Map.Entry<Caller, String> client : secrets.entrySet()) {
            Caller caller = client.getKey();
            String prefix = "SHOP_IDENTITY_CLIENTS_" + index++ + "_";
            issuerEnvironment.put(prefix + "ID", caller.service());
            issuerEnvironment.put(prefix + "SECRET", client.getValue());
            issuerEnvironment.put(prefix + "SCOPES", caller.scope());
            Map<String, String> own = all.computeIfAbsent(caller.service(), name -> new LinkedHashMap<>());
            // straight to identity, not through the edge: a service's token does not depend on the edge
            own.put("SHOP_SERVICE_IDENTITY_TOKEN_URI", issuer.baseUrl() + "/oauth2/token");
            own.put("SHOP_SERVICE_IDENTITY_CLIENT_ID", caller.service());
            own.put("SHOP_SERVICE_IDENTITY_CLIENT_SECRET", client.getValue());
            own.put("SHOP_SERVICE_IDENTITY_SCOPE", caller.scope());
        }
        return all;
    }

    /** Never the secrets. */
    @Override
    public String toString() {
        return "ServiceClients" + secrets.keySet();
    }
}
