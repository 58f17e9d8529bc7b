package o11yshop.launcher.telemetry;

import com.google.protobuf.CodedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/**
 * The body OTLP/HTTP gives a refused request: a {@code google.rpc.Status} with a gRPC code and a
 * message, in the request's own encoding. Written by hand, two fields: its generated class lives in a
 * library that the receiver would need for nothing else.
 */
final class OtlpStatus {

    /** gRPC's INVALID_ARGUMENT: the request cannot be read, and sending it again will not help. */
    static final int INVALID_ARGUMENT = 3;
    /** gRPC's RESOURCE_EXHAUSTED: the request is too large. */
    static final int RESOURCE_EXHAUSTED = 8;
    /** gRPC's UNIMPLEMENTED: nothing takes that path or method. */
    static final int UNIMPLEMENTED = 12;

    private static final JsonFactory JSON = new JsonFactory();

    private OtlpStatus() {
    }

    /** {@code message Status { int32 code = 1; string message = 2; }} */
    static byte[] protobuf(int code, String message) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CodedOutputStream out = CodedOutputStream.newInstance(bytes);
        try {
            out.writeInt32(1, code);
            out.writeString(2, message);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] json(int code, String message) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(bytes)) {
            json.writeStartObject();
            json.writeNumberProperty("code", code);
            json.writeStringProperty("message", message);
            json.writeEndObject();
        }
        return bytes.toByteArray();
    }
}
