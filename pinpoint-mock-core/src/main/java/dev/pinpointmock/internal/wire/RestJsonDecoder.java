package dev.pinpointmock.internal.wire;

import static dev.pinpointmock.internal.service.Errors.badRequest;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallLocation;
import software.amazon.awssdk.core.protocol.MarshallingKnownType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.traits.PayloadTrait;
import software.amazon.awssdk.core.traits.TraitType;
import software.amazon.awssdk.services.pinpoint.model.BadRequestException;
import software.amazon.awssdk.services.pinpoint.model.PinpointRequest;

/**
 * Turns an HTTP request into the SDK's request object of its operation, driven only by the SDK model's
 * field metadata: where each member is bound, its JSON name and its type. Validates what the model
 * states (types, required members, enum values) and answers a {@code BadRequestException} that names
 * the member otherwise. Unknown JSON members are ignored, as Pinpoint does.
 */
public final class RestJsonDecoder {

    /**
     * Structures whose required members the handler checks instead, because Pinpoint answers a bad one in
     * its own item of the response rather than failing the whole call (PutEvents' events).
     */
    private static final Set<String> CHECKED_PER_ITEM = Set.of("Event", "Session");
    /** Deeper than any Pinpoint structure; bounds the parser's and this decoder's recursion. */
    static final int MAX_NESTING = 64;
    /** Longer number literals are refused before parsing, which costs time quadratic in their length. */
    private static final int MAX_NUMBER_LENGTH = 100;

    private final ModelFacts facts;
    /** Each model class's {@link Structure}, and the same by the class of its builder. */
    private final ClassValue<Structure> byModel = new ClassValue<>() {
        @Override
        protected Structure computeValue(Class<?> modelType) {
            return Structure.of(modelType, facts);
        }
    };
    private final ClassValue<Structure> byBuilder = new ClassValue<>() {
        @Override
        protected Structure computeValue(Class<?> builderType) {
            // The SDK nests each model's builder in the model's class.
            return byModel.get(builderType.getEnclosingClass());
        }
    };

    public RestJsonDecoder(ModelFacts facts) {
        this.facts = facts;
    }

    public PinpointRequest decode(Route route, HttpInput input) {
        SdkPojo builder = SdkPojos.newBuilder(route.requestType());
        boolean bodyMembers = false;
        SdkField<?> payload = null;

        for (SdkField<?> field : builder.sdkFields()) {
            switch (field.location()) {
                case PATH, GREEDY_PATH -> setText(builder, field, input.pathLabels().get(field.locationName()));
                case QUERY_PARAM -> setQuery(builder, field, input.query().get(field.locationName()));
                case HEADER -> setText(builder, field, input.header().apply(field.locationName()));
                case PAYLOAD -> {
                    if (field.containsTrait(PayloadTrait.class, TraitType.PAYLOAD_TRAIT)) {
                        payload = field;
                    } else {
                        bodyMembers = true;
                    }
                }
                default -> { }
            }
        }
        readBody(input.body(), builder, payload, bodyMembers);

        Object request = SdkPojos.build(builder);
        requireMembers((SdkPojo) request, Where.ROOT);
        return (PinpointRequest) request;
    }

    /**
     * Reads the body straight into the builders, as strict JSON (RFC 8259: no comments, single quotes or
     * unquoted names), one value and nothing after it, nested at most {@value #MAX_NESTING} deep. The payload
     * member's structure is the whole body; without one, the body's members are the request's own members.
     * A body of {@code null} is no body.
     */
    private void readBody(byte[] body, SdkPojo builder, SdkField<?> payload, boolean bodyMembers) {
        if (body == null || body.length == 0) {
            return;
        }
        try (JsonReader in = new JsonReader(new StringReader(utf8(body)))) {
            in.setStrictness(Strictness.STRICT);
            in.setNestingLimit(MAX_NESTING);
            JsonToken first = in.peek();
            if (first == JsonToken.NULL) {
                in.nextNull();
            } else if (payload != null || bodyMembers) {
                if (first != JsonToken.BEGIN_OBJECT) {
                    throw badRequest("The request body must be a JSON object");
                }
                if (payload != null) {
                    payload.set(builder, readStructure(in, payload.constructor().get(), Where.ROOT));
                } else {
                    readMembers(in, builder, Where.ROOT);
                }
            } else {
                in.skipValue();
            }
            if (in.peek() != JsonToken.END_DOCUMENT) {
                throw badRequest("The request body is not valid JSON: it has more after its first value");
            }
        } catch (IOException | IllegalStateException e) {
            throw badRequest("The request body is not valid JSON");
        }
    }

    /** The body as text; bytes that are not UTF-8 are refused rather than replaced. */
    private static String utf8(byte[] body) {
        for (byte b : body) {
            if (b < 0) {
                return strictUtf8(body);
            }
        }
        // ASCII, as most bodies are: each byte is its character.
        return new String(body, StandardCharsets.ISO_8859_1);
    }

