package dev.pinpointmock.internal.wire;

import java.util.Deque;
import java.util.Map;
import java.util.function.Function;

/**
 * The parts of an HTTP request that the rest-json protocol binds to members: path labels (already decoded
 * once from the raw path), query parameters, headers and the body.
 */
public record HttpInput(
        Map<String, String> pathLabels,
        Map<String, Deque<String>> query,
        Function<String, String> header,
        byte[] body) {
}
