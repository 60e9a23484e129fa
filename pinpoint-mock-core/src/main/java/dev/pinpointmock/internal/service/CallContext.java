package dev.pinpointmock.internal.service;

import dev.pinpointmock.internal.state.App;
import dev.pinpointmock.internal.state.Ids;
import dev.pinpointmock.internal.state.Partition;
import dev.pinpointmock.internal.state.ServiceState;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What a handler knows about the call it serves: the server's state, the partition that the caller's
 * account and region select, and the request id that the response will carry.
 */
public record CallContext(ServiceState service, Partition partition, String requestId) {

    /** The server clock's instant, at the millisecond precision of Pinpoint's dates. */
    public Instant now() {
        return service.clock().now().truncatedTo(ChronoUnit.MILLIS);
    }

    public Ids ids() {
        return service.ids();
    }

    public String region() {
        return partition.region();
    }

    /** The application with this id in the caller's partition. */
    public App app(String applicationId) {
        return partition.app(applicationId).orElseThrow(Errors::applicationNotFound);
    }
}
