package o11yshop.platform.web.requestid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestIdFilterTest {

    private final RequestIdFilter filter = new RequestIdFilter();

    @Test
    void keepsTheCallersIdForTheWholeRequestAndEchoesIt() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/products");
        request.addHeader("X-Request-Id", "abc-123.x:y");
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicReference<String> seenDuringRequest = new AtomicReference<>();

        filter.doFilter(request, response, (req, res) -> seenDuringRequest.set(MDC.get("request_id")));

        assertThat(seenDuringRequest.get()).isEqualTo("abc-123.x:y");
        assertThat(response.getHeader("X-Request-Id")).isEqualTo("abc-123.x:y");
        assertThat(MDC.get("request_id")).as("cleared after the request").isNull();
    }

    @Test
    void createsAnIdWhenThereIsNone() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(new MockHttpServletRequest("GET", "/"), response, (req, res) -> { });

        assertThat(response.getHeader("X-Request-Id")).matches("[0-9a-f-]{36}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "has space", "line\nbreak", "<script>", "quote\"", "{json}"})
    void replacesUnsafeIds(String unsafe) {
        assertThat(RequestIdFilter.acceptOrCreate(unsafe)).isNotEqualTo(unsafe).matches("[0-9a-f-]{36}");
    }

    @Test
    void replacesOverlongIds() {
        assertThat(RequestIdFilter.acceptOrCreate("a".repeat(129))).hasSize(36);
        assertThat(RequestIdFilter.acceptOrCreate("a".repeat(128))).hasSize(128);
    }
}
