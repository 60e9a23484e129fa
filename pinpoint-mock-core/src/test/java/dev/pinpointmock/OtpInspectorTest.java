package dev.pinpointmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.pinpoint.PinpointAsyncClient;

class OtpInspectorTest {

    private static final ServerFixture FIXTURE = new ServerFixture();
    private static final OtpInspector OTPS = FIXTURE.server.otps();

    @AfterAll
    static void close() {
        FIXTURE.close();
    }

    private static void send(String appId, String phone, String reference) {
        FIXTURE.client.sendOTPMessage(r -> r.applicationId(appId).sendOTPMessageRequestParameters(p -> p
                .brandName("B").channel("SMS").destinationIdentity(phone).originationIdentity("+12065550199")
                .referenceId(reference)));
    }

    @Test
    void readsCodesByDestinationReferenceAndOrder() {
        String appId = FIXTURE.createApp("inspect");
        send(appId, "+12065550101", "one");
        send(appId, "+12065550102", "two");
        send(appId, "+12065550101", "three");

        assertThat(OTPS.latestFor("+12065550101").referenceId()).isEqualTo("three");
        assertThat(OTPS.forReference(appId, "two").destinationIdentity()).isEqualTo("+12065550102");
        assertThat(OTPS.latest().referenceId()).isEqualTo("three");
        assertThat(OTPS.find(otp -> otp.referenceId().equals("one"))).isPresent();
        assertThat(OTPS.all()).extracting(GeneratedOtp::referenceId).containsSubsequence("one", "two", "three");
    }

    @Test
    void aReadThatFindsNothingSaysWhatWasSent() {
        String appId = FIXTURE.createApp("inspect");
        send(appId, "+12065550103", "sent");

        assertThatThrownBy(() -> OTPS.latestFor("+12065550199"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("No OTP was sent for destination +12065550199")
                .hasMessageContaining("+12065550103 (reference sent)");
    }

    @Test
    void anEmptyServerSaysToCheckTheEndpoint() {
        try (PinpointMockServer empty = PinpointMockServer.builder().build()) {
            assertThatThrownBy(() -> empty.otps().latest())
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("No OTP has been sent to this server at all");
        }
    }

    @Test
    void awaitReturnsACodeSentFromAnotherThread() throws Exception {
        String appId = FIXTURE.createApp("await");
        try (PinpointAsyncClient async = FIXTURE.server.asyncClientBuilder().build()) {
            CompletableFuture<?> sending = async.sendOTPMessage(r -> r.applicationId(appId)
                    .sendOTPMessageRequestParameters(p -> p.brandName("B").channel("SMS")
                            .destinationIdentity("+12065550104").originationIdentity("+12065550199")
                            .referenceId("async")));

            GeneratedOtp otp = OTPS.awaitFor("+12065550104", Duration.ofSeconds(30));

            assertThat(otp.referenceId()).isEqualTo("async");
            sending.get();
        }
    }

    @Test
    void awaitGivesUpAfterItsTimeout() {
        assertThatThrownBy(() -> OTPS.awaitFor("+12065550199", Duration.ofMillis(20)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("within PT0.02S");
    }
}
