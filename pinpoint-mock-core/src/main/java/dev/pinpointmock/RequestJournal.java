package dev.pinpointmock;

import dev.pinpointmock.internal.state.CallLog;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Every call the server answered, oldest first, successes and errors alike, to assert on what the code
 * under test asked of Pinpoint. The journal keeps the most recent calls up to its capacity (10,000 by
 * default, see {@link PinpointMockServer.Builder#journalCapacity(int)}); {@link RecordedRequest#sequence()}
 * keeps counting past it.
 */
public final class RequestJournal {

    private final CallLog log;

    RequestJournal(CallLog log) {
        this.log = log;
    }

    /** The calls kept, oldest first. */
    public List<RecordedRequest> all() {
        return log.all();
    }

    /** The calls kept of one operation, named as in the API ({@code SendOTPMessage}). */
    public List<RecordedRequest> ofOperation(String operation) {
        Objects.requireNonNull(operation, "operation");
        return matching(call -> call.operation().equals(operation));
    }

    /** The calls kept that match a condition. */
    public List<RecordedRequest> matching(Predicate<RecordedRequest> condition) {
        Objects.requireNonNull(condition, "condition");
        return log.all().stream().filter(condition).toList();
    }

    /** How many calls of an operation are kept. */
    public int count(String operation) {
        return ofOperation(operation).size();
    }

    /** How many calls the server answered since it started, kept or not. */
    public long total() {
        return log.total();
    }

    /** Forgets the calls kept so far. */
    public void clear() {
        log.clear();
    }
}
