package o11yshop.identity.provider.cognito;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import o11yshop.identity.WhenCognitoProvider;
import o11yshop.identity.provider.EmailAlreadyRegisteredException;
import o11yshop.identity.provider.IdentityProvider;
import o11yshop.identity.provider.InvalidCredentialsException;
import o11yshop.identity.provider.IssuedToken;
import o11yshop.identity.provider.NewAccount;
import o11yshop.platform.web.problem.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotConfirmedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

/**
 * An Amazon Cognito user pool as the identity provider: the pool keeps the passwords and issues the
 * tokens (with {@code sub} and {@code cognito:groups} already in them), this service keeps profiles and
 * addresses. The e-mail address is the Cognito user name. The pool must confirm new users without a
 * code (a pre-sign-up trigger that auto-confirms, as the Terraform module sets up); an unconfirmed user
 * cannot log in.
 */
@Component
@WhenCognitoProvider
class CognitoIdentityProvider implements IdentityProvider {

    private static final Logger log = LoggerFactory.getLogger(CognitoIdentityProvider.class);

    private final CognitoIdentityProviderClient cognito;
    private final CognitoProperties properties;

    CognitoIdentityProvider(CognitoIdentityProviderClient cognito, CognitoProperties properties) {
        this.cognito = cognito;
        this.properties = properties;
    }

    @Override
    public UUID register(NewAccount account) {
        SignUpResponse signedUp;
        try {
            signedUp = cognito.signUp(request -> request
                    .clientId(properties.clientId())
                    .secretHash(secretHash(account.email()))
                    .username(account.email())
                    .password(account.password())
                    .userAttributes(attribute("email", account.email()), attribute("name", account.displayName())));
        } catch (UsernameExistsException e) {
            throw new EmailAlreadyRegisteredException();
        } catch (InvalidPasswordException e) {
            // the pool's password policy can be stricter than the API's minimum
            throw new InvalidParameterException("password", e.awsErrorDetails().errorMessage());
        }
        for (String group : account.groups()) {
            cognito.adminAddUserToGroup(request -> request
                    .userPoolId(properties.userPoolId())
                    .username(account.email())
                    .groupName(group));
        }
        return UUID.fromString(signedUp.userSub());
    }

    @Override
    public IssuedToken authenticate(String email, String password) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("USERNAME", email);
        parameters.put("PASSWORD", password);
        String secretHash = secretHash(email);
        if (secretHash != null) {
            parameters.put("SECRET_HASH", secretHash);
        }
        InitiateAuthResponse response;
        try {
            response = cognito.initiateAuth(request -> request
                    .clientId(properties.clientId())
                    .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                    .authParameters(parameters));
        } catch (NotAuthorizedException | UserNotFoundException e) {
            throw new InvalidCredentialsException();
        } catch (UserNotConfirmedException e) {
            log.warn("Cognito refused an unconfirmed user: the pool must confirm new users at sign-up");
            throw new InvalidCredentialsException();
        }
        AuthenticationResultType result = response.authenticationResult();
        if (result == null) {
            // e.g. NEW_PASSWORD_REQUIRED for a user an administrator created in the console
            log.warn("Cognito asked for the {} challenge, which the shop's log-in does not support", response.challengeName());
            throw new InvalidCredentialsException();
        }
        return new IssuedToken(result.accessToken(), Duration.ofSeconds(result.expiresIn()));
    }

    private static AttributeType attribute(String name, String value) {
        return AttributeType.builder().name(name).value(value).build();
    }

    /**
     * Base64(HMAC-SHA256(client secret, user name + client ID)), which Cognito requires on every call
     * when the app client has a secret; none without one.
     */
    String secretHash(String username) {
        if (properties.clientSecret() == null || properties.clientSecret().isBlank()) {
            return null;
        }
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(properties.clientSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = hmac.doFinal((username + properties.clientId()).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
