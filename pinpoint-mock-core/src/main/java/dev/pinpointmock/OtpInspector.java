package dev.pinpointmock;

import dev.pinpointmock.internal.state.OtpLog;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Reads the one-time passwords a server generated, so a test can verify a code without any SMS. Every
 * {@code SendOTPMessage} the server accepted is here, in the order they were sent, including codes that
 * a later send for the same reference replaced.
 *
 * <p>The reads that return one code fail with an {@link AssertionError} that lists what was sent when no
 * code matches: in a test, that means the code under test did not send what the test expected.
 */
public final class OtpInspector {

    private final OtpLog log;

    OtpInspector(OtpLog log) {
        this.log = log;
    }

    /** The most recent code sent by this server, to any destination. */
    public GeneratedOtp latest() {
        return log.latest(otp -> true).orElseThrow(() -> noneMatch("any destination"));
    }

    /** The most recent code sent to a phone number, as the {@code DestinationIdentity} named it. */
    public GeneratedOtp latestFor(String destinationIdentity) {
        Objects.requireNonNull(destinationIdentity, "destinationIdentity");
        return log.latest(otp -> otp.destinationIdentity().equals(destinationIdentity))
                .orElseThrow(() -> noneMatch("destination " + destinationIdentity));
    }

    /** The most recent code sent in an application under a reference id: the one a verify checks against. */
    public GeneratedOtp forReference(String applicationId, String referenceId) {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(referenceId, "referenceId");
        return log.latest(otp -> otp.applicationId().equals(applicationId) && otp.referenceId().equals(referenceId))
                .orElseThrow(() -> noneMatch("application " + applicationId + " and reference " + referenceId));
    }

    /** The most recent code that matches a condition, if any. */
    public Optional<GeneratedOtp> find(Predicate<GeneratedOtp> condition) {
        return log.latest(Objects.requireNonNull(condition, "condition"));
    }

    /** Every code sent so far, oldest first. */
    public List<GeneratedOtp> all() {
        return log.all();
    }

    /**
     * Waits until a code has been sent to a phone number, for code under test that sends from another
     * thread. Returns at once if one already was. This is the one read that waits in real time, and only
     * up to the timeout.
     *
     * @throws AssertionError if no code arrives in time
     */
    public GeneratedOtp awaitFor(String destinationIdentity, Duration timeout) {
        Objects.requireNonNull(destinationIdentity, "destinationIdentity");
        Objects.requireNonNull(timeout, "timeout");
        try {
            return log.await(otp -> otp.destinationIdentity().equals(destinationIdentity), timeout)
                    .orElseThrow(() -> noneMatch("destination " + destinationIdentity + " within " + timeout));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for an OTP to " + destinationIdentity, e);
        }
    }

    private AssertionError noneMatch(String what) {
        List<GeneratedOtp> sent = log.all();
        String summary = sent.isEmpty()
                ? "No OTP has been sent to this server at all; check that the code under test calls "
                        + "SendOTPMessage on this server's endpoint."
                : "OTPs were sent to: " + sent.stream()
                        .map(otp -> otp.destinationIdentity() + " (reference " + otp.referenceId() + ")")
                        .distinct()
                        .collect(Collectors.joining(", "));
        return new AssertionError("No OTP was sent for " + what + ". " + summary);
    }
}