    private static String strictUtf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw badRequest("The request body is not valid UTF-8");
        }
    }

    private void setText(SdkPojo builder, SdkField<?> field, String text) {
        if (text != null) {
            field.set(builder, fromText(field, text, field.locationName()));
        }
    }

    private void setQuery(SdkPojo builder, SdkField<?> field, Deque<String> values) {
        if (values == null || values.isEmpty()) {
            return;
        }
        if (field.marshallingType().getKnownType() == MarshallingKnownType.LIST) {
            SdkField<?> member = field.getTrait(ListTrait.class, TraitType.LIST_TRAIT).memberFieldInfo();
            List<Object> list = new ArrayList<>();
            for (String value : values) {
                list.add(fromText(member, value, field.locationName()));
            }
            field.set(builder, list);
        } else {
            field.set(builder, fromText(field, values.getFirst(), field.locationName()));
        }
    }

    private static Object fromText(SdkField<?> field, String text, String name) {
        return switch (field.marshallingType().getKnownType()) {
            case STRING -> text;
            case INTEGER -> parseInteger(text, name);
            case LONG -> parseLong(text, name);
            case DOUBLE -> parseDouble(text, name);
            case BOOLEAN -> parseBoolean(text, name);
            case INSTANT -> parseInstant(text, name);
            default -> throw new IllegalStateException("Unexpected non-body member type of " + name);
        };
    }

    /** The next JSON value as the member's type; {@code allowed} the values of an enum, null for any string. */
    private Object read(JsonReader in, SdkField<?> field, Where where, List<String> allowed) throws IOException {
        if (in.peek() == JsonToken.NULL) {
            in.nextNull();
            return null;
        }
        return switch (field.marshallingType().getKnownType()) {
            case STRING -> enumChecked(allowed, scalar(in, where, "a string", JsonToken.STRING), where);
            case INTEGER, SHORT, BYTE -> parseInteger(number(in, where, "an integer"), where);
            case LONG -> parseLong(number(in, where, "an integer"), where);
            case DOUBLE -> parseDouble(number(in, where, "a number"), where);
            case FLOAT -> parseDouble(number(in, where, "a number"), where).floatValue();
            case BIG_DECIMAL -> parseDecimal(number(in, where, "a number"), where);
            case BOOLEAN -> parseBoolean(scalar(in, where, "a boolean", JsonToken.BOOLEAN), where);
            case INSTANT -> parseInstant(timestamp(in, where), where);
            case SDK_BYTES -> parseBytes(scalar(in, where, "a base64 string", JsonToken.STRING), where);
            case SDK_POJO -> readStructure(in, field.constructor().get(), where);
            case LIST -> readList(in, field.getTrait(ListTrait.class, TraitType.LIST_TRAIT).memberFieldInfo(), where);
            case MAP -> readMap(in, field.getTrait(MapTrait.class, TraitType.MAP_TRAIT).valueFieldInfo(), where);
            default -> {
                in.skipValue();
                yield null;
            }
        };
    }

    private Object readStructure(JsonReader in, SdkPojo builder, Where where) throws IOException {
        requireObject(in, where);
        readMembers(in, builder, where);
        Object built = SdkPojos.build(builder);
        requireMembers((SdkPojo) built, where);
        return built;
    }

    /** Reads an object's members into a builder by their JSON names; members the model lacks are skipped. */
    private void readMembers(JsonReader in, SdkPojo builder, Where where) throws IOException {
        Structure structure = byBuilder.get(builder.getClass());
        in.beginObject();
        while (in.hasNext()) {
            SdkField<?> field = structure.bodyFields().get(in.nextName());
            if (field == null) {
                in.skipValue();
            } else {
                String member = field.memberName();
                field.set(builder, read(in, field, where.member(member), structure.enumValues().get(member)));
            }
        }
        in.endObject();
    }

    private List<Object> readList(JsonReader in, SdkField<?> member, Where where) throws IOException {
        if (in.peek() != JsonToken.BEGIN_ARRAY) {
            throw badRequest(where + " must be a list");
        }
        List<Object> list = new ArrayList<>();
        in.beginArray();
        for (int index = 0; in.hasNext(); index++) {
            Object item = read(in, member, where.item(index), null);
            if (item != null) {
                list.add(item);
            }
        }
        in.endArray();
        return list;
    }

    private Map<String, Object> readMap(JsonReader in, SdkField<?> value, Where where) throws IOException {
        requireObject(in, where);
        Map<String, Object> map = new LinkedHashMap<>();
        in.beginObject();
        while (in.hasNext()) {
            String key = in.nextName();
            Object item = read(in, value, where.member(key), null);
            if (item != null) {
                map.put(key, item);
            }
        }
        in.endObject();
        return map;
    }

    /** Fails with the model's first required member that the built structure lacks. */
    private void requireMembers(SdkPojo pojo, Where where) {
        List<SdkField<?>> required = byModel.get(pojo.getClass()).required();
        for (int i = 0; i < required.size(); i++) {
            SdkField<?> field = required.get(i);
            if (!SdkPojos.isSet(field.getValueOrDefault(pojo))) {
                throw badRequest("Missing " + where.member(field.memberName()));
            }
        }
    }

    private static String enumChecked(List<String> allowed, String value, Where where) {
        if (allowed != null && !allowed.contains(value)) {
            throw badRequest(where + " must be one of " + String.join(", ", allowed) + ", not " + value);
        }
        return value;
    }

    /** The text of a value that must be of one JSON type; any other is not the member's type. */
    private static String scalar(JsonReader in, Where where, String expected, JsonToken type) throws IOException {
        if (in.peek() != type) {
            throw badRequest(where + " must be " + expected);
        }
        return type == JsonToken.BOOLEAN ? String.valueOf(in.nextBoolean()) : in.nextString();
    }

    private static String number(JsonReader in, Where where, String expected) throws IOException {
        return scalar(in, where, expected, JsonToken.NUMBER);
    }

    /** A timestamp: an ISO-8601 string, or seconds since the epoch as a number. */
    private static String timestamp(JsonReader in, Where where) throws IOException {
        JsonToken type = in.peek();
        return scalar(in, where, "a timestamp", type == JsonToken.NUMBER ? JsonToken.NUMBER : JsonToken.STRING);
    }

    private static void requireObject(JsonReader in, Where where) throws IOException {
        if (in.peek() != JsonToken.BEGIN_OBJECT) {
            throw badRequest(where + " must be a JSON object");
        }
    }

    // The parsers name the member with an Object, spelled out only in an error's message.

    private static Integer parseInteger(String text, Object name) {
        try {
            return parseDecimal(text, name).intValueExact();
        } catch (ArithmeticException e) {
            throw badRequest(name + " must be an integer, not " + text);
        }
    }

    private static Long parseLong(String text, Object name) {
        try {
            return parseDecimal(text, name).longValueExact();
        } catch (ArithmeticException e) {
            throw badRequest(name + " must be an integer, not " + text);
        }
    }

    private static BigDecimal parseDecimal(String text, Object name) {
        if (text.length() > MAX_NUMBER_LENGTH) {
            throw badRequest(name + " must be a number of at most " + MAX_NUMBER_LENGTH + " characters");
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw badRequest(name + " must be a number, not " + text);
        }
    }

    /** A number that a double holds: finite, so that it can be written back as JSON. */
    private static Double parseDouble(String text, Object name) {
        double value = parseDecimal(text, name).doubleValue();
        if (!Double.isFinite(value)) {
            throw badRequest(name + " must be a finite number, not " + text);
        }
        return value;
    }

    private static Boolean parseBoolean(String text, Object name) {
        if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
            return Boolean.valueOf(text);
        }
        throw badRequest(name + " must be true or false, not " + text);
    }

    private static Instant parseInstant(String text, Object name) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notIso) {
            try {
                return Instant.ofEpochMilli(parseDecimal(text, name).movePointRight(3).longValueExact());
            } catch (ArithmeticException | java.time.DateTimeException | BadRequestException notEpoch) {
                throw badRequest(name + " must be an ISO-8601 timestamp, not " + text);
            }
        }
    }

    private static SdkBytes parseBytes(String text, Object name) {
        try {
            return SdkBytes.fromByteArray(Base64.getDecoder().decode(text));
        } catch (IllegalArgumentException e) {
            throw badRequest(name + " must be base64, not valid: " + text);
        }
    }

    /**
     * What decoding needs of one structure, worked out once per class: its body members by JSON name, the
     * members the model requires (in the model's order; none for the structures that a handler checks item
     * by item) and the allowed values of its enum members by member name.
     */
    private record Structure(Map<String, SdkField<?>> bodyFields, List<SdkField<?>> required,
                             Map<String, List<String>> enumValues) {

        static Structure of(Class<?> modelType, ModelFacts facts) {
            String shape = modelType.getSimpleName();
            List<SdkField<?>> fields = SdkPojos.newBuilder(modelType).sdkFields();
            Map<String, SdkField<?>> body = new HashMap<>();
            Map<String, List<String>> enums = new HashMap<>();
            for (SdkField<?> field : fields) {
                if (field.location() == MarshallLocation.PAYLOAD) {
                    body.put(field.locationName(), field);
                }
                List<String> allowed = facts.enumValues(shape, field.memberName());
                if (allowed != null) {
                    enums.put(field.memberName(), allowed);
                }
            }
            List<SdkField<?>> required = new ArrayList<>();
            if (!CHECKED_PER_ITEM.contains(shape)) {
                for (String name : facts.requiredMembers(shape)) {
                    fields.stream().filter(field -> field.memberName().equals(name)).forEach(required::add);
                }
            }
            return new Structure(Map.copyOf(body), List.copyOf(required), Map.copyOf(enums));
        }
    }

    /** Where a value sits in the body; spelled out ({@code A.B[2].C}) only when a message names it. */
    private record Where(Where parent, String member, int index) {

        static final Where ROOT = new Where(null, null, -1);

        Where member(String name) {
            return new Where(this, name, -1);
        }

        Where item(int position) {
            return new Where(this, null, position);
        }

        @Override
        public String toString() {
            if (parent == null) {
                return "";
            }
            String above = parent.toString();
            if (member == null) {
                return above + "[" + index + "]";
            }
            return above.isEmpty() ? member : above + "." + member;
        }
    }
}
