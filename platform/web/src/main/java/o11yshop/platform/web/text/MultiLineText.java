package o11yshop.platform.web.text;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A string field whose contract says {@code x-multiline: true}: the generator puts this on the field's
 * getter (api/templates/spring), and {@link TextRuleModule} lets it hold line breaks and tabs.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface MultiLineText {
}
