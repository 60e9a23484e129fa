package dev.pinpointmock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Sends hand-written JSON to a server, for bodies the SDK would never write. */
final class RawHttp {

    record Reply(int status, String errorType, String body) {
    }

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private RawHttp() {
    }

    static Reply send(PinpointMockServer server, String method, String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.endpoint() + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json")
                .build();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(),
                    response.headers().firstValue("x-amzn-ErrorType").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
