package o11yshop.platform.web.binding;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.util.NumberUtils;

/**
 * Reads a number parameter, or one element of a comma-separated list ({@code productIds=1,2}), only when
 * it is a number. Spring's own converter reads an empty element ({@code 1,,2}) or one that is only
 * blanks as {@code null}, which then fails far from the request as a 500; here it is a bad parameter (400).
 */
public final class StrictNumberConverterFactory implements ConverterFactory<String, Number> {

    @Override
    public <T extends Number> Converter<String, T> getConverter(Class<T> targetType) {
        return source -> {
            String number = source.strip();
            if (number.isEmpty()) {
                throw new IllegalArgumentException("An empty value is not a number");
            }
            return NumberUtils.parseNumber(number, targetType);
        };
    }
}
