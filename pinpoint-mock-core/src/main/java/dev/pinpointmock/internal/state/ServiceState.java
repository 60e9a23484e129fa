package dev.pinpointmock.internal.state;

import dev.pinpointmock.MockClock;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * All the state of one server: its partitions by account and region, its clock, its id source and the log
 * of generated codes. Two servers never share any of it.
 */
public final class ServiceState {

    private final MockClock clock;
    private final Ids ids;
    private final ConcurrentMap<String, Partition> partitions = new ConcurrentHashMap<>();
    private final OtpLog otpLog = new OtpLog();

    public ServiceState(MockClock clock, Ids ids) {
        this.clock = clock;
        this.ids = ids;
    }

    public MockClock clock() {
        return clock;
    }

    public Ids ids() {
        return ids;
    }

    public OtpLog otpLog() {
        return otpLog;
    }

    public Partition partition(String account, String region) {
        return partitions.computeIfAbsent(account + "/" + region, key -> new Partition(account, region));
    }

    /** Finds an application by id in any partition; ids are unique across the server. */
    public Optional<App> findApp(String applicationId) {
        for (Partition partition : partitions.values()) {
            Optional<App> app = partition.app(applicationId);
            if (app.isPresent()) {
                return app;
            }
        }
        return Optional.empty();
    }

    /** Forgets every resource and generated code; the clock and the id source go on as they are. */
    public void reset() {
        partitions.clear();
        otpLog.clear();
    }
}
