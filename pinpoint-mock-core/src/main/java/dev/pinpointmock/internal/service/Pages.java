package dev.pinpointmock.internal.service;

import static dev.pinpointmock.internal.service.Errors.badRequest;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Paging as Pinpoint's list operations do it: a {@code page-size} query parameter, and an opaque next-page
 * token that names the last item of the previous page (base64url of a small JSON object), so that a page
 * stays right when items before it are added or deleted between calls.
 */
final class Pages {

    /** Used when a list call names no page size. */
    static final int DEFAULT_PAGE_SIZE = 100;
    static final int MAX_PAGE_SIZE = 1000;

    private Pages() {
    }

    /** One page of items and the token of the next page, {@code null} on the last page. */
    record Page<T>(List<T> items, String nextToken) {
    }

    static int pageSize(String text) {
        if (text == null || text.isEmpty()) {
            return DEFAULT_PAGE_SIZE;
        }
        try {
            int size = Integer.parseInt(text.trim());
            if (size >= 1 && size <= MAX_PAGE_SIZE) {
                return size;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw badRequest("page-size must be a number from 1 to " + MAX_PAGE_SIZE + ", not " + text);
    }

    /**
     * The page that starts after the item a token names. Items come in their listing order, and {@code key}
     * gives each item's position in that order as the fields the token carries.
     */
    static <T> Page<T> page(List<T> ordered, String token, String pageSize, Function<T, Map<String, String>> key,
                            PositionComparator comparator) {
        int size = pageSize(pageSize);
        int start = 0;
        if (token != null && !token.isEmpty()) {
            Map<String, String> after = decode(token);
            while (start < ordered.size() && comparator.compare(key.apply(ordered.get(start)), after) <= 0) {
                start++;
            }
        }
        int end = Math.min(ordered.size(), start + size);
        String next = end < ordered.size() ? encode(key.apply(ordered.get(end - 1))) : null;
        return new Page<>(List.copyOf(ordered.subList(start, end)), next);
    }

    /** Compares two positions in a listing order, as their token fields. */
    @FunctionalInterface
    interface PositionComparator {
        int compare(Map<String, String> position, Map<String, String> other);
    }

    /** A field of a decoded token; a token without it was not made by this server. */
    static String field(Map<String, String> position, String name) {
        String value = position.get(name);
        if (value == null) {
            throw badRequest("Invalid token");
        }
        return value;
    }

    static String encode(Map<String, String> fields) {
        JsonObject json = new JsonObject();
        fields.forEach(json::addProperty);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    static Map<String, String> decode(String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            JsonObject json = JsonParser.parseString(text).getAsJsonObject();
            Map<String, String> fields = new LinkedHashMap<>();
            for (Map.Entry<String, JsonElement> entry : json.entrySet()) {
                fields.put(entry.getKey(), entry.getValue().getAsString());
            }
            return fields;
        } catch (IllegalArgumentException | JsonParseException | IllegalStateException
                 | UnsupportedOperationException e) {
            throw badRequest("Invalid token");
        }
    }
}
