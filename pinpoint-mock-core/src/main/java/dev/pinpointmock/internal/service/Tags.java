package dev.pinpointmock.internal.service;

import static dev.pinpointmock.internal.service.Errors.badRequest;

import java.util.Collection;
import java.util.Map;

/** The limits AWS puts on resource tags, checked before any tag is stored. */
final class Tags {

    static final int MAX_TAGS = 50;
    static final int MAX_KEY_LENGTH = 128;
    static final int MAX_VALUE_LENGTH = 256;

    private Tags() {
    }

    static void validate(Map<String, String> tags) {
        if (tags.size() > MAX_TAGS) {
            throw badRequest("A resource can have at most " + MAX_TAGS + " tags");
        }
        tags.forEach((key, value) -> {
            validateKey(key);
            if (value == null || value.length() > MAX_VALUE_LENGTH) {
                throw badRequest("Tag value of " + key + " must be at most " + MAX_VALUE_LENGTH + " characters");
            }
        });
    }

    static void validateKeys(Collection<String> keys) {
        keys.forEach(Tags::validateKey);
    }

    private static void validateKey(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw badRequest("Tag keys must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        if (key.toLowerCase(java.util.Locale.ROOT).startsWith("aws:")) {
            throw badRequest("Tag keys may not begin with aws:, which AWS reserves: " + key);
        }
    }
}
