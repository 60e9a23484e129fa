package dev.pinpointmock.internal.wire;

import static dev.pinpointmock.internal.service.Errors.badRequest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingKnownType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.traits.PayloadTrait;
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

    public RestJsonDecoder(ModelFacts facts) {
        this.facts = facts;
    }

    public PinpointRequest decode(Route route, HttpInput input) {
        SdkPojo builder = SdkPojos.newBuilder(route.requestType());
        List<SdkField<?>> implicitPayload = new ArrayList<>();
        SdkField<?> payload = null;

        for (SdkField<?> field : builder.sdkFields()) {
            switch (field.location()) {
                case PATH, GREEDY_PATH -> setText(builder, field, input.pathLabels().get(field.locationName()));
                case QUERY_PARAM -> setQuery(builder, field, input.query().get(field.locationName()));
                case HEADER -> setText(builder, field, input.header().apply(field.locationName()));
                case PAYLOAD -> {
                    if (field.containsTrait(PayloadTrait.class)) {
                        payload = field;
                    } else {
                        implicitPayload.add(field);
                    }
                }
                default -> { }
            }
        }

        JsonElement body = parseBody(input.body());
        if (payload != null && body != null) {
            JsonObject object = requireObject(body, "The request body");
            payload.set(builder, decodeStructure(payload.constructor().get(), object, ""));
        } else if (!implicitPayload.isEmpty() && body != null) {
            JsonObject object = requireObject(body, "The request body");
            for (SdkField<?> field : implicitPayload) {
                JsonElement member = object.get(field.locationName());
                if (member != null) {
                    field.set(builder, fromJson(field, member, field.memberName(), shapeOf(builder)));
                }
            }
        }

        Object request = SdkPojos.build(builder);
        requireMembers((SdkPojo) request, route.requestType().getSimpleName(), "");
        return (PinpointRequest) request;
    }

    /**
     * Parses a body as strict JSON (RFC 8259: no comments, single quotes or unquoted names), one value and
     * nothing after it, nested at most {@value #MAX_NESTING} deep.
     */
    private static JsonElement parseBody(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try (JsonReader reader = new JsonReader(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
            reader.setStrictness(Strictness.STRICT);
            reader.setNestingLimit(MAX_NESTING);
            JsonElement element = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw badRequest("The request body is not valid JSON: it has more after its first value");
            }
            return element.isJsonNull() ? null : element;
        } catch (JsonParseException | IOException | IllegalStateException e) {
            throw badRequest("The request body is not valid JSON");
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
            SdkField<?> member = field.getTrait(ListTrait.class).memberFieldInfo();
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

    private Object fromJson(SdkField<?> field, JsonElement json, String path, String shape) {
        if (json.isJsonNull()) {
            return null;
        }
        return switch (field.marshallingType().getKnownType()) {
            case STRING -> enumChecked(shape, field, scalar(json, path, "a string").getAsString(), path);
            case INTEGER, SHORT, BYTE -> parseInteger(scalar(json, path, "an integer").getAsString(), path);
            case LONG -> parseLong(scalar(json, path, "an integer").getAsString(), path);
            case DOUBLE -> parseDouble(scalar(json, path, "a number").getAsString(), path);
            case FLOAT -> parseDouble(scalar(json, path, "a number").getAsString(), path).floatValue();
            case BIG_DECIMAL -> parseDecimal(scalar(json, path, "a number").getAsString(), path);
            case BOOLEAN -> parseBoolean(scalar(json, path, "a boolean").getAsString(), path);
            case INSTANT -> parseInstant(scalar(json, path, "a timestamp").getAsString(), path);
            case SDK_BYTES -> parseBytes(scalar(json, path, "a base64 string").getAsString(), path);
            case SDK_POJO -> decodeStructure(field.constructor().get(), requireObject(json, path), path);
            case LIST -> decodeList(field.getTrait(ListTrait.class).memberFieldInfo(), json, path);
            case MAP -> decodeMap(field.getTrait(MapTrait.class).valueFieldInfo(), json, path);
            default -> null;
        };
    }

    private Object decodeStructure(SdkPojo builder, JsonObject json, String path) {
        String shape = shapeOf(builder);
        for (SdkField<?> field : builder.sdkFields()) {
            JsonElement member = json.get(field.locationName());
            if (member != null) {
                field.set(builder, fromJson(field, member, join(path, field.memberName()), shape));
            }
        }
        Object built = SdkPojos.build(builder);
        if (!CHECKED_PER_ITEM.contains(shape)) {
            requireMembers((SdkPojo) built, shape, path);
        }
        return built;
    }

    private List<Object> decodeList(SdkField<?> member, JsonElement json, String path) {
        if (!json.isJsonArray()) {
            throw badRequest(path + " must be a list");
        }
        JsonArray array = json.getAsJsonArray();
        List<Object> list = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            list.add(fromJson(member, array.get(i), path + "[" + i + "]", null));
        }
        return list;
    }

    private Map<String, Object> decodeMap(SdkField<?> value, JsonElement json, String path) {
        JsonObject object = requireObject(json, path);
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
            map.put(entry.getKey(), fromJson(value, entry.getValue(), path + "." + entry.getKey(), null));
        }
        return map;
    }

    private void requireMembers(SdkPojo pojo, String shape, String path) {
        for (String required : facts.requiredMembers(shape)) {
            for (SdkField<?> field : pojo.sdkFields()) {
                if (field.memberName().equals(required) && !SdkPojos.isSet(field.getValueOrDefault(pojo))) {
                    throw badRequest("Missing " + join(path, required));
                }
            }
        }
    }

    private String enumChecked(String shape, SdkField<?> field, String value, String path) {
        List<String> allowed = shape == null ? null : facts.enumValues(shape, field.memberName());
        if (allowed != null && !allowed.contains(value)) {
            throw badRequest(path + " must be one of " + String.join(", ", allowed) + ", not " + value);
        }
        return value;
    }

    /** The model's name of the structure a builder builds: the class the generated builder is nested in. */
    private static String shapeOf(SdkPojo builder) {
        return SHAPE_NAMES.get(builder.getClass());
    }

    private static final ClassValue<String> SHAPE_NAMES = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> builderType) {
            Class<?> enclosing = builderType.getEnclosingClass();
            return enclosing == null ? builderType.getSimpleName() : enclosing.getSimpleName();
        }
    };

    private static JsonPrimitive scalar(JsonElement json, String path, String expected) {
        if (!json.isJsonPrimitive()) {
            throw badRequest(path + " must be " + expected);
        }
        return json.getAsJsonPrimitive();
    }

    private static JsonObject requireObject(JsonElement json, String path) {
        if (!json.isJsonObject()) {
            throw badRequest(path + " must be a JSON object");
        }
        return json.getAsJsonObject();
    }

    private static Integer parseInteger(String text, String name) {
        try {
            return parseDecimal(text, name).intValueExact();
        } catch (ArithmeticException e) {
            throw badRequest(name + " must be an integer, not " + text);
        }
    }

    private static Long parseLong(String text, String name) {
        try {
            return parseDecimal(text, name).longValueExact();
        } catch (ArithmeticException e) {
            throw badRequest(name + " must be an integer, not " + text);
        }
    }

    private static BigDecimal parseDecimal(String text, String name) {
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
    private static Double parseDouble(String text, String name) {
        double value = parseDecimal(text, name).doubleValue();
        if (!Double.isFinite(value)) {
            throw badRequest(name + " must be a finite number, not " + text);
        }
        return value;
    }

    private static Boolean parseBoolean(String text, String name) {
        if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
            return Boolean.valueOf(text);
        }
        throw badRequest(name + " must be true or false, not " + text);
    }

    private static Instant parseInstant(String text, String name) {
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

    private static SdkBytes parseBytes(String text, String name) {
        try {
            return SdkBytes.fromByteArray(Base64.getDecoder().decode(text));
        } catch (IllegalArgumentException e) {
            throw badRequest(name + " must be base64, not valid: " + text);
        }
    }

    private static String join(String path, String member) {
        return path.isEmpty() ? member : path + "." + member;
    }
}
