package dev.pinpointmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pinpointmock.PlainHttp.Answer;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.pinpoint.model.BadRequestException;

/** What every operation does with input the model or AWS's documentation forbids, sent as plain HTTP. */
class ValidationTest {

    private static final ServerFixture FIXTURE = new ServerFixture();
    private static final PlainHttp HTTP = new PlainHttp(FIXTURE.server.endpoint());

    private String appId;

    @BeforeEach
    void createApp() {
        appId = FIXTURE.createApp("validation");
    }

    @AfterAll
    static void close() {
        FIXTURE.close();
    }

    @Test
    void aMissingRequiredMemberIsABadRequestNamingIt() {
        Answer answer = HTTP.send("POST", "/v1/apps", "{\"tags\":{}}").assertError(400, "BadRequestException");

        assertThat(answer.message()).isEqualTo("Missing Name");
    }

    @Test
    void anEmptyBodyWhereAPayloadIsRequiredIsABadRequest() {
        assertThat(HTTP.send("POST", "/v1/apps", (String) null).assertError(400, "BadRequestException").message())
                .startsWith("Missing");
        assertThat(HTTP.send("POST", "/v1/apps/" + appId + "/otp", "null").assertError(400, "BadRequestException")
                .message()).startsWith("Missing");
    }

    @Test
    void aStringWhereAListBelongsIsABadRequestNamingTheMember() {
        Answer answer = HTTP.send("PUT", "/v1/apps/" + appId + "/endpoints", "{\"Item\":\"one\"}")
                .assertError(400, "BadRequestException");

        assertThat(answer.message()).isEqualTo("Item must be a list");
    }

    @Test
    void aWrongTypeDeepInsideTheBodyNamesTheWholePath() {
        Answer answer = HTTP.send("PUT", "/v1/apps/" + appId + "/endpoints",
                "{\"Item\":[{\"Id\":\"a\"},{\"Id\":\"b\",\"Location\":{\"Latitude\":\"north\"}}]}")
                .assertError(400, "BadRequestException");

        assertThat(answer.message()).startsWith("Item[1].Location.Latitude must be a number");
    }

    @Test
    void aListWhereAMapBelongsIsABadRequestNamingTheMember() {
        assertThat(HTTP.send("POST", "/v1/apps", "{\"Name\":\"x\",\"tags\":[\"a\"]}")
                .assertError(400, "BadRequestException").message()).isEqualTo("tags must be a JSON object");
    }

