package dev.pinpointmock.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pinpointmock.PinpointError;
import dev.pinpointmock.PinpointMockServer;
import dev.pinpointmock.RecordedRequest;
import dev.pinpointmock.RequestJournal;
import dev.pinpointmock.examples.PhoneVerification.CheckResult;
import dev.pinpointmock.junit5.PinpointMock;
import dev.pinpointmock.junit5.Reset;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.pinpoint.PinpointClient;
import software.amazon.awssdk.services.pinpoint.model.SendOtpMessageRequest;
import software.amazon.awssdk.services.pinpoint.model.TooManyRequestsException;

/**
 * The controls a test has over the mock, each shown on the phone verification: a seed, fixed codes, the
 * request journal, faults and the SDK's retries, and a fresh state for every test.
 */
@PinpointMock(seed = 42, reset = Reset.BEFORE_EACH_TEST)
class TestControlExamplesTest {

    private static final String PHONE = "+12065550142";

    private final PinpointMockServer server;
    private final PinpointClient pinpoint;
    private PhoneVerification verification;

    TestControlExamplesTest(PinpointMockServer server, PinpointClient pinpoint) {
        this.server = server;
        this.pinpoint = pinpoint;
    }

    @BeforeEach
    void newProject() {
        String appId = pinpoint.createApp(r -> r.createApplicationRequest(a -> a.name("shop")))
                .applicationResponse().id();
        verification = new PhoneVerification(pinpoint, appId, "Shop", "+12065550199", server.clock());
    }

    @Test
    void aFixedCodeLetsTheTestTypeWhatTheUserWouldType() {
        server.fixNextOtpCodes("424242");

        verification.start(PHONE);

        assertThat(verification.check(PHONE, "424242")).isEqualTo(CheckResult.VERIFIED);
    }

    @Test
    void theJournalShowsWhatTheApplicationAskedOfPinpoint(RequestJournal journal) {
        verification.start(PHONE);

        RecordedRequest send = journal.ofOperation("SendOTPMessage").get(0);
        var parameters = send.requestAs(SendOtpMessageRequest.class).sendOTPMessageRequestParameters();
        assertThat(parameters.codeLength()).isEqualTo(6);
        assertThat(parameters.validityPeriod()).isEqualTo(10);
        assertThat(parameters.brandName()).isEqualTo("Shop");
    }

    @Test
    void theSdkRetriesAThrottledSendAndTheUserNeverKnows(RequestJournal journal) {
        server.faults().on("SendOTPMessage").times(2).respond(PinpointError.TOO_MANY_REQUESTS);

        verification.start(PHONE);

        assertThat(journal.ofOperation("SendOTPMessage")).extracting(RecordedRequest::status)
                .containsExactly(429, 429, 200);
        assertThat(verification.check(PHONE, server.otps().latestFor(PHONE).code()))
                .isEqualTo(CheckResult.VERIFIED);
    }

    @Test
    void aLastingOutageReachesTheApplication() {
        server.faults().on("SendOTPMessage").times(10).respond(PinpointError.TOO_MANY_REQUESTS);

        assertThatThrownBy(() -> verification.start(PHONE)).isInstanceOf(TooManyRequestsException.class);
    }

    @Test
    void eachTestStartsFromAnEmptyServer() {
        assertThat(pinpoint.getApps(r -> { }).applicationsResponse().item()).hasSize(1);
        assertThat(server.otps().all()).isEmpty();
    }

    @Test
    void timeMovesOnlyWhenTheTestMovesIt() {
        server.clock().freeze();
        verification.start(PHONE);
        String code = server.otps().latestFor(PHONE).code();

        server.clock().advance(Duration.ofMinutes(9).plusSeconds(59));

        assertThat(verification.check(PHONE, code)).isEqualTo(CheckResult.VERIFIED);
    }
}
