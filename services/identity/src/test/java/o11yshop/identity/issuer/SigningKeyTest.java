package o11yshop.identity.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.time.Duration;
import java.security.KeyPairGenerator;
import java.util.Base64;
import o11yshop.identity.IdentityProperties;
import org.junit.jupiter.api.Test;

class SigningKeyTest {

    @Test
    void aConfiguredPkcs8KeyIsTheOneThatSignsOnEveryInstance() throws Exception {
        KeyPair pair = rsa(2048);
        String pem = pem(pair);

        SigningKey first = new SigningKey(properties(pem));
        SigningKey second = new SigningKey(properties(pem));

        assertThat(first.publicKey()).isEqualTo(pair.getPublic());
        assertThat(first.privateJwk().getKeyID()).as("the thumbprint of the same key").isEqualTo(second.privateJwk().getKeyID());
        assertThat(first.publicKeys().getKeys()).allSatisfy(key -> assertThat(key.isPrivate()).isFalse());
    }

    @Test
    void withoutAConfiguredKeyOneIsGenerated() {
        SigningKey generated = new SigningKey(properties(""));

        assertThat(generated.publicKey().getModulus().bitLength()).isEqualTo(2048);
        assertThat(new SigningKey(properties(null)).privateJwk().getKeyID()).isNotEqualTo(generated.privateJwk().getKeyID());
    }

    @Test
    void aPkcs1KeyIsRefusedWithTheCommandThatConvertsIt() {
        assertThatThrownBy(() -> SigningKey.fromPem("-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----"))
                .hasMessageContaining("openssl pkcs8 -topk8");
    }

    @Test
    void aShortKeyIsRefused() throws Exception {
        String pem = pem(rsa(1024));

        assertThatThrownBy(() -> SigningKey.fromPem(pem)).hasMessageContaining("at least 2048");
    }

    @Test
    void somethingElseIsRefused() {
        assertThatThrownBy(() -> SigningKey.fromPem("secret")).hasMessageContaining("PEM private key");
        assertThatThrownBy(() -> SigningKey.fromPem("-----BEGIN PRIVATE KEY-----\nnot base64!\n-----END PRIVATE KEY-----"))
                .hasMessageContaining("not a readable RSA private key");
    }

    private static IdentityProperties properties(String signingKey) {
        return new IdentityProperties(IdentityProperties.Provider.LOCAL, "http://localhost:8080/api/identity",
                Duration.ofHours(1), signingKey);
    }

    private static KeyPair rsa(int bits) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits);
        return generator.generateKeyPair();
    }

    private static String pem(KeyPair pair) {
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }
}
