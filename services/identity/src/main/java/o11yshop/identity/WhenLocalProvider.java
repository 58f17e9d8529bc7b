package o11yshop.identity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/** Only with {@code shop.identity.provider=local} (the default): this service checks passwords and signs tokens. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ConditionalOnProperty(name = "shop.identity.provider", havingValue = "local", matchIfMissing = true)
public @interface WhenLocalProvider {
}
