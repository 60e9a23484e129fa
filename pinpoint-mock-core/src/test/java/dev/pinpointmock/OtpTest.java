package dev.pinpointmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.pinpoint.model.BadRequestException;
import software.amazon.awssdk.services.pinpoint.model.DeliveryStatus;
import software.amazon.awssdk.services.pinpoint.model.MessageResponse;
import software.amazon.awssdk.services.pinpoint.model.MessageResult;
import software.amazon.awssdk.services.pinpoint.model.NotFoundException;
import software.amazon.awssdk.services.pinpoint.model.SendOTPMessageRequestParameters;

class OtpTest {

    private static final ServerFixture FIXTURE = new ServerFixture();
    private static final String PHONE = "+15555550100";

    private String appId;

    @BeforeEach
    void createApp() {
        appId = FIXTURE.createApp("otp");
    }

    @AfterAll
    static void close() {
        FIXTURE.close();
    }

    private MessageResponse send(String reference, Consumer<SendOTPMessageRequestParameters.Builder> extra) {
        return FIXTURE.client.sendOTPMessage(r -> r.applicationId(appId).sendOTPMessageRequestParameters(p -> {
            p.brandName("Shop").channel("SMS").destinationIdentity(PHONE).originationIdentity("+15555550199")
                    .referenceId(reference);
            extra.accept(p);
        })).messageResponse();
    }

    private boolean verify(String reference, String destination, String code) {
        return FIXTURE.client.verifyOTPMessage(r -> r.applicationId(appId).verifyOTPMessageRequestParameters(
                v -> v.referenceId(reference).destinationIdentity(destination).otp(code)))
                .verificationResponse().valid();
    }

    @Test
    void sendAnswersAsAwsDoesWithAResultKeyedByTheDestination() {
        MessageResponse response = send("order-1", p -> { });

        assertThat(response.applicationId()).isEqualTo(appId);
        assertThat(response.requestId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(response.result()).containsOnlyKeys(PHONE);
        MessageResult result = response.result().get(PHONE);
        assertThat(result.deliveryStatus()).isEqualTo(DeliveryStatus.SUCCESSFUL);
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.messageId()).matches("[a-z0-9]{40}");
        assertThat(result.statusMessage()).isEqualTo("MessageId: " + result.messageId());
    }

    @Test
    void theRightCodeVerifiesOnceAndOnlyOnce() {
        send("once", p -> p.codeLength(7));
        GeneratedOtp otp = FIXTURE.server.otps().forReference(appId, "once");

        assertThat(otp.code()).matches("[0-9]{7}");
        assertThat(verify("once", PHONE, otp.code())).isTrue();
        assertThat(verify("once", PHONE, otp.code())).isFalse();
    }

    @Test
    void omittedSettingsTakeTheDocumentedDefaults() {
        send("defaults", p -> { });
        GeneratedOtp otp = FIXTURE.server.otps().forReference(appId, "defaults");

        assertThat(otp.code()).hasSize(6);
        assertThat(otp.allowedAttempts()).isEqualTo(3);
        assertThat(otp.validityPeriodMinutes()).isEqualTo(15);
    }

    @Test
    void wrongCodesUseUpTheAttemptsAndThenEvenTheRightCodeFails() {
        send("attempts", p -> p.allowedAttempts(2));
        String code = FIXTURE.server.otps().forReference(appId, "attempts").code();
        String wrong = code.equals("00000") ? "11111" : "00000";

        assertThat(verify("attempts", PHONE, wrong)).isFalse();
        assertThat(verify("attempts", PHONE, wrong)).isFalse();
        assertThat(verify("attempts", PHONE, code)).isFalse();
    }

    @Test
    void aWrongCodeWithinTheAllowedAttemptsStillLetsTheRightOneThrough() {
        send("retry", p -> p.allowedAttempts(2).codeLength(5));
        String code = FIXTURE.server.otps().forReference(appId, "retry").code();

        assertThat(verify("retry", PHONE, code.equals("00000") ? "11111" : "00000")).isFalse();
        assertThat(verify("retry", PHONE, code)).isTrue();
    }

    @Test
    void aCodeExpiresWhenTheServerClockPassesItsValidityPeriod() {
        send("expiry", p -> p.validityPeriod(5));
        GeneratedOtp otp = FIXTURE.server.otps().forReference(appId, "expiry");

        FIXTURE.server.clock().setTo(otp.expiresAt());

        assertThat(verify("expiry", PHONE, otp.code())).isFalse();
    }

