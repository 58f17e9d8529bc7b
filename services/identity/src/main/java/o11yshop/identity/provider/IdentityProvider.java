package o11yshop.identity.provider;

import java.util.UUID;

/**
 * Where passwords are checked and tokens come from: this service itself ({@code local}) or an Amazon
 * Cognito user pool ({@code cognito}), chosen with {@code shop.identity.provider}. Profiles and
 * addresses stay in identity's own database either way.
 */
public interface IdentityProvider {

    /**
     * Creates the credentials of a new account and puts it into its groups, as part of the caller's
     * transaction where the provider uses the database.
     *
     * @return the new user's ID, the {@code sub} of the user's tokens
     * @throws EmailAlreadyRegisteredException when the provider already knows the address
     */
    UUID register(NewAccount account);

    /**
     * Checks the password and answers an access token.
     *
     * @param email the address, already normalized
     * @throws InvalidCredentialsException alike for an unknown address and a wrong password
     */
    IssuedToken authenticate(String email, String password);
}
