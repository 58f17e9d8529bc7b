package o11yshop.launcher.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AdminAccountTest {

    @Test
    void takesTheAccountFromTheEnvironment() {
        AdminAccount admin = AdminAccount.from(Map.of("SHOP_ADMIN_EMAIL", "me@example.test", "SHOP_ADMIN_PASSWORD", "pw-from-env-123"));

        assertThat(admin.generated()).isFalse();
        assertThat(admin.environment()).containsEntry("SHOP_ADMIN_EMAIL", "me@example.test")
                .containsEntry("SHOP_ADMIN_PASSWORD", "pw-from-env-123");
    }

    @Test
    void makesUpAFreshPasswordEachRunOtherwise() {
        AdminAccount first = AdminAccount.from(Map.of());
        AdminAccount second = AdminAccount.from(Map.of("SHOP_ADMIN_EMAIL", "only-the-email@example.test"));

        assertThat(first.generated()).isTrue();
        assertThat(first.email()).isEqualTo("admin@o11y-shop.local");
        assertThat(first.password()).hasSize(20).matches("[A-Za-z2-9]+").isNotEqualTo(second.password());
    }

    @Test
    void neverShowsThePasswordWhenPrinted() {
        AdminAccount admin = AdminAccount.from(Map.of());

        assertThat(admin.toString()).doesNotContain(admin.password());
    }
}
