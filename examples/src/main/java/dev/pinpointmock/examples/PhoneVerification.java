package dev.pinpointmock.examples;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.pinpoint.PinpointClient;

/**
 * Verifies that a user owns a phone number by sending a one-time password through Amazon Pinpoint and
 * checking the code the user types in. This is the application code the examples' tests exercise; it
 * knows nothing of pinpoint-mock.
 *
 * <p>Pinpoint only says whether a code is valid. To tell the user why not, the class remembers when each
 * code was sent and how many wrong codes were tried, on the clock it is given.
 */
public final class PhoneVerification {

    /** What a check of a code found. */
    public enum CheckResult {
        /** The code was right; the number is verified. */
        VERIFIED,
        /** The code was wrong; the user may try again. */
        WRONG_CODE,
        /** The code was sent too long ago; start again. */
        EXPIRED,
        /** Too many wrong codes were tried; start again. */
        NO_ATTEMPTS_LEFT,
        /** No code was sent to this number. */
        NOT_STARTED
    }

    static final int CODE_LENGTH = 6;
    static final int ALLOWED_ATTEMPTS = 3;
    static final Duration VALIDITY = Duration.ofMinutes(10);

    private final PinpointClient pinpoint;
    private final String applicationId;
    private final String brandName;
    private final String originationNumber;
    private final Clock clock;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    private record Pending(Instant sentAt, int wrongCodes) {
    }

    public PhoneVerification(PinpointClient pinpoint, String applicationId, String brandName,
                             String originationNumber, Clock clock) {
        this.pinpoint = pinpoint;
        this.applicationId = applicationId;
        this.brandName = brandName;
        this.originationNumber = originationNumber;
        this.clock = clock;
    }

    /** Sends a fresh code to a phone number in E.164 form; an earlier code for it stops working. */
    public void start(String phoneNumber) {
        pinpoint.sendOTPMessage(request -> request
                .applicationId(applicationId)
                .sendOTPMessageRequestParameters(otp -> otp
                        .channel("SMS")
                        .brandName(brandName)
                        .originationIdentity(originationNumber)
                        .destinationIdentity(phoneNumber)
                        .referenceId(referenceFor(phoneNumber))
                        .codeLength(CODE_LENGTH)
                        .allowedAttempts(ALLOWED_ATTEMPTS)
                        .validityPeriod((int) VALIDITY.toMinutes())));
        pending.put(phoneNumber, new Pending(clock.instant(), 0));
    }

    /** Checks a code the user typed for a phone number. */
    public CheckResult check(String phoneNumber, String code) {
        Pending started = pending.get(phoneNumber);
        if (started == null) {
            return CheckResult.NOT_STARTED;
        }
        if (started.wrongCodes() >= ALLOWED_ATTEMPTS) {
            return CheckResult.NO_ATTEMPTS_LEFT;
        }

        boolean valid = pinpoint.verifyOTPMessage(request -> request
                .applicationId(applicationId)
                .verifyOTPMessageRequestParameters(verify -> verify
                        .referenceId(referenceFor(phoneNumber))
                        .destinationIdentity(phoneNumber)
                        .otp(code)))
                .verificationResponse().valid();

        if (valid) {
            pending.remove(phoneNumber);
            return CheckResult.VERIFIED;
        }
        if (!clock.instant().isBefore(started.sentAt().plus(VALIDITY))) {
            return CheckResult.EXPIRED;
        }
        Pending after = new Pending(started.sentAt(), started.wrongCodes() + 1);
        pending.put(phoneNumber, after);
        return after.wrongCodes() >= ALLOWED_ATTEMPTS ? CheckResult.NO_ATTEMPTS_LEFT : CheckResult.WRONG_CODE;
    }

    private static String referenceFor(String phoneNumber) {
        return "phone-verification-" + phoneNumber.replace("+", "");
    }
}
