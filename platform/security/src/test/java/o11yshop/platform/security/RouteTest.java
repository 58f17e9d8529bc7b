package o11yshop.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpMethod;

class RouteTest {

    @Test
    void aMethodAndAPatternCoverOneMethod() {
        assertThat(Route.parse("GET /products/**")).isEqualTo(new Route(HttpMethod.GET, "/products/**"));
        assertThat(Route.parse("  post   /users ")).isEqualTo(new Route(HttpMethod.POST, "/users"));
    }

    @Test
    void aPatternAloneCoversEveryMethod() {
        assertThat(Route.parse("/docs")).isEqualTo(new Route(null, "/docs"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "products/**", "GET products", "GET /a /b"})
    void aMalformedDeclarationIsRefusedAtStart(String declaration) {
        assertThatThrownBy(() -> Route.parse(declaration)).isInstanceOf(IllegalArgumentException.class);
    }
}
