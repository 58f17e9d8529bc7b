package o11yshop.identity;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * Text fields take JSON text only: {@code "password": 12345678901} or {@code "displayName": true} is the
 * client's mistake and answers 400, instead of being read as the text {@code "12345678901"}. (The other
 * strict reading rules are the {@code spring.jackson} settings in identity.yaml.)
 */
@Configuration
class StrictJsonBodies {

    @Bean
    JsonMapperBuilderCustomizer textFieldsTakeTextOnly() {
        return builder -> builder.withCoercionConfig(LogicalType.Textual, text -> text
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }
}
