package dev.pinpointmock;

import dev.pinpointmock.internal.state.MessageLog;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Reads the messages a server would have delivered, so a test can check what a recipient got without any
 * SMS gateway, mail server or push service. Every recipient that {@code SendMessages} or
 * {@code SendUsersMessages} answered as {@code SUCCESSFUL} is here, every {@code SendOTPMessage} with the
 * text AWS sends, and every message a campaign run or a journey activity delivered; recipients that failed
 * are not. Messages are kept in the order they were sent until the server is reset.
 *
 * <p>The reads that return one message fail with an {@link AssertionError} that lists what was delivered
 * when none matches: in a test, that means the code under test did not send what the test expected.
 */
public final class MessageInspector {

    private final MessageLog log;

    MessageInspector(MessageLog log) {
        this.log = log;
    }

    /** The most recent message, to any address on any channel. */
    public DeliveredMessage latest() {
        return log.latest(message -> true).orElseThrow(() -> noneMatch("any address"));
    }

    /** The most recent message to an address: a phone number, email address or device token, as stored. */
    public DeliveredMessage latestTo(String address) {
        Objects.requireNonNull(address, "address");
        return log.latest(to(address)).orElseThrow(() -> noneMatch("address " + address));
    }

    /** Every message to an address, oldest first; empty when there is none. */
    public List<DeliveredMessage> allTo(String address) {
        Objects.requireNonNull(address, "address");
        return log.matching(to(address));
    }

    /**
     * Every message on a channel, oldest first, such as {@code allOn("SMS")} or {@code allOn("APNS")};
     * the names are those of Pinpoint's {@code ChannelType}, compared without case.
     */
    public List<DeliveredMessage> allOn(String channel) {
        Objects.requireNonNull(channel, "channel");
        return log.matching(message -> message.channel().equalsIgnoreCase(channel));
    }

    /** Every message that the runs of a campaign delivered, oldest first; empty when there is none. */
    public List<DeliveredMessage> fromCampaign(String campaignId) {
        Objects.requireNonNull(campaignId, "campaignId");
        return log.matching(message -> campaignId.equals(message.campaignId()));
    }

    /** Every message that the activities of a journey delivered, oldest first; empty when there is none. */
    public List<DeliveredMessage> fromJourney(String journeyId) {
        Objects.requireNonNull(journeyId, "journeyId");
        return log.matching(message -> journeyId.equals(message.journeyId()));
    }

    /** Every message delivered so far, oldest first. */
    public List<DeliveredMessage> all() {
        return log.all();
    }

    /** The most recent message that matches a condition, if any. */
    public Optional<DeliveredMessage> find(Predicate<DeliveredMessage> condition) {
        return log.latest(Objects.requireNonNull(condition, "condition"));
    }

    /**
     * Waits until a message has been delivered to an address, for code under test that sends from another
     * thread. Returns at once if one already was. This is the one read that waits in real time, and only
     * up to the timeout.
     *
     * @throws AssertionError if no message arrives in time
     */
    public DeliveredMessage awaitTo(String address, Duration timeout) {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(timeout, "timeout");
        try {
            return log.await(to(address), timeout)
                    .orElseThrow(() -> noneMatch("address " + address + " within " + timeout));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for a message to " + address, e);
        }
    }

    private static Predicate<DeliveredMessage> to(String address) {
        return message -> address.equals(message.address());
    }

    private AssertionError noneMatch(String what) {
        List<DeliveredMessage> sent = log.all();
        String summary = sent.isEmpty()
                ? "No message has been delivered by this server at all; check that the code under test "
                        + "sends to this server's endpoint and that its recipients succeed."
                : "Messages were delivered to: " + sent.stream()
                        .map(message -> message.address() + " (" + message.channel() + ")")
                        .distinct()
                        .collect(Collectors.joining(", "));
        return new AssertionError("No message was delivered to " + what + ". " + summary);
    }
}
