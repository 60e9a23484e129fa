package dev.pinpointmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.pinpoint.model.Activity;
import software.amazon.awssdk.services.pinpoint.model.BadRequestException;
import software.amazon.awssdk.services.pinpoint.model.ConflictException;
import software.amazon.awssdk.services.pinpoint.model.JourneyResponse;
import software.amazon.awssdk.services.pinpoint.model.JourneyRunStatus;
import software.amazon.awssdk.services.pinpoint.model.JourneysResponse;
import software.amazon.awssdk.services.pinpoint.model.NotFoundException;
import software.amazon.awssdk.services.pinpoint.model.State;
import software.amazon.awssdk.services.pinpoint.model.WriteJourneyRequest;

/** Journey definitions, the rules of their states, runs and metrics' shapes. */
class JourneysTest {

    private static final ServerFixture FIXTURE = new ServerFixture();

    private static final Map<String, Activity> ACTIVITIES = Map.of(
            "welcome", Activity.builder().email(e -> e.templateName("welcome").nextActivity("pause")).build(),
            "pause", Activity.builder().waitValue(w -> w.waitTime(t -> t.waitFor("P1D")).nextActivity("nudge"))
                    .build(),
            "nudge", Activity.builder().sms(s -> s.templateName("nudge")).build());

    private String appId;
    private String segmentId;

    @BeforeEach
    void createAppAndSegment() {
        appId = FIXTURE.createApp("journeys");
        segmentId = FIXTURE.client.createSegment(r -> r.applicationId(appId).writeSegmentRequest(s -> s
                .name("everyone"))).segmentResponse().id();
    }

    @AfterAll
    static void close() {
        FIXTURE.close();
    }

    private WriteJourneyRequest.Builder complete(WriteJourneyRequest.Builder journey) {
        return journey.name("onboarding").activities(ACTIVITIES).startActivity("welcome")
                .startCondition(c -> c.segmentStartCondition(s -> s.segmentId(segmentId)));
    }

    private JourneyResponse create(Consumer<WriteJourneyRequest.Builder> journey) {
        return FIXTURE.client.createJourney(r -> r.applicationId(appId).writeJourneyRequest(w -> {
            complete(w);
            journey.accept(w);
        })).journeyResponse();
    }

    private JourneyResponse update(String journeyId, Consumer<WriteJourneyRequest.Builder> journey) {
        return FIXTURE.client.updateJourney(r -> r.applicationId(appId).journeyId(journeyId).writeJourneyRequest(w -> {
            complete(w);
            journey.accept(w);
        })).journeyResponse();
    }

    private JourneyResponse setState(String journeyId, State state) {
        return FIXTURE.client.updateJourneyState(r -> r.applicationId(appId).journeyId(journeyId)
                .journeyStateRequest(s -> s.state(state))).journeyResponse();
    }

    private State state(String journeyId) {
        return FIXTURE.client.getJourney(r -> r.applicationId(appId).journeyId(journeyId)).journeyResponse().state();
    }

