package dev.pinpointmock;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.pinpointmock.internal.wire.ModelFacts;
import dev.pinpointmock.internal.wire.Route;
import java.lang.reflect.Method;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallLocation;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.traits.PayloadTrait;

/**
 * Makes requests for property tests from a {@link Random}: path labels that name real, unknown and strange
 * resources, query parameters of the operation and made-up ones, and bodies shaped like the operation's
 * model structure (with plausible values) or like nothing at all, then mutated.
 */
final class RandomRequests {

    /** A request to send as plain HTTP. */
    record Call(String method, String pathAndQuery, byte[] body) {
        @Override
        public String toString() {
            return method + " " + pathAndQuery + " " + (body == null ? "<no body>"
                    : new String(body, 0, Math.min(body.length, 400), StandardCharsets.UTF_8));
        }
    }

    /** Ways to spoil a well-shaped body. */
    enum Mutation {
        NONE, DROP_MEMBER, WRONG_TYPE, NULL_MEMBER, UNKNOWN_MEMBER, WRAP_IN_ARRAY, TRUNCATE, HUGE_STRING,
        DEEP_NESTING, BAD_UTF8, SCALAR_BODY
    }

    private static final String[] METHODS = {"GET", "POST", "PUT", "DELETE", "PATCH"};
    private static final String[] STRANGE = {"", " ", "%", "..", "../..", "a/b", "{application-id}", "\u00e9\u4e2d",
        "\ud83d\ude00", "null", "-1", "0", "9".repeat(40), "x".repeat(300), "$", "}", "?a=b", "#frag", "\\"};

    private final Map<String, List<String>> knownIds;
    private final Random random;

    /** @param knownIds values of real resources by path label name, such as an existing application id */
    RandomRequests(Map<String, List<String>> knownIds, Random random) {
        this.knownIds = knownIds;
        this.random = random;
    }

    /** A request to a route with random labels, query and body; sometimes with another method. */
    Call randomCall(Route route, boolean keepMethod) {
        String method = keepMethod || random.nextInt(8) > 0 ? route.method() : pick(METHODS);
        return new Call(method, path(route) + query(route), randomBody());
    }

    /** A request to a route with a body shaped like its model structure, then spoiled by a mutation. */
    Call mutatedCall(Route route, Mutation mutation) {
        JsonObject shaped = shapedBody(route);
        return new Call(route.method(), path(route) + query(route), mutate(shaped, mutation));
    }

    String path(Route route) {
        StringBuilder path = new StringBuilder();
        for (String segment : route.templateSegments()) {
            path.append('/');
            if (segment.startsWith("{")) {
                path.append(encode(label(segment.substring(1, segment.length() - 1).replace("+", ""))));
            } else {
                path.append(segment);
            }
        }
        return path.toString();
    }

    String strangePath() {
        StringBuilder path = new StringBuilder();
        int segments = random.nextInt(7);
        for (int i = 0; i < segments; i++) {
            String[] words = {"v1", "apps", "v2", "tags", "templates", "_aws", "pinpoint", "channels", "users"};
            path.append('/').append(random.nextBoolean() ? pick(words) : encode(pick(STRANGE)));
        }
        return path.length() == 0 ? "/" : path.toString();
    }

    String method() {
        return pick(METHODS);
    }

    private String label(String name) {
        List<String> known = knownIds.getOrDefault(name, List.of());
        return switch (random.nextInt(5)) {
            case 0, 1 -> known.isEmpty() ? hex(32) : known.get(random.nextInt(known.size()));
            case 2 -> hex(32);
            case 3 -> pick(STRANGE);
            default -> "arn:aws:mobiletargeting:us-east-1:000000000000:apps/" + hex(random.nextInt(34));
        };
    }

