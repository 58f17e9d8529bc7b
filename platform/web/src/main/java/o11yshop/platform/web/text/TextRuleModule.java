package o11yshop.platform.web.text;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads every string of a request body through the {@link TextRule}: single-line unless the property
 * is marked {@link MultiLineText}. Lists and maps of strings follow the property that holds them.
 */
public final class TextRuleModule extends SimpleModule {

    public TextRuleModule() {
        super("o11y-shop-text-rule");
        addDeserializer(String.class, new RuledStringDeserializer(TextRule.Shape.SINGLE_LINE));
    }

    static final class RuledStringDeserializer extends ValueDeserializer<String> {

        private final TextRule.Shape shape;

        RuledStringDeserializer(TextRule.Shape shape) {
            this.shape = shape;
        }

        @Override
        public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            boolean multiLine = property != null && property.getAnnotation(MultiLineText.class) != null;
            TextRule.Shape wanted = multiLine ? TextRule.Shape.MULTI_LINE : TextRule.Shape.SINGLE_LINE;
            return wanted == shape ? this : new RuledStringDeserializer(wanted);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = StringDeserializer.instance.deserialize(parser, context);
            TextRule.violation(text, shape).ifPresent(problem -> {
                throw new InvalidTextException(parser, problem);
            });
            return text;
        }

        @Override
        public Object getNullValue(DeserializationContext context) {
            return null;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }
}