    @Test
    void createAnswersADraftWithItsDefinition() {
        JourneyResponse created = create(j -> { });

        assertThat(created.id()).matches("[0-9a-f]{32}");
        assertThat(created.applicationId()).isEqualTo(appId);
        assertThat(created.name()).isEqualTo("onboarding");
        assertThat(created.state()).isEqualTo(State.DRAFT);
        assertThat(created.activities()).isEqualTo(ACTIVITIES);
        assertThat(created.startActivity()).isEqualTo("welcome");
        assertThat(created.creationDate()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(FIXTURE.client.getJourney(r -> r.applicationId(appId).journeyId(created.id())).journeyResponse())
                .isEqualTo(created);
        assertThat(FIXTURE.client.getJourneyRuns(r -> r.applicationId(appId).journeyId(created.id()))
                .journeyRunsResponse().item()).isEmpty();
    }

    @Test
    void activitiesMustLinkUpWithoutLoops() {
        assertThatThrownBy(() -> create(j -> j.startActivity("missing")))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("StartActivity");
        assertThatThrownBy(() -> create(j -> j.activities(Map.of("a", Activity.builder()
                .sms(s -> s.nextActivity("b")).build())).startActivity("a")))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("leads to b");
        assertThatThrownBy(() -> create(j -> j.activities(Map.of(
                "a", Activity.builder().sms(s -> s.nextActivity("b")).build(),
                "b", Activity.builder().holdout(h -> h.percentage(10).nextActivity("a")).build()))
                .startActivity("a"))).isInstanceOf(BadRequestException.class).hasMessageContaining("loop");
        assertThatThrownBy(() -> create(j -> j.activities(Map.of("a", Activity.builder()
                .randomSplit(r -> r.branches(b -> b.percentage(30), b -> b.percentage(30))).build()))
                .startActivity("a"))).isInstanceOf(BadRequestException.class).hasMessageContaining("add up to 100");
        assertThatThrownBy(() -> create(j -> j.activities(Map.of("a-b", Activity.builder()
                .sms(s -> { }).build())).startActivity("a-b")))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("letters and digits");
        assertThatThrownBy(() -> create(j -> j.startCondition(c -> c.segmentStartCondition(s -> s
                .segmentId("0".repeat(32)))))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyDraftAndActiveMayBeWritten() {
        assertThatThrownBy(() -> create(j -> j.state(State.PAUSED)))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("UpdateJourneyState");
    }

    @Test
    void publishingNeedsAStartConditionAndAFirstActivity() {
        assertThatThrownBy(() -> create(j -> j.startCondition((software.amazon.awssdk.services.pinpoint.model
                .StartCondition) null).state(State.ACTIVE)))
                .isInstanceOf(BadRequestException.class).hasMessageStartingWith("Journey validation failed, ");
        JourneyResponse draft = create(j -> j.startActivity(null));
        assertThatThrownBy(() -> setState(draft.id(), State.ACTIVE))
                .isInstanceOf(BadRequestException.class).hasMessageStartingWith("Journey validation failed, ");
        assertThat(state(draft.id())).isEqualTo(State.DRAFT);
    }

    @Test
    void aTimezoneOtherThanUtcFailsPublicationAsAwsReportsIt() {
        Instant start = FIXTURE.server.clock().now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);

        assertThatThrownBy(() -> create(j -> j.state(State.ACTIVE).schedule(s -> s.startTime(start)
                .timezone("UTC+09")))).isInstanceOf(BadRequestException.class)
                .hasMessageStartingWith("Journey validation failed, Start time " + start
                        + " doesn't have the same offset as the journey's schedule offset: UTC+09");
    }

    @Test
    void publishingStartsARunThatWaitsForTheScheduledStart() {
        Instant start = FIXTURE.server.clock().now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        JourneyResponse journey = create(j -> j.schedule(s -> s.startTime(start)
                .endTime(start.plus(Duration.ofDays(7))).timezone("UTC")));

        JourneyResponse published = setState(journey.id(), State.ACTIVE);

        assertThat(published.state()).isEqualTo(State.ACTIVE);
        var runs = FIXTURE.client.getJourneyRuns(r -> r.applicationId(appId).journeyId(journey.id()))
                .journeyRunsResponse().item();
        assertThat(runs).singleElement().satisfies(run -> {
            assertThat(run.runId()).matches("[0-9a-f]{32}");
            assertThat(run.status()).isEqualTo(JourneyRunStatus.SCHEDULED);
        });
        FIXTURE.server.clock().advance(Duration.ofHours(2));
        assertThat(FIXTURE.client.getJourneyRuns(r -> r.applicationId(appId).journeyId(journey.id()))
                .journeyRunsResponse().item().get(0).status()).isEqualTo(JourneyRunStatus.RUNNING);
        FIXTURE.server.clock().advance(Duration.ofDays(7));
        assertThat(state(journey.id())).isEqualTo(State.COMPLETED);
        assertThat(FIXTURE.client.getJourneyRuns(r -> r.applicationId(appId).journeyId(journey.id()))
                .journeyRunsResponse().item().get(0).status()).isEqualTo(JourneyRunStatus.COMPLETED);
    }

    @Test
    void anActiveJourneysActivitiesCannotChange() {
        Instant start = FIXTURE.server.clock().now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        JourneyResponse journey = create(j -> j.state(State.ACTIVE).refreshFrequency("PT1H")
                .schedule(s -> s.startTime(start).endTime(start.plus(Duration.ofDays(30)))));

        assertThatThrownBy(() -> update(journey.id(), j -> j.activities(Map.of("welcome", Activity.builder()
                .email(e -> e.templateName("other")).build()))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("activities");
        assertThatThrownBy(() -> update(journey.id(), j -> j.state(State.DRAFT).schedule(s -> s.startTime(start)
                .endTime(start.plus(Duration.ofDays(30))))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("DRAFT");
        JourneyResponse renamed = update(journey.id(), j -> j.name("renamed").refreshFrequency("PT1H")
                .schedule(s -> s.startTime(start).endTime(start.plus(Duration.ofDays(30)))));
        assertThat(renamed.name()).isEqualTo("renamed");
        assertThat(renamed.state()).isEqualTo(State.ACTIVE);
    }

    @Test
    void updateJourneyStateFollowsPinpointsRules() {
        Instant start = FIXTURE.server.clock().now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        JourneyResponse refreshed = create(j -> j.refreshFrequency("PT6H")
                .schedule(s -> s.startTime(start).endTime(start.plus(Duration.ofDays(30)))));
        JourneyResponse once = create(j -> j.schedule(s -> s.startTime(start).endTime(start.plus(Duration.ofDays(3)))));

        assertThatThrownBy(() -> setState(refreshed.id(), State.PAUSED)).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> setState(refreshed.id(), State.CANCELLED)).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> setState(refreshed.id(), State.COMPLETED))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("ACTIVE, PAUSED or CANCELLED");

        assertThat(setState(refreshed.id(), State.ACTIVE).state()).isEqualTo(State.ACTIVE);
        assertThat(setState(refreshed.id(), State.PAUSED).state()).isEqualTo(State.PAUSED);
        assertThat(setState(refreshed.id(), State.ACTIVE).state()).isEqualTo(State.ACTIVE);
        assertThat(setState(refreshed.id(), State.CANCELLED).state()).isEqualTo(State.CANCELLED);
        assertThatThrownBy(() -> setState(refreshed.id(), State.ACTIVE)).isInstanceOf(BadRequestException.class);
        assertThat(FIXTURE.client.getJourneyRuns(r -> r.applicationId(appId).journeyId(refreshed.id()))
                .journeyRunsResponse().item().get(0).status()).isEqualTo(JourneyRunStatus.CANCELLED);

        setState(once.id(), State.ACTIVE);
        assertThatThrownBy(() -> setState(once.id(), State.PAUSED))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("RefreshFrequency");
    }

    @Test
    void metricsAnswerTheModelsShapes() {
        JourneyResponse journey = create(j -> j.state(State.ACTIVE));
        String runId = FIXTURE.client.getJourneyRuns(r -> r.applicationId(appId).journeyId(journey.id()))
                .journeyRunsResponse().item().get(0).runId();

        var overall = FIXTURE.client.getJourneyExecutionMetrics(r -> r.applicationId(appId)
                .journeyId(journey.id())).journeyExecutionMetricsResponse();
        assertThat(overall.applicationId()).isEqualTo(appId);
        assertThat(overall.journeyId()).isEqualTo(journey.id());
        assertThat(overall.lastEvaluatedTime()).endsWith("Z");
        assertThat(overall.metrics()).containsEntry("ENDPOINT_ENTERED", "0").containsEntry("ENDPOINT_ACTIVE", "0");
        var activity = FIXTURE.client.getJourneyExecutionActivityMetrics(r -> r.applicationId(appId)
                .journeyId(journey.id()).journeyActivityId("pause")).journeyExecutionActivityMetricsResponse();
        assertThat(activity.activityType()).isEqualTo("WAIT");
        assertThat(activity.journeyActivityId()).isEqualTo("pause");
        var run = FIXTURE.client.getJourneyRunExecutionMetrics(r -> r.applicationId(appId).journeyId(journey.id())
                .runId(runId)).journeyRunExecutionMetricsResponse();
        assertThat(run.runId()).isEqualTo(runId);
        var runActivity = FIXTURE.client.getJourneyRunExecutionActivityMetrics(r -> r.applicationId(appId)
                .journeyId(journey.id()).runId(runId).journeyActivityId("welcome"))
                .journeyRunExecutionActivityMetricsResponse();
        assertThat(runActivity.activityType()).isEqualTo("MESSAGE");
        assertThatThrownBy(() -> FIXTURE.client.getJourneyRunExecutionMetrics(r -> r.applicationId(appId)
                .journeyId(journey.id()).runId("nope"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> FIXTURE.client.getJourneyExecutionActivityMetrics(r -> r.applicationId(appId)
                .journeyId(journey.id()).journeyActivityId("nope"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void listJourneysPagesAndDeleteForgetsAndTagsGoToo() {
        JourneyResponse first = create(j -> j.name("one"));
        create(j -> j.name("two"));
        String arn = "arn:aws:mobiletargeting:us-east-1:000000000000:apps/" + appId + "/journeys/" + first.id();
        FIXTURE.client.tagResource(r -> r.resourceArn(arn).tagsModel(t -> t.tags(Map.of("k", "v"))));
        assertThat(FIXTURE.client.getJourney(r -> r.applicationId(appId).journeyId(first.id())).journeyResponse()
                .tags()).containsExactly(Map.entry("k", "v"));

        JourneysResponse page1 = FIXTURE.client.listJourneys(r -> r.applicationId(appId).pageSize("1"))
                .journeysResponse();
        JourneysResponse page2 = FIXTURE.client.listJourneys(r -> r.applicationId(appId).pageSize("1")
                .token(page1.nextToken())).journeysResponse();
        assertThat(page1.item()).extracting(JourneyResponse::name).containsExactly("one");
        assertThat(page2.item()).extracting(JourneyResponse::name).containsExactly("two");

        JourneyResponse deleted = FIXTURE.client.deleteJourney(r -> r.applicationId(appId).journeyId(first.id()))
                .journeyResponse();
        assertThat(deleted.id()).isEqualTo(first.id());
        assertThatThrownBy(() -> FIXTURE.client.getJourney(r -> r.applicationId(appId).journeyId(first.id())))
                .isInstanceOf(NotFoundException.class).hasMessageStartingWith("Journey not found");
        assertThatThrownBy(() -> FIXTURE.client.listTagsForResource(r -> r.resourceArn(arn)))
                .isInstanceOf(NotFoundException.class);
    }
}
