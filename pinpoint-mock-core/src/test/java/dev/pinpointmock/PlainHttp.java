package dev.pinpointmock;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/** Plain HTTP calls to a server, for what the SDK would never send; every call times out. */
final class PlainHttp {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI endpoint;
    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    PlainHttp(URI endpoint) {
        this.endpoint = endpoint;
    }

    Answer send(String method, String pathAndQuery, byte[] body) {
        return send(method, pathAndQuery, body, "application/json");
    }

    Answer send(String method, String pathAndQuery, byte[] body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint + pathAndQuery))
                .timeout(TIMEOUT)
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().firstValue("x-amzn-ErrorType"),
                    response.headers().firstValue("x-amzn-RequestId"),
                    new String(response.body(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + pathAndQuery, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Answer send(String method, String pathAndQuery, String body) {
        return send(method, pathAndQuery, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    /** What came back: status, the two AWS headers, and the body as text. */
    record Answer(int status, Optional<String> errorType, Optional<String> requestId, String body) {

        JsonObject json() {
            JsonElement parsed = JsonParser.parseString(body);
            return parsed.getAsJsonObject();
        }

        String message() {
            return json().get("Message").getAsString();
        }

        /** Asserts Pinpoint's error shape: both headers, and a JSON body with Message and RequestID. */
        Answer assertErrorShape() {
            assertThat(status).as("status of %s", body).isGreaterThanOrEqualTo(400);
            assertThat(errorType).as("x-amzn-ErrorType of %s", body).isPresent();
            assertThat(requestId).as("x-amzn-RequestId of %s", body).isPresent();
            JsonObject json = json();
            assertThat(json.has("Message") && json.get("Message").isJsonPrimitive()).as(body).isTrue();
            assertThat(json.has("RequestID") && json.get("RequestID").isJsonPrimitive()).as(body).isTrue();
            assertThat(json.get("RequestID").getAsString()).isEqualTo(requestId.get());
            return this;
        }

        Answer assertError(int expectedStatus, String expectedType) {
            assertErrorShape();
            assertThat(status).as(body).isEqualTo(expectedStatus);
            assertThat(errorType).contains(expectedType);
            return this;
        }
    }
}
