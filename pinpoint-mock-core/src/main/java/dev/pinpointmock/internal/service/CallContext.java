package dev.pinpointmock.internal.service;

import dev.pinpointmock.internal.state.App;
import dev.pinpointmock.internal.state.Ids;
import dev.pinpointmock.internal.state.Partition;
import dev.pinpointmock.internal.state.ServiceState;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What a handler knows about the call it serves: the server's state, the partition that the caller's
 * account and region select, the request id that the response will carry, the instant of the call and the
 * source of the ids it makes up.
 *
 * <p>A handler reads the time only from {@link #now()} and makes ids only from {@link #ids()} (a value it
 * takes from elsewhere, such as a code the test fixed, goes through {@link Ids#noted}): a call replayed
 * from the data directory then gets the same instant and ids as when it was first served, and rebuilds the
 * same state. A {@linkplain #replaying() replayed} call repeats no side effect meant for a person, such as
 * the OTP log line.
 *
 * @param fixedNow the call's instant when it is logged or replayed, so that every date of the call is the
 *                 one the log keeps; {@code null} for a call that reads the server's clock as it goes
 */
public record CallContext(ServiceState service, Partition partition, String requestId, Instant fixedNow, Ids ids,
                          boolean replaying) {

    /** A live call that reads the server's clock and draws ids from the server's source. */
    public CallContext(ServiceState service, Partition partition, String requestId) {
        this(service, partition, requestId, null, service.ids(), false);
    }

    /** The instant of the call, at the millisecond precision of Pinpoint's dates. */
    public Instant now() {
        return fixedNow != null ? fixedNow : service.clock().now().truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * This call with its instant fixed to the clock's current one and every id and code it draws noted in
     * {@code drawn}, for the write-ahead log.
     */
    public CallContext recordingInto(List<String> drawn) {
        return new CallContext(service, partition, requestId, now(), ids.recording(drawn), replaying);
    }

    public String region() {
        return partition.region();
    }

    /** The application with this id in the caller's partition. */
    public App app(String applicationId) {
        return partition.app(applicationId).orElseThrow(Errors::applicationNotFound);
    }
}
