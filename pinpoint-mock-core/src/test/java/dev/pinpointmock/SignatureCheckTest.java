package dev.pinpointmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pinpointmock.PlainHttp.Answer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.pinpoint.PinpointClient;
import software.amazon.awssdk.services.pinpoint.model.PinpointException;

/** A server given credentials checks every call's SigV4 signature and refuses others as AWS does. */
class SignatureCheckTest {

    private static final String KEY = "AKIDPINPOINTMOCK";
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRETKEY";

    private static final PinpointMockServer SERVER = PinpointMockServer.builder().credentials(KEY, SECRET).build()
            .start();
    private static final PlainHttp HTTP = new PlainHttp(SERVER.endpoint());

    @AfterAll
    static void close() {
        SERVER.close();
    }

    @Test
    void callsSignedWithTheConfiguredKeyAreServed() {
        try (PinpointClient client = SERVER.newClient()) {
            var app = client.createApp(r -> r.createApplicationRequest(a -> a.name("signed + sealed")
                    .tags(Map.of("a b", "c/d")))).applicationResponse();
            client.tagResource(r -> r.resourceArn(app.arn()).tagsModel(t -> t.tags(Map.of("x", "1"))));
            client.untagResource(r -> r.resourceArn(app.arn()).tagKeys("x", "a b"));

            assertThat(client.getApps(r -> r.pageSize("5")).applicationsResponse().item()).isNotEmpty();
            assertThat(client.listTagsForResource(r -> r.resourceArn(app.arn())).tagsModel().tags()).isEmpty();
        }
    }

    @Test
    void aWrongSecretIsAnInvalidSignature() {
        assertThatThrownBy(() -> call(KEY, "not-the-secret"))
                .isInstanceOfSatisfying(PinpointException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(403);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
                    assertThat(e.awsErrorDetails().errorMessage())
                            .startsWith("The request signature we calculated does not match");
                });
    }

    @Test
    void anotherAccessKeyIsAnUnrecognizedClient() {
        assertThatThrownBy(() -> call("AKIDSOMEONEELSE", SECRET))
                .isInstanceOfSatisfying(PinpointException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(403);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnrecognizedClientException");
                });
    }

    @Test
    void anUnsignedCallIsMissingItsAuthenticationToken() {
        Answer answer = HTTP.send("GET", "/v1/apps", (String) null)
                .assertError(403, "MissingAuthenticationTokenException");

        assertThat(answer.message()).isEqualTo("Missing Authentication Token");
    }

    @Test
    void anAuthorizationHeaderWithoutItsPartsIsAnIncompleteSignature() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(SERVER.endpoint().resolve("/v1/apps"))
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=" + KEY
                        + "/20261203/us-east-1/mobiletargeting/aws4_request")
                .GET());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).contains("IncompleteSignatureException");
        assertThat(response.body()).contains("Authorization header requires 'Signature' parameter.")
                .contains("Authorization header requires 'SignedHeaders' parameter.")
                .contains("either a 'X-Amz-Date' or a 'Date' header");
    }

    @Test
    void aRefusedCallIsJournaledInTheDefaultAccountAndRegionNotTheOnesItNames() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(SERVER.endpoint().resolve("/v1/apps"))
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=999988887777/20261203/eu-west-9/"
                        + "mobiletargeting/aws4_request")
                .GET());

        assertThat(response.statusCode()).isEqualTo(403);
        RecordedRequest refused = SERVER.requests().all().get(SERVER.requests().all().size() - 1);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.account()).isEqualTo(PinpointMockServer.DEFAULT_ACCOUNT);
        assertThat(refused.region()).isEqualTo(PinpointMockServer.DEFAULT_REGION);
    }

    @Test
    void aSecondCredentialBeforeTheSignedOneIsAnIncompleteSignature() throws Exception {
        HttpRequest.Builder request = signed("GET", "/v1/apps", "", Instant.now(), SECRET);
        assertThat(send(request).statusCode()).isEqualTo(200);
        String authorization = request.build().headers().firstValue("Authorization").orElseThrow();
        String forged = authorization.replace("AWS4-HMAC-SHA256 ",
                "AWS4-HMAC-SHA256 Credential=999988887777/20261203/eu-west-9/mobiletargeting/aws4_request, ");

        HttpResponse<String> response = send(request.setHeader("Authorization", forged));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).contains("IncompleteSignatureException");
        assertThat(response.body()).contains("'Credential' appears more than once");
    }

    @Test
    void aSignatureOlderThanFiveMinutesHasExpired() throws Exception {
        Instant old = Instant.now().minusSeconds(15 * 60);

        HttpResponse<String> response = send(signed("GET", "/v1/apps", "", old, SECRET));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).contains("InvalidSignatureException");
        assertThat(response.body()).contains("Signature expired");
    }

    @Test
    void aBodyChangedAfterSigningIsAnInvalidSignature() throws Exception {
        String body = "{\"Name\":\"original\"}";
        HttpRequest.Builder request = signed("POST", "/v1/apps", body, Instant.now(), SECRET);

        assertThat(send(request).statusCode()).isEqualTo(201);
        HttpResponse<String> tampered = send(request.POST(HttpRequest.BodyPublishers.ofString(
                "{\"Name\":\"tampered\"}")));
        assertThat(tampered.statusCode()).isEqualTo(403);
        assertThat(tampered.headers().firstValue("x-amzn-ErrorType")).contains("InvalidSignatureException");
    }

    @Test
    void theOtpDebugRouteIsCheckedToo() throws Exception {
        String appId;
        try (PinpointClient client = SERVER.newClient()) {
            appId = client.createApp(r -> r.createApplicationRequest(a -> a.name("debug"))).applicationResponse().id();
        }
        String path = "/_aws/pinpoint/" + appId + "/none";

        HTTP.send("GET", path, (String) null).assertError(403, "MissingAuthenticationTokenException");
        HttpResponse<String> signed = send(signed("GET", path, "", Instant.now(), SECRET));
        assertThat(signed.statusCode()).isEqualTo(404);
        assertThat(signed.body()).contains("No OTP was sent for reference ID none");
    }

    @Test
    void theSecretIsInNoDescriptionOfTheServer() {
        assertThat(SERVER.toString()).doesNotContain(SECRET);
    }

    private static void call(String key, String secret) {
        try (PinpointClient client = PinpointClient.builder()
                .endpointOverride(SERVER.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(key, secret)))
                .httpClientBuilder(ApacheHttpClient.builder())
                .build()) {
            client.getApps(r -> { });
        }
    }

    /** A request signed by the SDK's own signer at the given instant, for the Java HTTP client to send. */
    private static HttpRequest.Builder signed(String method, String path, String body, Instant at, String secret) {
        URI uri = SERVER.endpoint().resolve(path);
        SdkHttpRequest unsigned = SdkHttpRequest.builder()
                .method(SdkHttpMethod.fromValue(method))
                .uri(uri)
                .putHeader("Content-Type", "application/json")
                .build();
        SdkHttpRequest signedRequest = AwsV4HttpSigner.create().sign(r -> r
                .request(unsigned)
                .payload(ContentStreamProvider.fromUtf8String(body))
                .identity(AwsCredentialsIdentity.create(KEY, secret))
                .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "mobiletargeting")
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(at, ZoneOffset.UTC))).request();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(PlainHttp.TIMEOUT)
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        signedRequest.forEachHeader((name, values) -> {
            if (!name.equalsIgnoreCase("Host")) {
                values.forEach(value -> request.header(name, value));
            }
        });
        return request;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
