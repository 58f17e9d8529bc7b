package o11yshop.platform.web.binding;

import java.util.Arrays;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;

/**
 * Reads query parameters into the enums generated from the OpenAPI files by their wire value
 * ({@code price_asc}), which the generated enums return from {@code toString()}, instead of by the
 * Java constant name ({@code PRICE_ASC}). A value that is neither is a bad parameter (400).
 */
public class WireValueToEnumConverterFactory implements ConverterFactory<String, Enum<?>> {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T extends Enum<?>> Converter<String, T> getConverter(Class<T> targetType) {
        return source -> (T) Arrays.stream(targetType.getEnumConstants())
                .filter(constant -> constant.toString().equals(source))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "'" + source + "' is not one of " + Arrays.toString(targetType.getEnumConstants())));
    }
}
