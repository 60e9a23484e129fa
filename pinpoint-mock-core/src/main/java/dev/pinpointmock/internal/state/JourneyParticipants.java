package dev.pinpointmock.internal.state;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The participants of one journey run: who entered, and who waits at which activity until when. Changed
 * only under the journey's lock.
 */
public final class JourneyParticipants {

    /**
     * A participant waiting until an instant of the server's clock, to go on at an activity: the activity
     * after a wait, or a split whose evaluation wait is over ({@code evaluate}).
     */
    public record Waiting(String endpointId, String activityId, Instant until, boolean evaluate) {
    }

    private final Set<String> entered = new HashSet<>();
    private final Map<String, Waiting> waiting = new LinkedHashMap<>();
    private Instant lastEvaluation;

    /** Lets an endpoint in, once a run; answers whether it entered now. */
    public boolean enter(String endpointId) {
        return entered.add(endpointId);
    }

    public void await(Waiting participant) {
        waiting.put(participant.endpointId(), participant);
    }

    /** Takes out the participants whose wait is over at {@code now}, in the order they started waiting. */
    public List<Waiting> takeDue(Instant now) {
        List<Waiting> due = waiting.values().stream().filter(w -> !w.until().isAfter(now)).toList();
        due.forEach(w -> waiting.remove(w.endpointId()));
        return due;
    }

    /** Takes out every waiting participant, as when the journey is cancelled or ends. */
    public List<Waiting> takeAll() {
        List<Waiting> all = List.copyOf(waiting.values());
        waiting.clear();
        return all;
    }

    /** Moves every wait later by a duration, as when a paused journey resumes. */
    public void postpone(Duration pause) {
        waiting.replaceAll((id, w) -> new Waiting(id, w.activityId(), w.until().plus(pause), w.evaluate()));
    }

    public boolean anyWaiting() {
        return !waiting.isEmpty();
    }

    public int waitingCount() {
        return waiting.size();
    }

    /** When the segment was last evaluated for new participants, or {@code null} before the first time. */
    public Instant lastEvaluation() {
        return lastEvaluation;
    }

    public void evaluated(Instant at) {
        this.lastEvaluation = at;
    }
}
