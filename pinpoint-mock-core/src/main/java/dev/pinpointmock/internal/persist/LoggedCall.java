package dev.pinpointmock.internal.persist;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One accepted call that changed state, as the write-ahead log keeps it: everything needed to serve it again
 * and get the same result. The input is kept as it came off the wire (path labels decoded once, query
 * parameters, the headers the operation binds, the body text), so replay goes through the same decoder and
 * handler as the live call; the instant and the ids the call drew make the replay repeat it exactly.
 *
 * @param ids every id and code the call drew from {@code Ids}, in order
 */
public record LoggedCall(
        String operation,
        String account,
        String region,
        String requestId,
        Instant at,
        Map<String, String> pathLabels,
        Map<String, List<String>> query,
        Map<String, String> headers,
        String body,
        List<String> ids) {

    public LoggedCall {
        pathLabels = Map.copyOf(pathLabels);
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
        ids = List.copyOf(ids);
    }

    /** The call as one line of JSON, without the line break. */
    String toJsonLine() {
        JsonObject json = new JsonObject();
        json.addProperty("operation", operation);
        json.addProperty("account", account);
        json.addProperty("region", region);
        json.addProperty("requestId", requestId);
        json.addProperty("at", at.toString());
        JsonObject labels = new JsonObject();
        pathLabels.forEach(labels::addProperty);
        json.add("pathLabels", labels);
        JsonObject parameters = new JsonObject();
        query.forEach((name, values) -> parameters.add(name, strings(values)));
        json.add("query", parameters);
        JsonObject headerValues = new JsonObject();
        headers.forEach(headerValues::addProperty);
        json.add("headers", headerValues);
        if (body != null) {
            json.addProperty("body", body);
        }
        json.add("ids", strings(ids));
        return json.toString();
    }

    /**
     * Reads a line that {@link #toJsonLine()} wrote.
     *
     * @throws IllegalArgumentException if the line is not such a record
     */
    static LoggedCall fromJsonLine(String line) {
        try {
            JsonObject json = JsonParser.parseString(line).getAsJsonObject();
            Map<String, String> labels = new LinkedHashMap<>();
            json.getAsJsonObject("pathLabels").entrySet()
                    .forEach(entry -> labels.put(entry.getKey(), entry.getValue().getAsString()));
            Map<String, List<String>> query = new LinkedHashMap<>();
            json.getAsJsonObject("query").entrySet()
                    .forEach(entry -> query.put(entry.getKey(), texts(entry.getValue())));
            Map<String, String> headers = new LinkedHashMap<>();
            json.getAsJsonObject("headers").entrySet()
                    .forEach(entry -> headers.put(entry.getKey(), entry.getValue().getAsString()));
            JsonElement body = json.get("body");
            return new LoggedCall(
                    json.get("operation").getAsString(),
                    json.get("account").getAsString(),
                    json.get("region").getAsString(),
                    json.get("requestId").getAsString(),
                    Instant.parse(json.get("at").getAsString()),
                    labels, query, headers,
                    body == null || body.isJsonNull() ? null : body.getAsString(),
                    texts(json.get("ids")));
        } catch (RuntimeException malformed) {
            throw new IllegalArgumentException("not a call record: " + malformed.getMessage(), malformed);
        }
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray(values.size());
        values.forEach(array::add);
        return array;
    }

    private static List<String> texts(JsonElement array) {
        List<String> values = new ArrayList<>();
        array.getAsJsonArray().forEach(value -> values.add(value.getAsString()));
        return values;
    }
}
