package dev.pinpointmock.internal.wire;

import com.google.gson.stream.JsonWriter;
import dev.pinpointmock.internal.service.Dates;
import java.io.IOException;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.services.pinpoint.model.PinpointResponse;

/**
 * Writes the SDK's response object of an operation as the JSON body Pinpoint sends: the payload member's
 * structure at the root, members under their wire names, unset members left out.
 */
public final class RestJsonEncoder {

    private static final byte[] EMPTY = new byte[0];

    /** The body for a response; empty for operations whose output has no payload (TagResource's 204). */
    public byte[] encode(PinpointResponse response) {
        SdkField<?> payload = SdkPojos.payloadField(response);
        if (payload == null) {
            return EMPTY;
        }
        Object value = payload.getValueOrDefault(response);
        if (!(value instanceof SdkPojo pojo)) {
            return "{}".getBytes(StandardCharsets.UTF_8);
        }
        return write(pojo);
    }

    /** Any model structure as JSON, as it would appear inside a Pinpoint body. */
    public byte[] write(SdkPojo pojo) {
        TextBuffer text = TextBuffer.ofThisThread();
        try (JsonWriter json = new JsonWriter(text)) {
            writeStructure(json, pojo);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.takeBytes();
    }

    private void writeStructure(JsonWriter json, SdkPojo pojo) throws IOException {
        json.beginObject();
        for (SdkField<?> field : pojo.sdkFields()) {
            Object value = field.getValueOrDefault(pojo);
            if (SdkPojos.isSet(value)) {
                json.name(field.locationName());
                writeValue(json, field, value);
            }
        }
        json.endObject();
    }

    private void writeValue(JsonWriter json, SdkField<?> field, Object value) throws IOException {
        if (value == null) {
            json.nullValue();
            return;
        }
        switch (field.marshallingType().getKnownType()) {
            case STRING -> json.value((String) value);
            case BOOLEAN -> json.value((Boolean) value);
            case INTEGER, LONG, SHORT, BYTE, FLOAT, DOUBLE, BIG_DECIMAL -> json.value((Number) value);
            case INSTANT -> json.value(Dates.iso((Instant) value));
            case SDK_BYTES -> json.value(Base64.getEncoder().encodeToString(((SdkBytes) value).asByteArray()));
            case SDK_POJO -> writeStructure(json, (SdkPojo) value);
            case LIST -> {
                SdkField<?> member = field.getTrait(ListTrait.class).memberFieldInfo();
                json.beginArray();
                for (Object item : (List<?>) value) {
                    writeValue(json, member, item);
                }
                json.endArray();
            }
            case MAP -> {
                SdkField<?> member = field.getTrait(MapTrait.class).valueFieldInfo();
                json.beginObject();
                for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                    json.name(String.valueOf(entry.getKey()));
                    writeValue(json, member, entry.getValue());
                }
                json.endObject();
            }
            default -> json.nullValue();
        }
    }

    /**
     * The text being written, without the lock that {@code StringWriter} takes on every write. Each thread
     * that encodes keeps one and empties it after each answer, so that an answer does not regrow a fresh
     * buffer from a few hundred characters; one grown past {@value #KEPT_CHARS} characters is let go.
     */
    private static final class TextBuffer extends Writer {

        private static final int KEPT_CHARS = 64 * 1024;
        private static final ThreadLocal<TextBuffer> OF_THREAD = ThreadLocal.withInitial(TextBuffer::new);

        private final StringBuilder text = new StringBuilder(4096);

        static TextBuffer ofThisThread() {
            TextBuffer buffer = OF_THREAD.get();
            buffer.text.setLength(0);
            return buffer;
        }

        /** The text as UTF-8; the buffer is empty afterwards. */
        byte[] takeBytes() {
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            if (text.capacity() > KEPT_CHARS) {
                OF_THREAD.remove();
            } else {
                text.setLength(0);
            }
            return bytes;
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void write(String string, int offset, int length) {
            text.append(string, offset, offset + length);
        }

        @Override
        public Writer append(CharSequence chars) {
            text.append(chars);
            return this;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
