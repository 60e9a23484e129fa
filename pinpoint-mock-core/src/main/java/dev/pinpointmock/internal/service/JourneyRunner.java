package dev.pinpointmock.internal.service;

import dev.pinpointmock.internal.state.App;
import dev.pinpointmock.internal.state.JourneyParticipants;
import dev.pinpointmock.internal.state.StoredJourney;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.services.pinpoint.model.EndpointResponse;
import software.amazon.awssdk.services.pinpoint.model.JourneyResponse;
import software.amazon.awssdk.services.pinpoint.model.JourneyRunStatus;
import software.amazon.awssdk.services.pinpoint.model.State;

/**
 * Moves published journeys along the server's clock. Publishing starts a run, SCHEDULED until the
 * schedule's StartTime and RUNNING from then. A running journey lets its segment's endpoints in at its
 * start and, with a RefreshFrequency, again at each refresh; participants go on when their waits end. It
 * is COMPLETED at its EndTime, or, without an EndTime and a RefreshFrequency, once no participant waits.
 * Pausing stops the clock of its waits; cancelling stops its participants where they are.
 */
final class JourneyRunner {

    private JourneyRunner() {
    }

    /** Publishes a journey: it becomes ACTIVE with a new run. Call under the journey's lock. */
    static void publish(CallContext context, StoredJourney journey, Instant now) {
        JourneyResponse definition = journey.definition();
        Instant start = start(definition, now);
        journey.state(State.ACTIVE);
        journey.addRun(context.ids().hex32(), now,
                start.isAfter(now) ? JourneyRunStatus.SCHEDULED : JourneyRunStatus.RUNNING);
    }

    static void pause(StoredJourney journey, Instant now) {
        journey.state(State.PAUSED);
        journey.pausedAt(now);
    }

    /** Resumes a paused journey; its waits last as long as the pause did. */
    static void resume(StoredJourney journey, Instant now) {
        Duration pause = Duration.between(journey.pausedAt(), now);
        journey.currentRun().ifPresent(run -> run.participants().postpone(pause));
        journey.pausedAt(null);
        journey.state(State.ACTIVE);
    }

    static void cancel(StoredJourney journey, Instant now) {
        journey.state(State.CANCELLED);
        journey.currentRun().ifPresent(run -> {
            List<JourneyParticipants.Waiting> stopped = run.participants().takeAll();
            stopped.forEach(waiting -> run.counters().count(JourneyExecution.CANCELLED));
            run.update(JourneyRunStatus.CANCELLED, now);
        });
    }

    static void runDue(CallContext context, App app, StoredJourney journey) {
        journey.change(stored -> {
            if (stored.state() == State.ACTIVE) {
                stored.currentRun().ifPresent(run -> advance(context, app, stored, run));
            }
            return null;
        });
    }

    private static void advance(CallContext context, App app, StoredJourney journey, StoredJourney.Run run) {
        Instant now = context.now();
        JourneyResponse definition = journey.definition();
        Instant start = start(definition, run.creationTime());
        if (start.isAfter(now)) {
            return;
        }
        if (run.status() == JourneyRunStatus.SCHEDULED) {
            run.update(JourneyRunStatus.RUNNING, now);
        }
        Instant end = definition.schedule() == null ? null : definition.schedule().endTime();
        JourneyExecution execution = new JourneyExecution(context, app, journey, run);
        JourneyParticipants participants = run.participants();
        if (shouldEvaluate(definition, participants, now, end)) {
            participants.evaluated(now);
            entrants(app, definition, now).forEach(execution::enter);
        }
        for (List<JourneyParticipants.Waiting> due = participants.takeDue(now); !due.isEmpty();
             due = participants.takeDue(now)) {
            due.forEach(execution::resume);
        }
        boolean ended = end != null && !end.isAfter(now);
        boolean finished = end == null && definition.refreshFrequency() == null && !participants.anyWaiting();
        if (ended || finished) {
            participants.takeAll();
            journey.state(State.COMPLETED);
            run.update(JourneyRunStatus.COMPLETED, now);
        }
    }

    private static boolean shouldEvaluate(JourneyResponse definition, JourneyParticipants participants, Instant now,
                                          Instant end) {
        if (end != null && !end.isAfter(now)) {
            return false;
        }
        if (participants.lastEvaluation() == null) {
            return true;
        }
        if (definition.refreshFrequency() == null) {
            return false;
        }
        Duration refresh = JourneyRules.refreshFrequency(definition.refreshFrequency());
        return !participants.lastEvaluation().plus(refresh).isAfter(now);
    }

    /** The endpoints that enter: the members of the start condition's segment, now. */
    private static List<EndpointResponse> entrants(App app, JourneyResponse definition, Instant now) {
        if (definition.startCondition() == null || definition.startCondition().segmentStartCondition() == null) {
            return List.of();
        }
        String segmentId = definition.startCondition().segmentStartCondition().segmentId();
        return app.segments().get(segmentId)
                .map(segment -> new SegmentEvaluator(ScheduledDelivery.endpoints(app), SegmentLookups.of(app), now)
                        .members(segment.latest()))
                .orElse(List.of());
    }

    /** When a journey's schedule starts, or {@code fallback} when it names no start. */
    static Instant start(JourneyResponse definition, Instant fallback) {
        return definition.schedule() == null || definition.schedule().startTime() == null
                ? fallback : definition.schedule().startTime();
    }
}
