package dev.pinpointmock.internal.wire;

import com.google.gson.stream.JsonWriter;
import dev.pinpointmock.internal.service.Dates;
import java.io.IOException;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.traits.TraitType;
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
        Utf8Buffer out = Utf8Buffer.ofThisThread();
        try (JsonWriter json = new JsonWriter(out)) {
            writeStructure(json, pojo);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.takeBytes();
    }

    private void writeStructure(JsonWriter json, SdkPojo pojo) throws IOException {
        json.beginObject();
        List<SdkField<?>> fields = pojo.sdkFields();
        // By index: this runs for every structure of every answer, and an iterator is one more object each time.
        for (int i = 0; i < fields.size(); i++) {
            SdkField<?> field = fields.get(i);
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
                SdkField<?> member = field.getTrait(ListTrait.class, TraitType.LIST_TRAIT).memberFieldInfo();
                json.beginArray();
                for (Object item : (List<?>) value) {
                    writeValue(json, member, item);
                }
                json.endArray();
            }
            case MAP -> {
                SdkField<?> member = field.getTrait(MapTrait.class, TraitType.MAP_TRAIT).valueFieldInfo();
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
     * The answer being written, encoded to UTF-8 as the writer hands over its characters, so that an answer is
     * not first kept as text and then copied twice (to a string, then to bytes). Each thread that encodes
     * keeps one and empties it after each answer, so that an answer does not regrow a fresh array; one grown
     * past {@value #KEPT_BYTES} bytes is let go. A surrogate without its pair becomes {@code ?}, as
     * {@link String#getBytes} makes it.
     */
    static final class Utf8Buffer extends Writer {

        private static final int KEPT_BYTES = 64 * 1024;
        private static final ThreadLocal<Utf8Buffer> OF_THREAD = ThreadLocal.withInitial(Utf8Buffer::new);

        private byte[] bytes = new byte[4096];
        private int size;
        /** A high surrogate whose low half has not been written yet; 0 when none. */
        private char high;

        static Utf8Buffer ofThisThread() {
            Utf8Buffer buffer = OF_THREAD.get();
            buffer.clear();
            return buffer;
        }

        /** The bytes written; the buffer is empty afterwards. */
        byte[] takeBytes() {
            if (high != 0) {
                high = 0;
                put((byte) '?');
            }
            byte[] taken = Arrays.copyOf(bytes, size);
            if (bytes.length > KEPT_BYTES) {
                OF_THREAD.remove();
            } else {
                clear();
            }
            return taken;
        }

        private void clear() {
            size = 0;
            high = 0;
        }

        @Override
        public void write(int c) {
            encode((char) c);
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                encode(chars[i]);
            }
        }

        @Override
        public void write(String string, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                encode(string.charAt(i));
            }
        }

        @Override
        public Writer append(CharSequence chars) {
            for (int i = 0; i < chars.length(); i++) {
                encode(chars.charAt(i));
            }
            return this;
        }

        private void encode(char c) {
            if (c < 0x80 && high == 0) {
                put((byte) c);
                return;
            }
            if (high != 0) {
                char pending = high;
                high = 0;
                if (Character.isLowSurrogate(c)) {
                    int codePoint = Character.toCodePoint(pending, c);
                    put((byte) (0xF0 | codePoint >> 18));
                    put((byte) (0x80 | codePoint >> 12 & 0x3F));
                    put((byte) (0x80 | codePoint >> 6 & 0x3F));
                    put((byte) (0x80 | codePoint & 0x3F));
                    return;
                }
                put((byte) '?');
            }
            if (c < 0x80) {
                put((byte) c);
            } else if (c < 0x800) {
                put((byte) (0xC0 | c >> 6));
                put((byte) (0x80 | c & 0x3F));
            } else if (Character.isHighSurrogate(c)) {
                high = c;
            } else if (Character.isLowSurrogate(c)) {
                put((byte) '?');
            } else {
                put((byte) (0xE0 | c >> 12));
                put((byte) (0x80 | c >> 6 & 0x3F));
                put((byte) (0x80 | c & 0x3F));
            }
        }

        private void put(byte b) {
            if (size == bytes.length) {
                bytes = Arrays.copyOf(bytes, size * 2);
            }
            bytes[size++] = b;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
