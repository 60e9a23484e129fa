package dev.pinpointmock.internal.service;

import dev.pinpointmock.internal.state.App;
import dev.pinpointmock.internal.state.StoredJourney;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.pinpoint.model.Activity;
import software.amazon.awssdk.services.pinpoint.model.GetJourneyExecutionActivityMetricsRequest;
import software.amazon.awssdk.services.pinpoint.model.GetJourneyExecutionActivityMetricsResponse;
import software.amazon.awssdk.services.pinpoint.model.GetJourneyExecutionMetricsRequest;
import software.amazon.awssdk.services.pinpoint.model.GetJourneyExecutionMetricsResponse;
import software.amazon.awssdk.services.pinpoint.model.GetJourneyRunExecutionActivityMetricsRequest;
import software.amazon.awssdk.services.pinpoint.model.GetJourneyRunExecutionActivityMetricsResponse;
import software.amazon.awssdk.services.pinpoint.model.GetJourneyRunExecutionMetricsRequest;
import software.amazon.awssdk.services.pinpoint.model.GetJourneyRunExecutionMetricsResponse;
import software.amazon.awssdk.services.pinpoint.model.GetJourneyRunsRequest;
import software.amazon.awssdk.services.pinpoint.model.GetJourneyRunsResponse;
import software.amazon.awssdk.services.pinpoint.model.JourneyExecutionActivityMetricsResponse;
import software.amazon.awssdk.services.pinpoint.model.JourneyExecutionMetricsResponse;
import software.amazon.awssdk.services.pinpoint.model.JourneyRunExecutionActivityMetricsResponse;
import software.amazon.awssdk.services.pinpoint.model.JourneyRunExecutionMetricsResponse;
import software.amazon.awssdk.services.pinpoint.model.JourneyRunResponse;
import software.amazon.awssdk.services.pinpoint.model.JourneyRunsResponse;

/**
 * GetJourneyRuns (newest run first) and the four journey execution metrics, counted from what the mock's
 * participants did: over all runs or one run, for the journey or one activity. Journey metrics are
 * ENDPOINT_ENTERED, ENDPOINT_ACTIVE, ENDPOINT_LEFT and CANCELLED; activity metrics count outcomes (SUCCESS,
 * FAILURE, HOLDOUT, PASSED, WAITED, TOTAL for random splits as AWS documents, TO_&lt;next activity&gt;).
 */
final class JourneyRunHandlers {

    private static final List<String> JOURNEY_METRICS = List.of(JourneyExecution.ENTERED, "ENDPOINT_ACTIVE",
            JourneyExecution.LEFT, JourneyExecution.CANCELLED);

    private JourneyRunHandlers() {
    }

    static void register(OperationRegistry registry) {
        registry.on("GetJourneyRuns", GetJourneyRunsRequest.class, JourneyRunHandlers::getJourneyRuns)
                .on("GetJourneyExecutionMetrics", GetJourneyExecutionMetricsRequest.class,
                        JourneyRunHandlers::getJourneyExecutionMetrics)
                .on("GetJourneyExecutionActivityMetrics", GetJourneyExecutionActivityMetricsRequest.class,
                        JourneyRunHandlers::getJourneyExecutionActivityMetrics)
                .on("GetJourneyRunExecutionMetrics", GetJourneyRunExecutionMetricsRequest.class,
                        JourneyRunHandlers::getJourneyRunExecutionMetrics)
                .on("GetJourneyRunExecutionActivityMetrics", GetJourneyRunExecutionActivityMetricsRequest.class,
                        JourneyRunHandlers::getJourneyRunExecutionActivityMetrics);
    }

    static GetJourneyRunsResponse getJourneyRuns(CallContext context, GetJourneyRunsRequest request) {
        App app = context.app(request.applicationId());
        StoredJourney journey = JourneyHandlers.journey(app, request.journeyId());
        List<JourneyRunResponse> runs = new ArrayList<>(journey.change(stored -> stored.runs().stream()
                .map(run -> JourneyRunResponse.builder()
                        .runId(run.id())
                        .creationTime(Dates.iso(run.creationTime()))
                        .lastUpdateTime(Dates.iso(run.lastUpdateTime()))
                        .status(run.status())
                        .build())
                .toList()));
        Collections.reverse(runs);
        Pages.Page<JourneyRunResponse> page = Pages.page(runs, request.token(), request.pageSize(),
                run -> Map.of("CreationDate", run.creationTime(), "Id", run.runId()),
                (position, other) -> -Listing.byCreationDateAndId(position, other));
        return GetJourneyRunsResponse.builder()
                .journeyRunsResponse(JourneyRunsResponse.builder().item(page.items()).nextToken(page.nextToken())
                        .build())
                .build();
    }

