package dev.pinpointmock.internal.service;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

/**
 * The values that a message template's variables take for one recipient, built the way Pinpoint documents:
 * the endpoint's fields under their API names ({@code {{Address}}}, {@code {{ChannelType}}},
 * {@code {{Location.City}}}), its custom attributes ({@code {{Attributes.name}}}), its user's attributes
 * ({@code {{User.UserAttributes.name}}}) and metrics ({@code {{Metrics.name}}}), and message substitutions.
 *
 * <p>Each call of the builder lays its values over what earlier calls gave, so call {@link
 * Builder#endpoint(SdkPojo)} first, then the message's substitutions, then the address's or endpoint's own
 * substitutions. The template's DefaultSubstitutions are applied by the renderer and only fill variables
 * that have no value or an empty one. Attributes and substitutions keep their lists of values: printing one
 * prints its first value, {@code .[1]} picks another, {@code #each} and {@code join} see them all.
 */
public final class MessageVariables {

    private static final MessageVariables NONE = new MessageVariables(Map.of());

    private final Map<String, Object> tree;

    private MessageVariables(Map<String, Object> tree) {
        this.tree = tree;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** No variables at all: every variable renders its default, or nothing. */
    public static MessageVariables none() {
        return NONE;
    }

    /** A deep copy of the variables as nested maps, lists, strings and numbers, with defaults filled in. */
    Map<String, Object> withDefaults(String defaultSubstitutionsJson) {
        Map<String, Object> model = deepCopy(tree);
        if (defaultSubstitutionsJson == null || defaultSubstitutionsJson.isBlank()) {
            return model;
        }
        JsonElement parsed = JsonParser.parseString(defaultSubstitutionsJson);
        if (!parsed.isJsonObject()) {
            return model;
        }
        for (Map.Entry<String, JsonElement> entry : parsed.getAsJsonObject().entrySet()) {
            Object value = fromJson(entry.getValue());
            if (isEmpty(lookup(model, entry.getKey()))) {
                put(model, entry.getKey(), value);
            }
        }
        return model;
    }

    /** Builds the variables of one recipient; later calls override earlier ones path by path. */
    public static final class Builder {

        private final Map<String, Object> tree = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Adds every field of an endpoint under its API name: an {@code EndpointResponse}, an
         * {@code EndpointRequest}, a {@code PublicEndpoint} or any other SDK model of an endpoint or user.
         */
        public Builder endpoint(SdkPojo endpoint) {
            if (endpoint != null) {
                fromModel(endpoint).forEach((name, value) -> put(tree, List.of(name), value));
            }
            return this;
        }

        /**
         * Adds substitutions as messages carry them: each name maps to a list of values. A name with dots
         * ({@code User.UserAttributes.FirstName}) sets that nested variable.
         */
        public Builder substitutions(Map<String, ? extends List<String>> substitutions) {
            if (substitutions != null) {
                substitutions.forEach((name, values) -> variable(name, values == null ? List.of() : values));
            }
            return this;
        }

        /** Sets one variable, by a dotted path, to a string, a number, a list of strings or a map. */
        public Builder variable(String path, Object value) {
            put(tree, path, normalize(value));
            return this;
        }

        public MessageVariables build() {
            return new MessageVariables(deepCopy(tree));
        }
    }

    private static Map<String, Object> fromModel(SdkPojo pojo) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (SdkField<?> field : pojo.sdkFields()) {
            Object value = field.getValueOrDefault(pojo);
            if (value != null && !(value instanceof SdkAutoConstructList) && !(value instanceof SdkAutoConstructMap)) {
                fields.put(field.locationName(), normalize(value));
            }
        }
        return fields;
    }

    /** Model objects become maps, collections become lists, enums and other values become their text. */
    private static Object normalize(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof SdkPojo pojo) {
            return fromModel(pojo);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> normalized = new LinkedHashMap<>();
            map.forEach((key, item) -> normalized.put(String.valueOf(key), normalize(item)));
            return normalized;
        }
        if (value instanceof Collection<?> collection) {
            List<Object> normalized = new ArrayList<>(collection.size());
            collection.forEach(item -> normalized.add(normalize(item)));
            return normalized;
        }
        return value.toString();
    }

    private static Object fromJson(JsonElement json) {
        if (json.isJsonObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonElement> entry : ((JsonObject) json).entrySet()) {
                map.put(entry.getKey(), fromJson(entry.getValue()));
            }
            return map;
        }
        if (json.isJsonArray()) {
            List<Object> list = new ArrayList<>();
            for (JsonElement item : (JsonArray) json) {
                list.add(fromJson(item));
            }
            return list;
        }
        return json.isJsonNull() ? null : json.getAsString();
    }

    /**
     * Sets a value at a dotted path, and also under the whole path as one name so that a template that
     * writes {@code {{[a.b]}}} finds it too.
     */
    private static void put(Map<String, Object> tree, String path, Object value) {
        put(tree, List.of(path.split("\\.", -1)), value);
        if (path.contains(".")) {
            tree.put(path, value);
        }
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> tree, List<String> path, Object value) {
        Map<String, Object> node = tree;
        for (String segment : path.subList(0, path.size() - 1)) {
            Object child = node.get(segment);
            if (!(child instanceof Map)) {
                child = new LinkedHashMap<String, Object>();
                node.put(segment, child);
            }
            node = (Map<String, Object>) child;
        }
        String last = path.get(path.size() - 1);
        if (value instanceof Map<?, ?> map && node.get(last) instanceof Map<?, ?> existing) {
            Map<String, Object> merged = (Map<String, Object>) existing;
            map.forEach((key, item) -> put(merged, List.of((String) key), item));
        } else {
            node.put(last, value);
        }
    }

    private static Object lookup(Map<String, Object> tree, String path) {
        Object node = tree;
        for (String segment : path.split("\\.", -1)) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(segment);
        }
        return node;
    }

    private static boolean isEmpty(Object value) {
        return value == null
                || (value instanceof String text && text.isEmpty())
                || (value instanceof Collection<?> collection
                    && (collection.isEmpty() || collection.stream().allMatch(MessageVariables::isEmpty)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, Object> tree) {
        Map<String, Object> copy = new LinkedHashMap<>();
        tree.forEach((key, value) -> copy.put(key, value instanceof Map<?, ?> map
                ? deepCopy((Map<String, Object>) map)
                : value instanceof List<?> list ? new ArrayList<>(list) : value));
        return copy;
    }
}