    @Test
    void aValueOutsideTheModelsEnumIsABadRequestListingTheAllowedValues() {
        Answer answer = HTTP.send("PUT", "/v1/apps/" + appId + "/endpoints/e1", "{\"ChannelType\":\"FAX\"}")
                .assertError(400, "BadRequestException");

        assertThat(answer.message()).startsWith("ChannelType must be one of PUSH, GCM").endsWith("not FAX");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"Name\":123}", "{\"Name\":true}", "{\"Name\":\"x\",\"tags\":{\"a\":1}}"})
    void aNumberOrBooleanWhereAStringBelongsIsABadRequest(String body) {
        assertThat(HTTP.send("POST", "/v1/apps", body).assertError(400, "BadRequestException").message())
                .endsWith("must be a string");
        assertThat(FIXTURE.client.getApps(r -> r.pageSize("100")).applicationsResponse().item())
                .noneMatch(app -> app.name().equals("123") || app.name().equals("true"));
    }

    @Test
    void aStringWhereANumberOrBooleanBelongsIsABadRequest() {
        String otp = "{\"BrandName\":\"b\",\"Channel\":\"SMS\",\"DestinationIdentity\":\"+12065550100\","
                + "\"ReferenceId\":\"r\",\"OriginationIdentity\":\"+12065550199\",\"CodeLength\":\"6\"}";
        assertThat(HTTP.send("POST", "/v1/apps/" + appId + "/otp", otp).assertError(400, "BadRequestException")
                .message()).isEqualTo("CodeLength must be an integer");
        assertThat(HTTP.send("POST", "/v1/apps/" + appId + "/messages",
                "{\"MessageConfiguration\":{\"GCMMessage\":{\"SilentPush\":\"TRUE\"}}}")
                .assertError(400, "BadRequestException").message())
                .isEqualTo("MessageConfiguration.GCMMessage.SilentPush must be a boolean");
    }

    @Test
    void aBodyThatIsNotUtf8IsABadRequestNotSilentlyRepaired() {
        byte[] latin1 = "{\"Name\":\"caf\u00e9\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        assertThat(HTTP.send("POST", "/v1/apps", latin1).assertError(400, "BadRequestException").message())
                .isEqualTo("The request body is not valid UTF-8");
        assertThat(FIXTURE.client.getApps(r -> r.pageSize("100")).applicationsResponse().item())
                .noneMatch(app -> app.name().startsWith("caf"));
    }

    @Test
    void aNullInsideAMapOrListIsLeftOutAsIfNotSent() {
        FIXTURE.client.updateSmsChannel(r -> r.applicationId(appId).smsChannelRequest(s -> s.enabled(true)));
        int before = FIXTURE.server.messages().all().size();

        Answer answer = HTTP.send("POST", "/v1/apps/" + appId + "/messages", "{\"MessageConfiguration\":"
                + "{\"SMSMessage\":{\"Body\":\"hi\"}},\"Context\":{\"k\":null,\"kept\":\"v\"},"
                + "\"Addresses\":{\"+12065550101\":{\"ChannelType\":\"SMS\"},\"+12065550102\":null}}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("+12065550101").doesNotContain("+12065550102");
        assertThat(FIXTURE.server.messages().all()).hasSize(before + 1);
        assertThat(FIXTURE.server.messages().all().get(before).context()).isEqualTo(java.util.Map.of("kept", "v"));
        assertThat(HTTP.send("PUT", "/v1/apps/" + appId + "/endpoints/e1", "{\"ChannelType\":\"SMS\","
                + "\"Address\":\"+12065550103\",\"Metrics\":{\"m\":null},\"Attributes\":{\"a\":[\"x\",null]}}")
                .status()).isEqualTo(202);
        var endpoint = FIXTURE.client.getEndpoint(r -> r.applicationId(appId).endpointId("e1")).endpointResponse();
        assertThat(endpoint.metrics()).isEmpty();
        assertThat(endpoint.attributes()).isEqualTo(java.util.Map.of("a", java.util.List.of("x")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"Name\":", "{Name:\"x\"}", "{'Name':'x'}", "{\"Name\":\"x\"} trailing",
        "{\"Name\":\"x\",}", "{\"Name\":\"x\"} // comment", "\u0000", "{\"Name\":NaN}"})
    void malformedJsonIsABadRequest(String body) {
        assertThat(HTTP.send("POST", "/v1/apps", body).assertError(400, "BadRequestException").message())
                .startsWith("The request body is not valid JSON");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[]", "[{\"Name\":\"x\"}]", "\"x\"", "42", "true"})
    void anArrayOrScalarWhereAnObjectBelongsIsABadRequest(String body) {
        assertThat(HTTP.send("POST", "/v1/apps", body).assertError(400, "BadRequestException").message())
                .isEqualTo("The request body must be a JSON object");
    }

    @Test
    void deeplyNestedJsonIsABadRequestNotACrash() {
        String deep = "{\"Name\":\"x\",\"tags\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";

        HTTP.send("POST", "/v1/apps", deep).assertError(400, "BadRequestException");
    }

    @Test
    void aHugeNumberLiteralIsRefusedQuickly() {
        String body = "{\"BrandName\":\"b\",\"Channel\":\"SMS\",\"DestinationIdentity\":\"+15555550100\","
                + "\"OriginationIdentity\":\"+15555550199\",\"ReferenceId\":\"r\",\"CodeLength\":"
                + "9".repeat(1000) + "}";

        assertThat(HTTP.send("POST", "/v1/apps/" + appId + "/otp", body).assertError(400, "BadRequestException")
                .message()).startsWith("CodeLength must be a number of at most");
        HTTP.send("POST", "/v1/apps/" + appId + "/otp", body.replace("9".repeat(1000), "9".repeat(1_000_000)))
                .assertError(400, "BadRequestException");
    }

    @Test
    void aNumberNoDoubleHoldsIsABadRequest() {
        Answer answer = HTTP.send("PUT", "/v1/apps/" + appId + "/endpoints/e1", "{\"Metrics\":{\"spend\":1e400}}")
                .assertError(400, "BadRequestException");

        assertThat(answer.message()).isEqualTo("Metrics.spend must be a finite number, not 1e400");
    }

    @Test
    void unknownMembersAreIgnoredAsAwsDoes() {
        Answer answer = HTTP.send("POST", "/v1/apps",
                "{\"Name\":\"ignored-members\",\"Colour\":\"blue\",\"Nested\":{\"a\":[1,{\"b\":null}]}}");

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json().get("Name").getAsString()).isEqualTo("ignored-members");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/v1", "/v1/nothing", "/v2/apps", "/v1/apps/" + "a/b/c/d/e", "/v1/apps%2Fx/y"})
    void anUnknownPathIsANotFoundInPinpointsErrorShape(String path) {
        HTTP.send("GET", path, (String) null).assertError(404, "NotFoundException");
    }

    @Test
    void aKnownPathWithTheWrongMethodIsMethodNotAllowed() {
        HTTP.send("PATCH", "/v1/apps", "{}").assertError(405, "MethodNotAllowedException");
        HTTP.send("DELETE", "/v1/apps", (String) null).assertError(405, "MethodNotAllowedException");
        HTTP.send("POST", "/v1/apps/" + appId, "{}").assertError(405, "MethodNotAllowedException");
    }

    @Test
    void aBodyOverSevenMegabytesIsPayloadTooLarge() {
        byte[] body = padded("{\"Name\":\"big\"}", 7 * 1024 * 1024 + 1);

        Answer answer = HTTP.send("POST", "/v1/apps", body).assertError(413, "PayloadTooLargeException");

        assertThat(answer.message()).contains("7340032 bytes");
        assertThat(appNames()).doesNotContain("big");
    }

    @Test
    void aBodyJustUnderSevenMegabytesIsServed() {
        Answer answer = HTTP.send("POST", "/v1/apps", padded("{\"Name\":\"almost-too-big\"}", 7 * 1024 * 1024));

        assertThat(answer.status()).isEqualTo(201);
    }

    @Test
    void aPutEventsBodyOverFourMegabytesIsPayloadTooLarge() {
        HTTP.send("POST", "/v1/apps/" + appId + "/events", padded("{\"BatchItem\":{}}", 4 * 1024 * 1024 + 1))
                .assertError(413, "PayloadTooLargeException");
    }

    @Test
    void aChunkedBodyWithoutALengthIsStoppedAtTheLimitToo() throws Exception {
        byte[] body = padded("{\"Name\":\"chunked\"}", 7 * 1024 * 1024 + 100);
        HttpRequest request = HttpRequest.newBuilder(FIXTURE.server.endpoint().resolve("/v1/apps"))
                .timeout(PlainHttp.TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();

        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).contains("PayloadTooLargeException");
    }

    @Test
    void aRejectedCreateChangesNothing() {
        int before = appNames().size();

        HTTP.send("POST", "/v1/apps", "{\"Name\":\"rejected\",\"tags\":{\"aws:reserved\":\"x\"}}")
                .assertError(400, "BadRequestException");

        assertThat(appNames()).hasSize(before).doesNotContain("rejected");
    }

    @Test
    void aRejectedTagChangesNoTag() {
        String arn = FIXTURE.client.getApp(r -> r.applicationId(appId)).applicationResponse().arn();
        FIXTURE.client.tagResource(r -> r.resourceArn(arn).tagsModel(t -> t.tags(Map.of("kept", "1"))));
        Map<String, String> tooMany = new HashMap<>();
        for (int i = 0; i < 51; i++) {
            tooMany.put("k" + i, "v");
        }

        assertThatThrownBy(() -> FIXTURE.client.tagResource(r -> r.resourceArn(arn).tagsModel(t -> t.tags(tooMany))))
                .isInstanceOf(BadRequestException.class);

        assertThat(FIXTURE.client.listTagsForResource(r -> r.resourceArn(arn)).tagsModel().tags())
                .containsExactly(Map.entry("kept", "1"));
    }

    private static java.util.List<String> appNames() {
        return FIXTURE.client.getApps(r -> r.pageSize("1000")).applicationsResponse().item().stream()
                .map(app -> app.name())
                .toList();
    }

    /** A JSON body padded with trailing spaces to exactly {@code size} bytes. */
    private static byte[] padded(String json, int size) {
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) ' ');
        byte[] text = json.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(text, 0, body, 0, text.length);
        return body;
    }
}
