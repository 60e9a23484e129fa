package dev.pinpointmock;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** What travels on the wire, checked on raw HTTP: statuses, headers, the error shape, path decoding. */
class WireFormatTest {

    private static final ServerFixture FIXTURE = new ServerFixture();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @AfterAll
    static void close() {
        FIXTURE.close();
    }

    private static HttpResponse<String> call(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(FIXTURE.server.endpoint() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void assertErrorShape(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue(type);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        String requestId = response.headers().firstValue("x-amzn-RequestId").orElseThrow();
        JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
        assertThat(body.keySet()).containsExactlyInAnyOrder("Message", "RequestID");
        assertThat(body.get("RequestID").getAsString()).isEqualTo(requestId);
        assertThat(body.get("Message").getAsString()).isNotBlank();
    }

    @Test
    void createAppIsA201WithTheApplicationAtTheRootOfTheBody() throws Exception {
        HttpResponse<String> response = call("POST", "/v1/apps", "{\"Name\":\"raw\",\"Unknown\":[1]}");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
        JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
        assertThat(body.keySet()).containsExactlyInAnyOrder("Arn", "Id", "Name", "CreationDate", "tags");
        assertThat(body.get("CreationDate").isJsonPrimitive() && body.get("CreationDate").getAsJsonPrimitive()
                .isString()).isTrue();
    }

    @Test
    void tagResourceIsA204WithNoBodyAndTheArnTravelsPercentEncoded() throws Exception {
        String id = FIXTURE.createApp("tags");
        String encodedArn = "arn%3Aaws%3Amobiletargeting%3Aus-east-1%3A000000000000%3Aapps%2F" + id;

        HttpResponse<String> tagged = call("POST", "/v1/tags/" + encodedArn, "{\"tags\":{\"Stack\":\"Test\"}}");
        HttpResponse<String> listed = call("GET", "/v1/tags/" + encodedArn, null);

        assertThat(tagged.statusCode()).isEqualTo(204);
        assertThat(tagged.body()).isEmpty();
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).isEqualTo("{\"tags\":{\"Stack\":\"Test\"}}");
    }

    @Test
    void untagTakesRepeatedTagKeys() throws Exception {
        String id = FIXTURE.createApp("untag");
        String encodedArn = "arn%3Aaws%3Amobiletargeting%3Aus-east-1%3A000000000000%3Aapps%2F" + id;
        call("POST", "/v1/tags/" + encodedArn, "{\"tags\":{\"a\":\"1\",\"b\":\"2\",\"c\":\"3\"}}");

        HttpResponse<String> untagged = call("DELETE", "/v1/tags/" + encodedArn + "?tagKeys=a&tagKeys=c", null);

        assertThat(untagged.statusCode()).isEqualTo(204);
        assertThat(call("GET", "/v1/tags/" + encodedArn, null).body()).isEqualTo("{\"tags\":{\"b\":\"2\"}}");
    }

    @Test
    void aModelledErrorHasPinpointsShape() throws Exception {
        assertErrorShape(call("GET", "/v1/apps/" + "0".repeat(32), null), 404, "NotFoundException");
    }

    @Test
    void malformedJsonIsABadRequest() throws Exception {
        assertErrorShape(call("POST", "/v1/apps", "{\"Name\":"), 400, "BadRequestException");
        assertErrorShape(call("POST", "/v1/apps", "[1,2]"), 400, "BadRequestException");
        assertErrorShape(call("POST", "/v1/apps", "{\"Name\":[\"x\"]}"), 400, "BadRequestException");
        assertErrorShape(call("POST", "/v1/apps", ""), 400, "BadRequestException");
    }

    @Test
    void anUnknownPathIsA404InTheSameShape() throws Exception {
        assertErrorShape(call("GET", "/v1/nothing/here", null), 404, "NotFoundException");
    }

    @Test
    void aKnownPathWithTheWrongMethodIsA405() throws Exception {
        assertErrorShape(call("PATCH", "/v1/apps", "{}"), 405, "MethodNotAllowedException");
    }

    @Test
    void theDebugRouteAnswersA404WhenNoCodeWasSent() throws Exception {
        String id = FIXTURE.createApp("debug");

        assertErrorShape(call("GET", "/_aws/pinpoint/" + id + "/nothing", null), 404, "NotFoundException");
        assertErrorShape(call("GET", "/_aws/pinpoint/" + "0".repeat(32) + "/nothing", null), 404,
                "NotFoundException");
    }

    @Test
    void theDebugRouteShowsTheStoredCode() throws Exception {
        String id = FIXTURE.createApp("debug");
        call("POST", "/v1/apps/" + id + "/otp", "{\"BrandName\":\"B\",\"Channel\":\"SMS\",\"DestinationIdentity\":"
                + "\"+12065550100\",\"OriginationIdentity\":\"+12065550199\",\"ReferenceId\":\"a b+c\","
                + "\"CodeLength\":5,\"AllowedAttempts\":2,\"ValidityPeriod\":7}");

        HttpResponse<String> response = call("GET", "/_aws/pinpoint/" + id + "/a%20b%2Bc", null);

        JsonObject record = JsonParser.parseString(response.body()).getAsJsonObject();
        assertThat(record.keySet()).containsExactly("AllowedAttempts", "BrandName", "CodeLength",
                "DestinationIdentity", "OriginationIdentity", "ReferenceId", "ValidityPeriod", "Attempts",
                "ApplicationId", "CreatedTimestamp", "Code");
        assertThat(record.get("ReferenceId").getAsString()).isEqualTo("a b+c");
        assertThat(record.get("Code").getAsString())
                .isEqualTo(FIXTURE.server.otps().forReference(id, "a b+c").code());
        assertThat(record.get("CreatedTimestamp").getAsString()).matches(".*T.*\\.\\d{3}Z");
    }
}
