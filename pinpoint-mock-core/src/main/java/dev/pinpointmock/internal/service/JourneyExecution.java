package dev.pinpointmock.internal.service;

import dev.pinpointmock.internal.state.App;
import dev.pinpointmock.internal.state.JourneyCounters;
import dev.pinpointmock.internal.state.JourneyParticipants;
import dev.pinpointmock.internal.state.StoredJourney;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.pinpoint.model.Activity;
import software.amazon.awssdk.services.pinpoint.model.Condition;
import software.amazon.awssdk.services.pinpoint.model.DeliveryStatus;
import software.amazon.awssdk.services.pinpoint.model.EndpointResponse;
import software.amazon.awssdk.services.pinpoint.model.MultiConditionalBranch;
import software.amazon.awssdk.services.pinpoint.model.RandomSplitEntry;
import software.amazon.awssdk.services.pinpoint.model.SimpleCondition;
import software.amazon.awssdk.services.pinpoint.model.WaitTime;

/**
 * Walks one participant through a journey's activities until it waits or leaves. Message activities send
 * through {@link ScheduledDelivery}; a holdout or random split picks by a hash of the journey's salt, the
 * endpoint and the activity, reproducible under the server's seed; a yes/no or multivariate split
 * evaluates its conditions after its evaluation wait: segment dimensions and segment membership on the
 * endpoint as it is then. Event conditions are never met, since the mock keeps no event history. A contact
 * center activity passes participants on.
 */
final class JourneyExecution {

    static final String ENTERED = "ENDPOINT_ENTERED";
    static final String LEFT = "ENDPOINT_LEFT";
    static final String CANCELLED = "CANCELLED";

    private final CallContext context;
    private final App app;
    private final StoredJourney journey;
    private final StoredJourney.Run run;
    private final Map<String, Activity> activities;

    JourneyExecution(CallContext context, App app, StoredJourney journey, StoredJourney.Run run) {
        this.context = context;
        this.app = app;
        this.journey = journey;
        this.run = run;
        this.activities = journey.definition().activities();
    }

    /** Lets an endpoint in at the start activity, once a run. */
    void enter(EndpointResponse endpoint) {
        if (run.participants().enter(endpoint.id())) {
            run.counters().count(ENTERED);
            walk(endpoint, journey.definition().startActivity(), false);
        }
    }

    /** Lets a participant whose wait is over go on. */
    void resume(JourneyParticipants.Waiting waiting) {
        Optional<EndpointResponse> endpoint = ScheduledDelivery.endpoints(app).stream()
                .filter(candidate -> candidate.id().equals(waiting.endpointId()))
                .findFirst();
        if (endpoint.isEmpty()) {
            run.counters().count(LEFT);
            return;
        }
        walk(endpoint.get(), waiting.activityId(), waiting.evaluate());
    }

    private void walk(EndpointResponse endpoint, String startAt, boolean evaluateNow) {
        Instant now = context.now();
        String activityId = startAt;
        boolean evaluate = evaluateNow;
        JourneyCounters counters = run.counters();
        while (activityId != null && activities.containsKey(activityId)) {
            Activity activity = activities.get(activityId);
            String kind = JourneyRules.kind(activity);
            String next;
            switch (kind) {
                case "EMAIL", "SMS", "PUSH", "CUSTOM" -> {
                    Optional<DeliveryStatus> status = ScheduledDelivery.send(context, app, endpoint,
                            JourneyMessages.outbound(journey.id(), activityId, activity));
                    counters.count(activityId, status.map(s -> s == DeliveryStatus.SUCCESSFUL ? "SUCCESS" : "FAILURE")
                            .orElse("NO_MESSAGE_FOR_CHANNEL"));
                    next = JourneyRules.next(activity).stream().findFirst().orElse(null);
                }
                case "Holdout" -> {
                    if (bucket(endpoint.id(), activityId) < activity.holdout().percentage()) {
                        counters.count(activityId, "HOLDOUT");
                        next = null;
                    } else {
                        counters.count(activityId, "PASSED");
                        next = activity.holdout().nextActivity();
                    }
                }
                case "RandomSplit" -> next = randomBranch(endpoint, activityId, activity.randomSplit().branches());
                case "Wait" -> {
                    Instant until = until(activity.waitValue().waitTime(), now);
                    counters.count(activityId, "WAITED");
                    if (until.isAfter(now)) {
                        park(endpoint, activity.waitValue().nextActivity(), until, false);
                        return;
                    }
                    next = activity.waitValue().nextActivity();
                }
                case "ConditionalSplit", "MultiCondition" -> {
                    WaitTime evaluation = kind.equals("ConditionalSplit")
                            ? activity.conditionalSplit().evaluationWaitTime()
                            : activity.multiCondition().evaluationWaitTime();
                    if (!evaluate && evaluation != null && until(evaluation, now).isAfter(now)) {
                        park(endpoint, activityId, until(evaluation, now), true);
                        return;
                    }
                    next = kind.equals("ConditionalSplit") ? conditional(endpoint, activity, now)
                            : multiCondition(endpoint, activity, now);
                    counters.count(activityId, "TO_" + (next == null ? "END" : next));
                }
                default -> next = activity.contactCenter().nextActivity();
            }
            activityId = next;
            evaluate = false;
        }
        counters.count(LEFT);
    }