    private String query(Route route) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        for (SdkField<?> field : fields(route.requestType())) {
            if (field.location() == MarshallLocation.QUERY_PARAM && random.nextBoolean()) {
                query.add(encode(field.locationName()) + "=" + encode(scalarText()));
            }
        }
        if (random.nextInt(4) == 0) {
            query.add(encode(pick(STRANGE)) + "=" + encode(pick(STRANGE)));
        }
        return query.toString();
    }

    private byte[] randomBody() {
        return switch (random.nextInt(5)) {
            case 0 -> null;
            case 1 -> bytes(random.nextInt(64));
            case 2 -> randomJson(3).toString().getBytes(StandardCharsets.UTF_8);
            default -> mutate(randomObject(3), pick(Mutation.values()));
        };
    }

    private JsonObject shapedBody(Route route) {
        for (SdkField<?> field : fields(route.requestType())) {
            if (field.location() == MarshallLocation.PAYLOAD && field.containsTrait(PayloadTrait.class)) {
                return (JsonObject) shaped(field, 0, null);
            }
        }
        return randomObject(2);
    }

    private JsonElement shaped(SdkField<?> field, int depth, String shape) {
        switch (field.marshallingType().getKnownType()) {
            case SDK_POJO -> {
                JsonObject object = new JsonObject();
                if (depth > 4) {
                    return object;
                }
                SdkPojo builder = (SdkPojo) field.constructor().get();
                String inner = builder.getClass().getEnclosingClass().getSimpleName();
                for (SdkField<?> member : builder.sdkFields()) {
                    if (random.nextInt(3) > 0) {
                        object.add(member.locationName(), shaped(member, depth + 1, inner));
                    }
                }
                return object;
            }
            case LIST -> {
                JsonArray array = new JsonArray();
                for (int i = random.nextInt(3); i > 0; i--) {
                    array.add(shaped(field.getTrait(ListTrait.class).memberFieldInfo(), depth + 1, null));
                }
                return array;
            }
            case MAP -> {
                JsonObject map = new JsonObject();
                for (int i = random.nextInt(3); i > 0; i--) {
                    map.add(word(), shaped(field.getTrait(MapTrait.class).valueFieldInfo(), depth + 1, null));
                }
                return map;
            }
            case STRING -> {
                List<String> allowed = shape == null ? null : ModelFacts.pinpoint().enumValues(shape,
                        field.memberName());
                return new JsonPrimitive(allowed != null && random.nextInt(4) > 0
                        ? allowed.get(random.nextInt(allowed.size())) : plausibleText());
            }
            case INTEGER, LONG, SHORT, BYTE -> {
                return new JsonPrimitive(random.nextInt(12) - 2);
            }
            case DOUBLE, FLOAT, BIG_DECIMAL -> {
                return new JsonPrimitive(random.nextDouble() * 200 - 100);
            }
            case BOOLEAN -> {
                return new JsonPrimitive(random.nextBoolean());
            }
            case INSTANT -> {
                return new JsonPrimitive(random.nextBoolean() ? "2026-12-03T08:00:00.000Z" : "yesterday");
            }
            default -> {
                return new JsonPrimitive(word());
            }
        }
    }

    private byte[] mutate(JsonObject body, Mutation mutation) {
        List<String> names = new ArrayList<>(body.keySet());
        String member = names.isEmpty() ? word() : names.get(random.nextInt(names.size()));
        switch (mutation) {
            case DROP_MEMBER -> body.remove(member);
            case WRONG_TYPE -> body.add(member, wrongType(body.get(member)));
            case NULL_MEMBER -> body.add(member, JsonNull.INSTANCE);
            case UNKNOWN_MEMBER -> body.add("Unknown" + word(), randomJson(2));
            case WRAP_IN_ARRAY -> {
                JsonArray array = new JsonArray();
                array.add(body);
                return array.toString().getBytes(StandardCharsets.UTF_8);
            }
            case TRUNCATE -> {
                byte[] text = body.toString().getBytes(StandardCharsets.UTF_8);
                byte[] cut = new byte[random.nextInt(text.length + 1)];
                System.arraycopy(text, 0, cut, 0, cut.length);
                return cut;
            }
            case HUGE_STRING -> body.addProperty(member, "x".repeat(20_000));
            case DEEP_NESTING -> {
                String deep = "[".repeat(200) + "]".repeat(200);
                return ("{\"" + member + "\":" + deep + "}").getBytes(StandardCharsets.UTF_8);
            }
            case BAD_UTF8 -> {
                byte[] text = body.toString().getBytes(StandardCharsets.UTF_8);
                byte[] spoiled = new byte[text.length + 2];
                int at = random.nextInt(text.length + 1);
                System.arraycopy(text, 0, spoiled, 0, at);
                spoiled[at] = (byte) 0xC3;
                spoiled[at + 1] = (byte) 0x28;
                System.arraycopy(text, at, spoiled, at + 2, text.length - at);
                return spoiled;
            }
            case SCALAR_BODY -> {
                return scalar().toString().getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                // NONE: the shaped body as it is
            }
        }
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    private JsonElement wrongType(JsonElement value) {
        if (value == null || value.isJsonPrimitive()) {
            return random.nextBoolean() ? new JsonArray() : randomObject(1);
        }
        return value.isJsonArray() ? new JsonPrimitive(word()) : new JsonArray();
    }

    private JsonElement randomJson(int depth) {
        int kind = random.nextInt(depth <= 0 ? 2 : 4);
        return switch (kind) {
            case 0 -> scalar();
            case 1 -> JsonNull.INSTANCE;
            case 2 -> randomObject(depth - 1);
            default -> {
                JsonArray array = new JsonArray();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(randomJson(depth - 1));
                }
                yield array;
            }
        };
    }

    private JsonObject randomObject(int depth) {
        JsonObject object = new JsonObject();
        for (int i = random.nextInt(5); i > 0; i--) {
            object.add(random.nextBoolean() ? word() : pick(new String[] {"Name", "tags", "Item", "Channel",
                "ReferenceId", "MessageConfiguration", "Addresses", "Endpoints", "BatchItem"}),
                    depth <= 0 ? scalar() : randomJson(depth));
        }
        return object;
    }

    private JsonPrimitive scalar() {
        return switch (random.nextInt(5)) {
            case 0 -> new JsonPrimitive(random.nextLong());
            case 1 -> new JsonPrimitive(random.nextDouble());
            case 2 -> new JsonPrimitive(random.nextBoolean());
            case 3 -> new JsonPrimitive("1e400");
            default -> new JsonPrimitive(plausibleText());
        };
    }

    private String scalarText() {
        return switch (random.nextInt(4)) {
            case 0 -> Integer.toString(random.nextInt(2000) - 500);
            case 1 -> "true";
            case 2 -> pick(STRANGE);
            default -> plausibleText();
        };
    }

    private String plausibleText() {
        return switch (random.nextInt(6)) {
            case 0 -> "+1555555" + (1000 + random.nextInt(9000));
            case 1 -> "SMS";
            case 2 -> knownIds.getOrDefault("application-id", List.of(hex(32))).get(0);
            case 3 -> pick(STRANGE);
            case 4 -> "";
            default -> word();
        };
    }

    private String word() {
        int length = 1 + random.nextInt(12);
        StringBuilder word = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            word.append((char) (random.nextInt(5) == 0 ? 0x20 + random.nextInt(0x60) : 'a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private String hex(int length) {
        StringBuilder hex = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            hex.append(Character.forDigit(random.nextInt(16), 16));
        }
        return hex.toString();
    }

    private byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static List<SdkField<?>> fields(Class<?> requestType) {
        try {
            Method builder = requestType.getMethod("builder");
            return ((SdkPojo) builder.invoke(null)).sdkFields();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
