package dev.pinpointmock.internal.state;

import dev.pinpointmock.RecordedRequest;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import software.amazon.awssdk.services.pinpoint.model.PinpointRequest;

/** The request journal's store: the most recent calls up to a capacity, with a running sequence. */
public final class CallLog {

    private final int capacity;
    private final ArrayDeque<RecordedRequest> calls = new ArrayDeque<>();
    private long sequence;

    public CallLog(int capacity) {
        this.capacity = capacity;
    }

    public synchronized RecordedRequest record(String operation, String applicationId, PinpointRequest request,
                                               int status, String errorType, Instant time, String account,
                                               String region) {
        RecordedRequest call = new RecordedRequest(++sequence, operation, applicationId, request, status,
                errorType, time, account, region);
        if (capacity > 0) {
            if (calls.size() == capacity) {
                calls.removeFirst();
            }
            calls.addLast(call);
        }
        return call;
    }

    public synchronized List<RecordedRequest> all() {
        return List.copyOf(calls);
    }

    public synchronized long total() {
        return sequence;
    }

    /** Forgets the calls kept; the sequence goes on, so later calls still number after earlier ones. */
    public synchronized void clear() {
        calls.clear();
    }
}
