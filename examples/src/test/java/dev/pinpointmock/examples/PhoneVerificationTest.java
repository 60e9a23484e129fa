package dev.pinpointmock.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pinpointmock.MockClock;
import dev.pinpointmock.OtpInspector;
import dev.pinpointmock.examples.PhoneVerification.CheckResult;
import dev.pinpointmock.junit5.PinpointMock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.pinpoint.PinpointClient;

/**
 * The application's phone verification, tested against an in-process Pinpoint: the code is read from
 * the mock instead of a phone, and time moves on the mock's clock instead of the wall clock.
 */
@PinpointMock
class PhoneVerificationTest {

    private static final String PHONE = "+12065550142";

    private final OtpInspector otps;
    private final MockClock clock;
    private PhoneVerification verification;

    PhoneVerificationTest(OtpInspector otps, MockClock clock) {
        this.otps = otps;
        this.clock = clock;
    }

    @BeforeEach
    void newProject(PinpointClient pinpoint) {
        String appId = pinpoint.createApp(r -> r.createApplicationRequest(a -> a.name("shop")))
                .applicationResponse().id();
        verification = new PhoneVerification(pinpoint, appId, "Shop", "+12065550199", clock);
    }

    @Test
    void acceptsTheCodeThatWasSent() {
        verification.start(PHONE);

        String code = otps.latestFor(PHONE).code();

        assertThat(code).hasSize(6).containsOnlyDigits();
        assertThat(verification.check(PHONE, code)).isEqualTo(CheckResult.VERIFIED);
    }

    @Test
    void sendsTheTextPinpointSends() {
        verification.start(PHONE);

        assertThat(otps.latestFor(PHONE).messageBody())
                .matches("This is your One Time Password: [0-9]{6} from Shop");
    }

    @Test
    void rejectsAWrongCodeAndLetsTheUserTryAgain() {
        verification.start(PHONE);
        String code = otps.latestFor(PHONE).code();

        assertThat(verification.check(PHONE, wrong(code))).isEqualTo(CheckResult.WRONG_CODE);
        assertThat(verification.check(PHONE, code)).isEqualTo(CheckResult.VERIFIED);
    }

    @Test
    void reportsUsedUpAttempts() {
        verification.start(PHONE);
        String code = otps.latestFor(PHONE).code();

        verification.check(PHONE, wrong(code));
        verification.check(PHONE, wrong(code));

        assertThat(verification.check(PHONE, wrong(code))).isEqualTo(CheckResult.NO_ATTEMPTS_LEFT);
        assertThat(verification.check(PHONE, code)).isEqualTo(CheckResult.NO_ATTEMPTS_LEFT);
    }

    @Test
    void reportsAnExpiredCodeWithoutWaiting() {
        verification.start(PHONE);
        String code = otps.latestFor(PHONE).code();

        clock.advance(Duration.ofMinutes(10));

        assertThat(verification.check(PHONE, code)).isEqualTo(CheckResult.EXPIRED);
    }

    @Test
    void aNewCodeReplacesTheOldOne() {
        verification.start(PHONE);
        String first = otps.latestFor(PHONE).code();
        verification.start(PHONE);
        String second = otps.latestFor(PHONE).code();

        if (!first.equals(second)) {
            assertThat(verification.check(PHONE, first)).isEqualTo(CheckResult.WRONG_CODE);
        }
        assertThat(verification.check(PHONE, second)).isEqualTo(CheckResult.VERIFIED);
    }

    @Test
    void knowsWhenNoCodeWasSent() {
        assertThat(verification.check("+12065550100", "123456")).isEqualTo(CheckResult.NOT_STARTED);
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }
}
