package dev.pinpointmock.internal.wire;

import dev.pinpointmock.internal.service.Errors;
import io.undertow.server.HttpServerExchange;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.util.function.BiConsumer;
import software.amazon.awssdk.services.pinpoint.model.PayloadTooLargeException;

/**
 * The largest request body each operation accepts, from Pinpoint's quotas page: "The maximum size of an
 * invocation (request and response) payload is 7 MB, unless otherwise specified", and 4 MB for a request of
 * the events API (PutEvents). A megabyte is taken as 2^20 bytes. A larger body is answered with
 * {@code PayloadTooLargeException} (413) and none of it is decoded.
 *
 * <p>An oversized body is read to its end and thrown away before the answer, up to {@value #DRAIN_LIMIT}
 * bytes, so that a client still sending it reads the 413 instead of a reset connection; past that the
 * server answers at once and closes the connection.
 */
public final class BodyLimits {

    /** The general limit: 7 MiB. */
    public static final long DEFAULT_MAX_BYTES = 7L * 1024 * 1024;
    /** PutEvents' limit: 4 MiB. */
    public static final long EVENTS_MAX_BYTES = 4L * 1024 * 1024;
    /** How much of an oversized body is read and discarded before answering. */
    public static final long DRAIN_LIMIT = 64L * 1024 * 1024;

    private BodyLimits() {
    }

    public static long maxBytes(String operation) {
        return "PutEvents".equals(operation) ? EVENTS_MAX_BYTES : DEFAULT_MAX_BYTES;
    }

    static PayloadTooLargeException tooLarge(String operation) {
        long limit = maxBytes(operation);
        return Errors.payloadTooLarge("The request body of " + operation + " must be at most " + limit
                + " bytes (" + limit / (1024 * 1024) + " MB)");
    }

    /**
     * Reads a body without blocking and hands it to {@code served}, or hands {@code refused} the exchange and
     * the failure when the body is too large or cannot be read.
     */
    static void receive(HttpServerExchange exchange, String operation, BiConsumer<HttpServerExchange, byte[]> served,
                        BiConsumer<HttpServerExchange, RuntimeException> refused) {
        long limit = maxBytes(operation);
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        long[] seen = {0};
        boolean[] answered = {false};
        exchange.getRequestReceiver().receivePartialBytes((current, chunk, last) -> {
            if (answered[0]) {
                return;
            }
            seen[0] += chunk.length;
            if (seen[0] <= limit) {
                kept.writeBytes(chunk);
            }
            if (last || seen[0] > DRAIN_LIMIT) {
                answered[0] = true;
                if (seen[0] > limit) {
                    refused.accept(current, tooLarge(operation));
                } else {
                    served.accept(current, kept.toByteArray());
                }
            }
        }, (current, error) -> {
            if (!answered[0]) {
                answered[0] = true;
                refused.accept(current, new UncheckedIOException(error));
            }
        });
    }
}