    @Test
    void aCodeIsStillValidJustBeforeItExpires() {
        send("not-yet", p -> p.validityPeriod(5));
        GeneratedOtp otp = FIXTURE.server.otps().forReference(appId, "not-yet");

        FIXTURE.server.clock().setTo(otp.expiresAt().minus(Duration.ofSeconds(2)));

        assertThat(verify("not-yet", PHONE, otp.code())).isTrue();
    }

    @Test
    void theDestinationAndReferenceMustMatch() {
        send("match", p -> { });
        String code = FIXTURE.server.otps().forReference(appId, "match").code();

        assertThat(verify("match", "+15555550111", code)).isFalse();
        assertThat(verify("other-reference", PHONE, code)).isFalse();
        assertThat(verify("match", PHONE, code)).isTrue();
    }

    @Test
    void aSecondSendForAReferenceReplacesTheFirstCode() {
        send("resend", p -> p.codeLength(8));
        String first = FIXTURE.server.otps().forReference(appId, "resend").code();
        send("resend", p -> p.codeLength(8));
        String second = FIXTURE.server.otps().forReference(appId, "resend").code();

        if (!first.equals(second)) {
            assertThat(verify("resend", PHONE, first)).isFalse();
        }
        assertThat(verify("resend", PHONE, second)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "CodeLength 4     | CodeLength must be between 5 and 8, not 4",
        "CodeLength 9     | CodeLength must be between 5 and 8, not 9",
        "Validity 4       | ValidityPeriod must be between 5 and 60, not 4",
        "Validity 61      | ValidityPeriod must be between 5 and 60, not 61",
        "Attempts 6       | AllowedAttempts must be between 1 and 5, not 6",
        "Attempts 0       | AllowedAttempts must be between 1 and 5, not 0",
        "Channel EMAIL    | Channel must be SMS, not EMAIL",
        "Brand 21         | BrandName must be 1 to 20 characters long",
        "Reference 49     | ReferenceId must be 1 to 48 characters long",
        "Destination 555  | DestinationIdentity must be a phone number in E.164 format",
        "Language xx-XX   | Language xx-XX is not supported",
    })
    void outOfRangeSettingsAreBadRequests(String setting, String message) {
        String[] parts = setting.split(" ");
        int number = parts[1].matches("[0-9]+") ? Integer.parseInt(parts[1]) : 0;
        Consumer<SendOTPMessageRequestParameters.Builder> change = switch (parts[0]) {
            case "CodeLength" -> p -> p.codeLength(number);
            case "Validity" -> p -> p.validityPeriod(number);
            case "Attempts" -> p -> p.allowedAttempts(number);
            case "Channel" -> p -> p.channel(parts[1]);
            case "Brand" -> p -> p.brandName("b".repeat(number));
            case "Reference" -> p -> p.referenceId("r".repeat(number));
            case "Destination" -> p -> p.destinationIdentity(parts[1]);
            case "Language" -> p -> p.language(parts[1]);
            default -> throw new IllegalArgumentException(setting);
        };

        assertThatThrownBy(() -> send("invalid", change))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorMessage()).startsWith(message);
                });
        assertThat(FIXTURE.server.otps().find(otp -> otp.applicationId().equals(appId))).isEmpty();
    }

    @Test
    void aMissingRequiredMemberIsABadRequestNamingIt() {
        assertThatThrownBy(() -> FIXTURE.client.sendOTPMessage(r -> r.applicationId(appId)
                .sendOTPMessageRequestParameters(p -> p.channel("SMS").destinationIdentity(PHONE)
                        .originationIdentity("+15555550199").referenceId("x"))))
                .isInstanceOf(BadRequestException.class)
                .hasMessageStartingWith("Missing BrandName");
    }

    @Test
    void anUnknownApplicationIsNotFound() {
        assertThatThrownBy(() -> FIXTURE.client.verifyOTPMessage(r -> r.applicationId("0".repeat(32))
                .verifyOTPMessageRequestParameters(v -> v.referenceId("r").destinationIdentity(PHONE).otp("123456"))))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Application not found"));
    }

    @Test
    void anUnknownReferenceIsNotValid() {
        assertThat(verify("never-sent", PHONE, "123456")).isFalse();
    }
}