    static GetJourneyExecutionMetricsResponse getJourneyExecutionMetrics(
            CallContext context, GetJourneyExecutionMetricsRequest request) {
        App app = context.app(request.applicationId());
        StoredJourney journey = JourneyHandlers.journey(app, request.journeyId());
        Map<String, String> metrics = journey.change(stored -> journeyMetrics(stored.runs()));
        return GetJourneyExecutionMetricsResponse.builder()
                .journeyExecutionMetricsResponse(JourneyExecutionMetricsResponse.builder()
                        .applicationId(app.id()).journeyId(journey.id())
                        .lastEvaluatedTime(Dates.iso(context.now())).metrics(metrics).build())
                .build();
    }

    static GetJourneyRunExecutionMetricsResponse getJourneyRunExecutionMetrics(
            CallContext context, GetJourneyRunExecutionMetricsRequest request) {
        App app = context.app(request.applicationId());
        StoredJourney journey = JourneyHandlers.journey(app, request.journeyId());
        Map<String, String> metrics = journey.change(stored -> journeyMetrics(List.of(run(stored, request.runId()))));
        return GetJourneyRunExecutionMetricsResponse.builder()
                .journeyRunExecutionMetricsResponse(JourneyRunExecutionMetricsResponse.builder()
                        .applicationId(app.id()).journeyId(journey.id()).runId(request.runId())
                        .lastEvaluatedTime(Dates.iso(context.now())).metrics(metrics).build())
                .build();
    }

    static GetJourneyExecutionActivityMetricsResponse getJourneyExecutionActivityMetrics(
            CallContext context, GetJourneyExecutionActivityMetricsRequest request) {
        App app = context.app(request.applicationId());
        StoredJourney journey = JourneyHandlers.journey(app, request.journeyId());
        String activityId = request.journeyActivityId();
        return journey.change(stored -> GetJourneyExecutionActivityMetricsResponse.builder()
                .journeyExecutionActivityMetricsResponse(JourneyExecutionActivityMetricsResponse.builder()
                        .applicationId(app.id()).journeyId(stored.id()).journeyActivityId(activityId)
                        .activityType(activityType(stored, activityId))
                        .lastEvaluatedTime(Dates.iso(context.now()))
                        .metrics(activityMetrics(stored.runs(), activityId)).build())
                .build());
    }

    static GetJourneyRunExecutionActivityMetricsResponse getJourneyRunExecutionActivityMetrics(
            CallContext context, GetJourneyRunExecutionActivityMetricsRequest request) {
        App app = context.app(request.applicationId());
        StoredJourney journey = JourneyHandlers.journey(app, request.journeyId());
        String activityId = request.journeyActivityId();
        return journey.change(stored -> GetJourneyRunExecutionActivityMetricsResponse.builder()
                .journeyRunExecutionActivityMetricsResponse(JourneyRunExecutionActivityMetricsResponse.builder()
                        .applicationId(app.id()).journeyId(stored.id()).journeyActivityId(activityId)
                        .runId(request.runId())
                        .activityType(activityType(stored, activityId))
                        .lastEvaluatedTime(Dates.iso(context.now()))
                        .metrics(activityMetrics(List.of(run(stored, request.runId())), activityId)).build())
                .build());
    }

    private static StoredJourney.Run run(StoredJourney journey, String runId) {
        return journey.run(runId).orElseThrow(() -> Errors.notFound("Journey run not found"));
    }

    private static Map<String, String> journeyMetrics(List<StoredJourney.Run> runs) {
        Map<String, Long> totals = new TreeMap<>();
        JOURNEY_METRICS.forEach(metric -> totals.put(metric, 0L));
        long waiting = 0;
        for (StoredJourney.Run run : runs) {
            run.counters().journey().forEach((metric, count) -> totals.merge(metric, count, Long::sum));
            waiting += run.participants().waitingCount();
        }
        totals.put("ENDPOINT_ACTIVE", waiting);
        Map<String, String> metrics = new TreeMap<>();
        totals.forEach((metric, count) -> metrics.put(metric, Long.toString(count)));
        return metrics;
    }

    private static Map<String, String> activityMetrics(List<StoredJourney.Run> runs, String activityId) {
        Map<String, Long> totals = new TreeMap<>();
        runs.forEach(run -> run.counters().activity(activityId)
                .forEach((metric, count) -> totals.merge(metric, count, Long::sum)));
        Map<String, String> metrics = new TreeMap<>();
        totals.forEach((metric, count) -> metrics.put(metric, Long.toString(count)));
        return metrics;
    }

    /** The metric ActivityType of a journey's activity; an id the journey lacks is not found. */
    private static String activityType(StoredJourney journey, String activityId) {
        Activity activity = journey.definition().activities().get(activityId);
        if (activity == null) {
            throw Errors.notFound("Journey activity not found");
        }
        return switch (JourneyRules.kind(activity)) {
            case "ConditionalSplit" -> "CONDITIONAL_SPLIT";
            case "Holdout" -> "HOLDOUT";
            case "MultiCondition" -> "MULTI_CONDITIONAL_SPLIT";
            case "RandomSplit" -> "RANDOM_SPLIT";
            case "Wait" -> "WAIT";
            case "ContactCenter" -> "CONTACT_CENTER";
            default -> "MESSAGE";
        };
    }
}
