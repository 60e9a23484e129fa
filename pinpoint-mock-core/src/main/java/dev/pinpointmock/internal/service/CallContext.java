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
 * @param now the call's instant, read once from the server's clock at the millisecond precision of
 *            Pinpoint's dates, so that every date of one call agrees
 */
public record CallContext(ServiceState service, Partition partition, String requestId, Instant now, Ids ids,
                          boolean replaying) {

    /** A live call at the clock's current instant, drawing ids from the server's source. */
    public CallContext(ServiceState service, Partition partition, String requestId) {
        this(service, partition, requestId, service.clock().now().truncatedTo(ChronoUnit.MILLIS), service.ids(),
                false);
    }

    /** This call, noting every id and code it draws in {@code drawn}, for the write-ahead log. */
    public CallContext recordingInto(List<String> drawn) {
        return new CallContext(service, partition, requestId, now, ids.recording(drawn), replaying);
    }

    public String region() {
        return partition.region();
    }

    /** The application with this id in the caller's partition. */
    public App app(String applicationId) {
        return partition.app(applicationId).orElseThrow(Errors::applicationNotFound);
    }
}
