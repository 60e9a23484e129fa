package dev.pinpointmock.internal.state;

import dev.pinpointmock.MockClock;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * All the state of one server: its partitions by account and region, its clock, its id source and the log
 * of generated codes and delivered messages. Two servers never share any of it.
 */
public final class ServiceState {

    private final MockClock clock;
    private final Ids ids;
    private final ConcurrentMap<PartitionKey, Partition> partitions = new ConcurrentHashMap<>();
    private final OtpLog otpLog = new OtpLog();
    private final CallLog callLog;
    private final FaultPlan faults;
    private final Deque<String> fixedOtpCodes = new ArrayDeque<>();
    private final MessageLog messageLog = new MessageLog();
    private final ObjectStore objects = new ObjectStore();
    private final PhoneNumberCheck phoneNumbers = new PhoneNumberCheck();
    private final Set<App> scheduling = ConcurrentHashMap.newKeySet();

    public ServiceState(MockClock clock, Ids ids, long faultSeed, int journalCapacity) {
        this.clock = clock;
        this.ids = ids;
        this.faults = new FaultPlan(faultSeed);
        this.callLog = new CallLog(journalCapacity);
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

    /** Records that an application has had a campaign or a journey, whose work the clock can make due. */
    public void noteScheduling(App app) {
        scheduling.add(app);
    }

    /**
     * Whether an application has had a campaign or a journey. Before each call the server runs the work
     * that is due; without this, it would read every campaign and journey of every application, and a
     * server of many applications and no campaign spent more on that than on the call.
     */
    public boolean hasScheduling(App app) {
        return scheduling.contains(app);
    }

    /** Whether any application has had a campaign or a journey. */
    public boolean hasScheduling() {
        return !scheduling.isEmpty();
    }

    /** The check of phone numbers that deliveries use, with its memory of recent numbers. */
    public PhoneNumberCheck phoneNumbers() {
        return phoneNumbers;
    }

    public CallLog callLog() {
        return callLog;
    }

    public FaultPlan faults() {
        return faults;
    }

    /** Codes a test fixed for the next sends, used before any random one. */
    public synchronized void fixNextOtpCodes(List<String> codes) {
        fixedOtpCodes.addAll(codes);
    }

    /** The next fixed code, or {@code null} when the test fixed none. */
    public synchronized String takeFixedOtpCode() {
        return fixedOtpCodes.pollFirst();
    }

    public MessageLog messageLog() {
        return messageLog;
    }

    public Partition partition(String account, String region) {
        return partitions.computeIfAbsent(new PartitionKey(account, region), key -> new Partition(account, region));
    }

    /** The S3 objects of import and export jobs. */
    public ObjectStore objects() {
        return objects;
    }

    /** Every partition that has been used, in no particular order. */
    public Collection<Partition> partitions() {
        return List.copyOf(partitions.values());
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

    /**
     * Forgets every resource, generated code, delivered message, journaled call, fault and fixed code; the
     * clock and the id source go on as they are.
     */
    public synchronized void reset() {
        partitions.clear();
        scheduling.clear();
        otpLog.clear();
        callLog.clear();
        faults.clear();
        fixedOtpCodes.clear();
        messageLog.clear();
        objects.clear();
    }

    /** Equality written out: a record's generated one cost more than the rest of the lookup. */
    private record PartitionKey(String account, String region) {

        @Override
        public boolean equals(Object other) {
            return other instanceof PartitionKey key && account.equals(key.account) && region.equals(key.region);
        }

        @Override
        public int hashCode() {
            return 31 * account.hashCode() + region.hashCode();
        }
    }
}