    private void park(EndpointResponse endpoint, String activityId, Instant until, boolean evaluate) {
        run.participants().await(new JourneyParticipants.Waiting(endpoint.id(), activityId, until, evaluate));
    }

    private String randomBranch(EndpointResponse endpoint, String activityId, List<RandomSplitEntry> branches) {
        run.counters().count(activityId, "TOTAL");
        int bucket = bucket(endpoint.id(), activityId);
        int upTo = 0;
        for (RandomSplitEntry branch : branches) {
            upTo += branch.percentage() == null ? 0 : branch.percentage();
            if (bucket < upTo) {
                String target = branch.nextActivity() == null ? "END" : branch.nextActivity();
                run.counters().count(activityId, "TO_" + target);
                return branch.nextActivity();
            }
        }
        return null;
    }

    private String conditional(EndpointResponse endpoint, Activity activity, Instant now) {
        return holds(endpoint, activity.conditionalSplit().condition(), now)
                ? activity.conditionalSplit().trueActivity() : activity.conditionalSplit().falseActivity();
    }

    private String multiCondition(EndpointResponse endpoint, Activity activity, Instant now) {
        for (MultiConditionalBranch branch : activity.multiCondition().branches()) {
            if (branch.condition() != null && holds(endpoint, branch.condition(), now)) {
                return branch.nextActivity();
            }
        }
        return activity.multiCondition().defaultActivity();
    }

    private boolean holds(EndpointResponse endpoint, SimpleCondition condition, Instant now) {
        if (condition.segmentDimensions() != null) {
            return new DimensionMatcher(now).matches(endpoint, condition.segmentDimensions());
        }
        if (condition.segmentCondition() != null) {
            return app.segments().get(condition.segmentCondition().segmentId())
                    .map(segment -> new SegmentEvaluator(ScheduledDelivery.endpoints(app), SegmentLookups.of(app), now)
                            .members(segment.latest()).stream().anyMatch(member -> member.id().equals(endpoint.id())))
                    .orElse(false);
        }
        return false;
    }

    private boolean holds(EndpointResponse endpoint, Condition condition, Instant now) {
        if (condition == null || condition.conditions().isEmpty()) {
            return true;
        }
        boolean any = "ANY".equals(condition.operatorAsString());
        for (SimpleCondition simple : condition.conditions()) {
            boolean holds = holds(endpoint, simple, now);
            if (any && holds) {
                return true;
            }
            if (!any && !holds) {
                return false;
            }
        }
        return !any;
    }

    /** The end of a wait: now plus WaitFor, or WaitUntil. */
    static Instant until(WaitTime wait, Instant now) {
        if (wait.waitFor() != null) {
            return now.plus(Duration.parse(wait.waitFor()));
        }
        return IsoInstants.parse(wait.waitUntil()).orElse(now);
    }

    private int bucket(String endpointId, String activityId) {
        return StableBuckets.of(journey.salt() + "/" + activityId + "/" + endpointId);
    }
}
