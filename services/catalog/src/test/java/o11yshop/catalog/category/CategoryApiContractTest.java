package o11yshop.catalog.category;

import static org.assertj.core.api.Assertions.assertThat;

import o11yshop.catalog.OnEngine;
import o11yshop.catalog.ReadOnlyCatalogSuite;
import o11yshop.platform.testing.ApiClient.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

abstract class CategoryApiContractTest extends ReadOnlyCatalogSuite {

    @Test
    void theTreeHasEveryTopLevelCategoryWithItsChildrenAndCounts() {
        Response response = api.get("/categories");
        assertThat(response.status()).isEqualTo(200);
        CONTRACT.assertResponse("GET", "/categories", 200, response.contentType(), response.body());

        JsonNode roots = response.json().path("categories");
        assertThat(roots.size()).isEqualTo(7);
        JsonNode electronics = roots.valueStream().filter(c -> c.path("slug").asString().equals("electronics"))
                .findFirst().orElseThrow();
        assertThat(electronics.path("productCount").asInt()).isEqualTo(17);
        assertThat(electronics.path("children").valueStream().map(c -> c.path("slug").asString()))
                .containsExactlyInAnyOrder("audio", "cameras", "computer-accessories");
        assertThat(roots.valueStream().mapToInt(c -> c.path("productCount").asInt()).sum()).isEqualTo(66);
    }

    @Test
    void aSubCategoryWithItsBreadcrumb() {
        Response response = api.get("/categories/audio");
        assertThat(response.status()).isEqualTo(200);
        CONTRACT.assertResponse("GET", "/categories/{slug}", 200, response.contentType(), response.body());

        JsonNode audio = response.json();
        assertThat(audio.path("breadcrumb").valueStream().map(c -> c.path("slug").asString()))
                .containsExactly("electronics", "audio");
        assertThat(audio.path("productCount").asInt()).isEqualTo(6);
        assertThat(audio.path("children").size()).isZero();
    }

    @Test
    void anUnknownCategoryIsNotFound() {
        Response response = api.get("/categories/no-such-thing");

        assertThat(response.status()).isEqualTo(404);
        CONTRACT.assertResponse("GET", "/categories/{slug}", 404, response.contentType(), response.body());
    }

    @Test
    void aMalformedSlugIsRefused() {
        Response response = api.get("/categories/" + "x".repeat(81));

        assertThat(response.status()).isEqualTo(400);
        CONTRACT.assertResponse("GET", "/categories/{slug}", 400, response.contentType(), response.body());
        assertThat(api.get("/categories/UPPER_case").status()).isEqualTo(400);
    }
}

class CategoryApiOnPostgresTest extends CategoryApiContractTest implements OnEngine.Postgres {
}

class CategoryApiOnMysqlTest extends CategoryApiContractTest implements OnEngine.Mysql {
}
