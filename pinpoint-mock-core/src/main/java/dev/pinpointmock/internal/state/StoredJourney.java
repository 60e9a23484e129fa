package dev.pinpointmock.internal.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.services.pinpoint.model.JourneyResponse;
import software.amazon.awssdk.services.pinpoint.model.JourneyRunStatus;
import software.amazon.awssdk.services.pinpoint.model.State;

/**
 * One journey: its definition as the API describes it (without state and tags), its state, and its runs.
 * Every change happens under the journey's lock.
 */
public final class StoredJourney {

    /** One run of a journey: a publication's pass over its participants. */
    public static final class Run {
        private final String id;
        private final Instant creationTime;
        private Instant lastUpdateTime;
        private JourneyRunStatus status;
        private final JourneyCounters counters = new JourneyCounters();
        private final JourneyParticipants participants = new JourneyParticipants();

        Run(String id, Instant creationTime, JourneyRunStatus status) {
            this.id = id;
            this.creationTime = creationTime;
            this.lastUpdateTime = creationTime;
            this.status = status;
        }

        public String id() {
            return id;
        }

        public Instant creationTime() {
            return creationTime;
        }

        public Instant lastUpdateTime() {
            return lastUpdateTime;
        }

        public JourneyRunStatus status() {
            return status;
        }

        /** What the run's participants did, overall and per activity. */
        public JourneyCounters counters() {
            return counters;
        }

        /** Who entered the run and who waits where; use under the journey's lock. */
        public JourneyParticipants participants() {
            return participants;
        }

        public void update(JourneyRunStatus newStatus, Instant at) {
            this.status = newStatus;
            this.lastUpdateTime = at;
        }
    }

    private final String id;
    private final Instant creationDate;
    private final String salt;
    private JourneyResponse definition;
    private State state;
    private final List<Run> runs = new ArrayList<>();
    private Instant pausedAt;

    /**
     * A new journey.
     *
     * @param salt a random string drawn at creation that makes its random splits reproducible under the
     *     server's seed
     */
    public StoredJourney(String id, Instant creationDate, String salt, JourneyResponse definition, State state) {
        this.id = id;
        this.creationDate = creationDate;
        this.salt = salt;
        this.definition = definition;
        this.state = state;
    }

    public String id() {
        return id;
    }

    public Instant creationDate() {
        return creationDate;
    }

    public String salt() {
        return salt;
    }

    public synchronized JourneyResponse definition() {
        return definition;
    }

    public synchronized State state() {
        return state;
    }

    /** Runs a change of the journey under its lock and answers what the change answers. */
    public synchronized <T> T change(Function<StoredJourney, T> change) {
        return change.apply(this);
    }

    public synchronized void define(JourneyResponse newDefinition) {
        this.definition = newDefinition;
    }

    public synchronized void state(State newState) {
        this.state = newState;
    }

    public synchronized Run addRun(String runId, Instant at, JourneyRunStatus status) {
        Run run = new Run(runId, at, status);
        runs.add(run);
        return run;
    }

    /** When the journey was paused, or {@code null} when it is not paused. */
    public synchronized Instant pausedAt() {
        return pausedAt;
    }

    public synchronized void pausedAt(Instant at) {
        this.pausedAt = at;
    }

    /** The runs, oldest first. */
    public synchronized List<Run> runs() {
        return List.copyOf(runs);
    }

    public synchronized Optional<Run> run(String runId) {
        return runs.stream().filter(run -> run.id().equals(runId)).findFirst();
    }

    /** The latest run, if the journey was ever published. */
    public synchronized Optional<Run> currentRun() {
        return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(runs.size() - 1));
    }
}
