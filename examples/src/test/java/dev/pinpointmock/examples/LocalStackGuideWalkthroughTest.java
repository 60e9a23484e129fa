package dev.pinpointmock.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.pinpointmock.PinpointMockServer;
import dev.pinpointmock.junit5.PinpointMock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.pinpoint.PinpointClient;
import software.amazon.awssdk.services.pinpoint.model.ApplicationResponse;
import software.amazon.awssdk.services.pinpoint.model.SendOTPMessageRequestParameters;

/**
 * The flow of LocalStack's Pinpoint guide, step by step, through the AWS SDK: the same calls a reader of
 * that guide makes with the CLI, and the same debug route to read the code.
 */
@PinpointMock
class LocalStackGuideWalkthroughTest {

    @Test
    void walksTheGuide(PinpointClient pinpoint, PinpointMockServer server) throws Exception {
        ApplicationResponse app = pinpoint.createApp(r -> r.createApplicationRequest(
                a -> a.name("ExampleCorp").tags(Map.of("Stack", "Test")))).applicationResponse();
        assertThat(app.arn()).isEqualTo("arn:aws:mobiletargeting:us-east-1:000000000000:apps/" + app.id());
        assertThat(app.id()).matches("[0-9a-f]{32}");
        assertThat(app.creationDate()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");

        assertThat(pinpoint.getApps(r -> { }).applicationsResponse().item())
                .extracting(ApplicationResponse::name).containsExactly("ExampleCorp");

        assertThat(pinpoint.listTagsForResource(r -> r.resourceArn(app.arn())).tagsModel().tags())
                .containsExactly(Map.entry("Stack", "Test"));

        // The guide uses ValidityPeriod 2, which real Pinpoint refuses (5 to 60 minutes), so 5 here.
        SendOTPMessageRequestParameters otp = SendOTPMessageRequestParameters.builder()
                .brandName("LocalStack Community").channel("SMS").destinationIdentity("+1224364860")
                .referenceId("liftoffcampaign").originationIdentity("+1123581321")
                .codeLength(6).allowedAttempts(3).validityPeriod(5).build();
        assertThat(pinpoint.sendOTPMessage(r -> r.applicationId(app.id()).sendOTPMessageRequestParameters(otp))
                .messageResponse().applicationId()).isEqualTo(app.id());

        JsonObject stored = debugRecord(server, app.id(), "liftoffcampaign");
        assertThat(stored.get("Attempts").getAsInt()).isZero();
        assertThat(stored.get("BrandName").getAsString()).isEqualTo("LocalStack Community");
        String code = stored.get("Code").getAsString();

        assertThat(verify(pinpoint, app.id(), "000000".equals(code) ? "111111" : "000000")).isFalse();
        assertThat(verify(pinpoint, app.id(), code)).isTrue();
    }

    private static boolean verify(PinpointClient pinpoint, String appId, String code) {
        return pinpoint.verifyOTPMessage(r -> r.applicationId(appId).verifyOTPMessageRequestParameters(v -> v
                .referenceId("liftoffcampaign").destinationIdentity("+1224364860").otp(code)))
                .verificationResponse().valid();
    }

    private static JsonObject debugRecord(PinpointMockServer server, String appId, String reference)
            throws IOException, InterruptedException {
        URI uri = server.endpoint().resolve("/_aws/pinpoint/" + appId + "/" + reference);
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }
}
