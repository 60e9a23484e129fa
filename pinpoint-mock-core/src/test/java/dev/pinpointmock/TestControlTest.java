package dev.pinpointmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.services.pinpoint.PinpointAsyncClient;
import software.amazon.awssdk.services.pinpoint.PinpointClient;
import software.amazon.awssdk.services.pinpoint.model.AddressConfiguration;
import software.amazon.awssdk.services.pinpoint.model.ApplicationResponse;
import software.amazon.awssdk.services.pinpoint.model.DeliveryStatus;
import software.amazon.awssdk.services.pinpoint.model.BadRequestException;
import software.amazon.awssdk.services.pinpoint.model.GetAppRequest;
import software.amazon.awssdk.services.pinpoint.model.InternalServerErrorException;
import software.amazon.awssdk.services.pinpoint.model.NotFoundException;
import software.amazon.awssdk.services.pinpoint.model.TooManyRequestsException;

/** Seeds, fixed codes, faults, the request journal, accounts and the async client. */
class TestControlTest {

    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable closeable : open) {
            closeable.close();
        }
    }

    private <T extends AutoCloseable> T open(T closeable) {
        open.add(closeable);
        return closeable;
    }

    private PinpointMockServer server(PinpointMockServer.Builder builder) {
        return open(builder.build().start());
    }

    private static String createApp(PinpointClient client, String name) {
        return client.createApp(r -> r.createApplicationRequest(a -> a.name(name))).applicationResponse().id();
    }

    private static void sendOtp(PinpointClient client, String appId) {
        client.sendOTPMessage(r -> r.applicationId(appId).sendOTPMessageRequestParameters(p -> p.brandName("B")
                .channel("SMS").destinationIdentity("+12065550100").originationIdentity("+12065550199")
                .referenceId("ref")));
    }

    @Test
    void theSameSeedGivesTheSameIdsAndCodes() {
        List<String> runs = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            PinpointMockServer server = server(PinpointMockServer.builder().seed(7));
            PinpointClient client = open(server.newClient());
            String appId = createApp(client, "seeded");
            sendOtp(client, appId);
            runs.add(appId + "/" + server.otps().latest().code());
        }

        assertThat(runs.get(0)).isEqualTo(runs.get(1));
    }

    @Test
    void fixedCodesAreSentInOrderThenRandomOnesResume() {
        PinpointMockServer server = server(PinpointMockServer.builder());
        PinpointClient client = open(server.newClient());
        String appId = createApp(client, "fixed");
        server.fixNextOtpCodes("123456", "654321");

        sendOtp(client, appId);
        sendOtp(client, appId);
        sendOtp(client, appId);

        assertThat(server.otps().all()).extracting(GeneratedOtp::code).startsWith("123456", "654321");
        assertThat(client.verifyOTPMessage(r -> r.applicationId(appId).verifyOTPMessageRequestParameters(v -> v
                .referenceId("ref").destinationIdentity("+12065550100").otp(server.otps().latest().code())))
                .verificationResponse().valid()).isTrue();
    }

    @Test
    void aFixedCodeOfTheWrongLengthIsRefusedLoudly() {
        PinpointMockServer server = server(PinpointMockServer.builder());
        PinpointClient client = open(server.newClient());
        String appId = createApp(client, "fixed");
        server.fixNextOtpCodes("12345");

        assertThatThrownBy(() -> sendOtp(client, appId)).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("CodeLength 6");
        assertThatThrownBy(() -> server.fixNextOtpCodes("12a4")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> server.fixNextOtpCodes("12")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("5 to 8 digits");
    }

    @Test
    void countedFaultsAnswerTheNextCallsThenStop() {
        PinpointMockServer server = server(PinpointMockServer.builder());
        PinpointClient client = open(server.clientBuilder().overrideConfiguration(c -> c.retryStrategy(
                r -> r.maxAttempts(1))).build());
        String appId = createApp(client, "faulty");
        server.faults().on("GetApp").times(2).respond(PinpointError.INTERNAL_SERVER_ERROR, "Boom");

        assertThatThrownBy(() -> client.getApp(r -> r.applicationId(appId)))
                .isInstanceOf(InternalServerErrorException.class).hasMessageStartingWith("Boom");
        assertThatThrownBy(() -> client.getApp(r -> r.applicationId(appId)))
                .isInstanceOf(InternalServerErrorException.class);
        assertThat(client.getApp(r -> r.applicationId(appId)).applicationResponse().id()).isEqualTo(appId);
    }

    @Test
    void aFaultedCallChangesNothing() {
        PinpointMockServer server = server(PinpointMockServer.builder());
        PinpointClient client = open(server.newClient());
        server.faults().on("CreateApp").respond(PinpointError.BAD_REQUEST);

        assertThatThrownBy(() -> createApp(client, "never")).isInstanceOf(BadRequestException.class);
        assertThat(client.getApps(r -> { }).applicationsResponse().item()).isEmpty();
    }

    @Test
    void theSdksDefaultRetryPolicyRetriesAThrottledCallAndSucceeds() {
        PinpointMockServer server = server(PinpointMockServer.builder());
        PinpointClient client = open(server.newClient());
        String appId = createApp(client, "throttled");
        server.faults().on("SendOTPMessage").times(2).respond(PinpointError.TOO_MANY_REQUESTS);

        sendOtp(client, appId);

        assertThat(server.requests().ofOperation("SendOTPMessage")).extracting(RecordedRequest::status)
                .containsExactly(429, 429, 200);
        assertThat(server.otps().all()).hasSize(1);
    }

    @Test
    void theSdksDefaultRetryPolicyRetriesAThrottledSendMessages() {
        PinpointMockServer server = server(PinpointMockServer.builder());
        PinpointClient client = open(server.newClient());
        String appId = createApp(client, "throttled");
        client.updateSmsChannel(r -> r.applicationId(appId).smsChannelRequest(c -> c.enabled(true)));
        server.faults().on("SendMessages").times(2).respond(PinpointError.TOO_MANY_REQUESTS);

        var result = client.sendMessages(r -> r.applicationId(appId).messageRequest(m -> m
                .addresses(Map.of("+12065550100", AddressConfiguration.builder().channelType("SMS").build()))
                .messageConfiguration(c -> c.smsMessage(sms -> sms.body("Your order shipped")))))
                .messageResponse().result().get("+12065550100");

        assertThat(result.deliveryStatus()).isEqualTo(DeliveryStatus.SUCCESSFUL);
        assertThat(server.requests().ofOperation("SendMessages")).extracting(RecordedRequest::status)
                .containsExactly(429, 429, 200);
        assertThat(server.messages().all()).singleElement()
                .satisfies(message -> assertThat(message.body()).isEqualTo("Your order shipped"));
    }

    @Test
    void aThrottledCallBeyondTheRetriesReachesTheCaller() {
        PinpointMockServer server = server(PinpointMockServer.builder());
        PinpointClient client = open(server.clientBuilder().overrideConfiguration(c -> c.retryStrategy(
                r -> r.maxAttempts(1))).build());
        server.faults().onEveryOperation().respond(PinpointError.TOO_MANY_REQUESTS);

        assertThatThrownBy(() -> client.getApps(r -> { })).isInstanceOf(TooManyRequestsException.class);
    }

    @Test
    void fractionsFailTheSameCallsUnderTheSameSeed() {
        List<List<Integer>> runs = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            PinpointMockServer server = server(PinpointMockServer.builder().seed(3));
            PinpointClient client = open(server.clientBuilder().overrideConfiguration(c -> c.retryStrategy(
                    r -> r.maxAttempts(1))).build());
            server.faults().on("GetApps").fraction(0.5).respond(PinpointError.INTERNAL_SERVER_ERROR);
            for (int i = 0; i < 20; i++) {
                try {
                    client.getApps(r -> { });
                } catch (InternalServerErrorException expected) {
                    // counted below from the journal
                }
            }
            runs.add(server.requests().all().stream().map(RecordedRequest::status).toList());
        }

        assertThat(runs.get(0)).isEqualTo(runs.get(1)).contains(200, 500);
    }

    @Test
    void aDelayedAnswerLetsTheClientsTimeoutFire() {
        PinpointMockServer server = server(PinpointMockServer.builder());
        PinpointClient client = open(server.clientBuilder().overrideConfiguration(c -> c
                .apiCallTimeout(Duration.ofMillis(200)).retryStrategy(r -> r.maxAttempts(1))).build());
        server.faults().on("GetApps").delay(Duration.ofSeconds(2));

        assertThatThrownBy(() -> client.getApps(r -> { })).isInstanceOf(ApiCallTimeoutException.class);
        PinpointClient patient = open(server.newClient());
        assertThat(patient.getApps(r -> { }).applicationsResponse().item()).isEmpty();
    }

    @Test
    void theJournalRecordsEveryCallWithItsDecodedRequest() {
        PinpointMockServer server = server(PinpointMockServer.builder());
        PinpointClient client = open(server.newClient());
        server.clock().freeze();
        String appId = createApp(client, "journaled");

        client.getApp(r -> r.applicationId(appId));
        assertThatThrownBy(() -> client.getApp(r -> r.applicationId("0".repeat(32))))
                .isInstanceOf(NotFoundException.class);

        List<RecordedRequest> gets = server.requests().ofOperation("GetApp");
        assertThat(gets).hasSize(2);
        assertThat(gets.get(0).requestAs(GetAppRequest.class).applicationId()).isEqualTo(appId);
        assertThat(gets.get(0).applicationId()).isEqualTo(appId);
        assertThat(gets.get(0).time()).isEqualTo(server.clock().now().truncatedTo(ChronoUnit.MILLIS));
        assertThat(gets.get(1).errorType()).isEqualTo("NotFoundException");
        assertThat(gets.get(1).status()).isEqualTo(404);
        assertThat(server.requests().count("CreateApp")).isEqualTo(1);
        assertThat(server.requests().total()).isEqualTo(3);
    }

    @Test
    void accountsAndRegionsKeepTheirOwnState() {
        PinpointMockServer server = server(PinpointMockServer.builder());
        PinpointClient defaultAccount = open(server.newClient());
        PinpointClient otherAccount = open(server.newClient("us-east-1", "111122223333"));

        String appId = createApp(otherAccount, "other");
        ApplicationResponse app = otherAccount.getApp(r -> r.applicationId(appId)).applicationResponse();

        assertThat(app.arn()).isEqualTo("arn:aws:mobiletargeting:us-east-1:111122223333:apps/" + appId);
        assertThat(defaultAccount.getApps(r -> { }).applicationsResponse().item()).isEmpty();
        assertThat(server.requests().ofOperation("CreateApp").get(0).account()).isEqualTo("111122223333");
    }

    @Test
    void theAsyncClientReachesTheSameState() throws Exception {
        PinpointMockServer server = server(PinpointMockServer.builder());
        PinpointAsyncClient async = open(server.asyncClientBuilder().build());
        PinpointClient sync = open(server.newClient());

        String appId = async.createApp(r -> r.createApplicationRequest(a -> a.name("async"))).get()
                .applicationResponse().id();

        assertThat(sync.getApp(r -> r.applicationId(appId)).applicationResponse().name()).isEqualTo("async");
    }

    @Test
    void resetForgetsStateButKeepsTheClock() {
        PinpointMockServer server = server(PinpointMockServer.builder());
        PinpointClient client = open(server.newClient());
        createApp(client, "gone");
        server.clock().advance(Duration.ofDays(1));
        var before = server.clock().now();

        server.reset();

        assertThat(client.getApps(r -> { }).applicationsResponse().item()).isEmpty();
        assertThat(server.requests().all()).hasSize(1);
        assertThat(server.clock().now()).isAfterOrEqualTo(before);
    }

    @Test
    void unknownOperationNamesAreRefusedWhenTheFaultIsWritten() {
        PinpointMockServer server = server(PinpointMockServer.builder());

        assertThatThrownBy(() -> server.faults().on("SendMessage"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SendMessages");
    }
}
