package dev.pinpointmock;

import java.time.Instant;

/**
 * A one-time password the mock generated for a {@code SendOTPMessage} call, as the recipient's phone
 * would have received it.
 *
 * @param applicationId the Pinpoint application (project) the code was sent from
 * @param referenceId the caller's reference, which {@code VerifyOTPMessage} must repeat
 * @param destinationIdentity the phone number the code was sent to
 * @param originationIdentity the number or sender id it was sent from
 * @param brandName the brand named in the message
 * @param code the digits of the code
 * @param allowedAttempts how many wrong codes the recipient may try before the code is void
 * @param validityPeriodMinutes how long the code stays valid after it was sent
 * @param createdAt when it was sent, on the server's clock
 * @param region the region of the call that sent it
 */
public record GeneratedOtp(
        String applicationId,
        String referenceId,
        String destinationIdentity,
        String originationIdentity,
        String brandName,
        String code,
        int allowedAttempts,
        int validityPeriodMinutes,
        Instant createdAt,
        String region) {

    /** The instant from which the code no longer verifies. */
    public Instant expiresAt() {
        return createdAt.plusSeconds(60L * validityPeriodMinutes);
    }

    /** The SMS text Pinpoint sends for a code, with its fixed template. */
    public String messageBody() {
        return "This is your One Time Password: " + code + " from " + brandName;
    }
}
