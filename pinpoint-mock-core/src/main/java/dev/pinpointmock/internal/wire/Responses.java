package dev.pinpointmock.internal.wire;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.HttpString;
import java.nio.ByteBuffer;

/** Writes a response: status, the request id header, and a JSON body when there is one. */
final class Responses {

    private static final HttpString CONTENT_TYPE = io.undertow.util.Headers.CONTENT_TYPE;

    private Responses() {
    }

    static void send(HttpServerExchange exchange, String requestId, int status, byte[] body) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.REQUEST_ID, requestId);
        if (body.length == 0) {
            exchange.setResponseContentLength(0);
            exchange.endExchange();
            return;
        }
        exchange.getResponseHeaders().put(CONTENT_TYPE, "application/json");
        exchange.setResponseContentLength(body.length);
        exchange.getResponseSender().send(ByteBuffer.wrap(body));
    }
}
