package dev.pinpointmock.internal.state;

import dev.pinpointmock.GeneratedOtp;
import java.time.Instant;

/**
 * A stored one-time password and the verification attempts made against it. Verification is atomic, so
 * concurrent attempts never use more tries than allowed.
 */
public final class OtpEntry {

    private final GeneratedOtp otp;
    private int failedAttempts;
    private boolean used;

    public OtpEntry(GeneratedOtp otp) {
        this.otp = otp;
    }

    public GeneratedOtp otp() {
        return otp;
    }

    /**
     * Checks a code as {@code VerifyOTPMessage} does. True only when the destination and code match, the
     * code has not expired, has not been used, and fewer than the allowed wrong codes were tried. A wrong
     * code for the right destination uses an attempt; a right code uses the code up.
     */
    public synchronized boolean verify(String destinationIdentity, String code, Instant now) {
        if (!otp.destinationIdentity().equals(destinationIdentity)) {
            return false;
        }
        if (used || !now.isBefore(otp.expiresAt()) || failedAttempts >= otp.allowedAttempts()) {
            return false;
        }
        if (otp.code().equals(code)) {
            used = true;
            return true;
        }
        failedAttempts++;
        return false;
    }

    public synchronized int failedAttempts() {
        return failedAttempts;
    }

    public synchronized boolean used() {
        return used;
    }
}
