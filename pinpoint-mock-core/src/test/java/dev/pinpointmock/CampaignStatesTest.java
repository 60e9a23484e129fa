package dev.pinpointmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.pinpoint.model.ActivityResponse;
import software.amazon.awssdk.services.pinpoint.model.BadRequestException;
import software.amazon.awssdk.services.pinpoint.model.CampaignResponse;
import software.amazon.awssdk.services.pinpoint.model.CampaignStatus;
import software.amazon.awssdk.services.pinpoint.model.WriteCampaignRequest;

/** How a campaign's status moves with the server's clock, and the activities its runs record. */
class CampaignStatesTest {

    private static final ServerFixture FIXTURE = new ServerFixture();

    private String appId;
    private String segmentId;

    @BeforeEach
    void createAppAndSegment() {
        appId = FIXTURE.createApp("states");
        segmentId = FIXTURE.client.createSegment(r -> r.applicationId(appId).writeSegmentRequest(s -> s
                .name("everyone"))).segmentResponse().id();
    }

    @AfterAll
    static void close() {
        FIXTURE.close();
    }

    private static Instant at(Duration fromNow) {
        return FIXTURE.server.clock().now().plus(fromNow).truncatedTo(ChronoUnit.SECONDS);
    }

    private CampaignResponse create(Consumer<WriteCampaignRequest.Builder> campaign) {
        return FIXTURE.client.createCampaign(r -> r.applicationId(appId).writeCampaignRequest(w -> {
            w.name("c").segmentId(segmentId).messageConfiguration(m -> m.smsMessage(s -> s.body("Hi")));
            campaign.accept(w);
        })).campaignResponse();
    }

    private CampaignStatus status(String campaignId) {
        return FIXTURE.client.getCampaign(r -> r.applicationId(appId).campaignId(campaignId)).campaignResponse()
                .state().campaignStatus();
    }

    private List<ActivityResponse> activities(String campaignId) {
        return FIXTURE.client.getCampaignActivities(r -> r.applicationId(appId).campaignId(campaignId))
                .activitiesResponse().item();
    }

    @Test
    void anImmediateCampaignHasRunWhenCreateReturns() {
        CampaignResponse created = create(c -> c.schedule(s -> s.startTime("IMMEDIATE")));

        assertThat(created.state().campaignStatus()).isEqualTo(CampaignStatus.SCHEDULED);
        assertThat(status(created.id())).isEqualTo(CampaignStatus.COMPLETED);
        List<ActivityResponse> activities = activities(created.id());
        assertThat(activities).hasSize(1);
        ActivityResponse run = activities.get(0);
        assertThat(run.applicationId()).isEqualTo(appId);
        assertThat(run.campaignId()).isEqualTo(created.id());
        assertThat(run.id()).matches("[0-9a-f]{32}");
        assertThat(run.treatmentId()).isEqualTo("0");
        assertThat(run.state()).isEqualTo("COMPLETED");
        assertThat(run.result()).isEqualTo("SUCCESS");
        assertThat(run.scheduledStart()).isEqualTo(created.creationDate());
        assertThat(run.totalEndpointCount()).isZero();
    }

    @Test
    void aScheduledCampaignRunsWhenTheClockReachesItsStart() {
        Instant start = at(Duration.ofHours(2));
        CampaignResponse created = create(c -> c.schedule(s -> s.startTime(start.toString())));

        FIXTURE.server.clock().advance(Duration.ofMinutes(119));
        assertThat(status(created.id())).isEqualTo(CampaignStatus.SCHEDULED);
        assertThat(activities(created.id())).isEmpty();

        FIXTURE.server.clock().advance(Duration.ofMinutes(1));
        assertThat(status(created.id())).isEqualTo(CampaignStatus.COMPLETED);
        assertThat(activities(created.id())).singleElement()
                .satisfies(run -> assertThat(run.scheduledStart()).isEqualTo(start.toString().replace("Z", ".000Z")));
    }

    @Test
    void aRecurringCampaignWaitsForItsNextRunUntilItsEnd() {
        Instant start = at(Duration.ofHours(1));
        CampaignResponse created = create(c -> c.schedule(s -> s.startTime(start.toString()).frequency("DAILY")
                .endTime(start.plus(Duration.ofDays(2)).plusSeconds(60).toString())));

        FIXTURE.server.clock().advance(Duration.ofHours(1));
        assertThat(status(created.id())).isEqualTo(CampaignStatus.PENDING_NEXT_RUN);
        assertThat(activities(created.id())).hasSize(1);

        FIXTURE.server.clock().advance(Duration.ofDays(3));
        assertThat(status(created.id())).isEqualTo(CampaignStatus.COMPLETED);
        assertThat(activities(created.id())).as("runs on day 0, 1 and 2, newest first")
                .extracting(ActivityResponse::scheduledStart)
                .containsExactly(iso(start.plus(Duration.ofDays(2))), iso(start.plus(Duration.ofDays(1))),
                        iso(start));
    }

    @Test
    void aPausedCampaignDoesNotRunUntilResumed() {
        Instant start = at(Duration.ofMinutes(10));
        CampaignResponse created = create(c -> c.isPaused(true).schedule(s -> s.startTime(start.toString())));
        assertThat(created.state().campaignStatus()).isEqualTo(CampaignStatus.PAUSED);

        FIXTURE.server.clock().advance(Duration.ofMinutes(30));
        assertThat(status(created.id())).isEqualTo(CampaignStatus.PAUSED);
        assertThat(activities(created.id())).isEmpty();

        FIXTURE.client.updateCampaign(r -> r.applicationId(appId).campaignId(created.id())
                .writeCampaignRequest(w -> w.isPaused(false)));
        assertThat(status(created.id())).isEqualTo(CampaignStatus.COMPLETED);
        assertThat(activities(created.id())).hasSize(1);
    }

    @Test
    void aCompletedCampaignCannotBeUpdated() {
        CampaignResponse created = create(c -> c.schedule(s -> s.startTime("IMMEDIATE")));

        assertThatThrownBy(() -> FIXTURE.client.updateCampaign(r -> r.applicationId(appId).campaignId(created.id())
                .writeCampaignRequest(w -> w.name("again"))))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("COMPLETED");
    }

    @Test
    void anEventCampaignWaitsForEventsUntilItsEnd() {
        Instant end = at(Duration.ofDays(1));
        CampaignResponse created = create(c -> c.schedule(s -> s.startTime("IMMEDIATE").frequency("EVENT")
                .endTime(end.toString()).eventFilter(f -> f.filterType("ENDPOINT")
                        .dimensions(d -> d.eventType(t -> t.values("signup"))))));

        assertThat(status(created.id())).isEqualTo(CampaignStatus.SCHEDULED);
        FIXTURE.server.clock().advance(Duration.ofDays(1));
        assertThat(status(created.id())).isEqualTo(CampaignStatus.COMPLETED);
        assertThat(activities(created.id())).isEmpty();
    }

    @Test
    void activitiesArePagedNewestFirst() {
        Instant start = at(Duration.ofMinutes(5));
        CampaignResponse created = create(c -> c.schedule(s -> s.startTime(start.toString()).frequency("HOURLY")
                .endTime(start.plus(Duration.ofHours(2)).toString())));
        FIXTURE.server.clock().advance(Duration.ofHours(3));

        var first = FIXTURE.client.getCampaignActivities(r -> r.applicationId(appId).campaignId(created.id())
                .pageSize("2")).activitiesResponse();
        var second = FIXTURE.client.getCampaignActivities(r -> r.applicationId(appId).campaignId(created.id())
                .pageSize("2").token(first.nextToken())).activitiesResponse();

        assertThat(first.item()).extracting(ActivityResponse::scheduledStart)
                .containsExactly(iso(start.plus(Duration.ofHours(2))), iso(start.plus(Duration.ofHours(1))));
        assertThat(second.item()).extracting(ActivityResponse::scheduledStart).containsExactly(iso(start));
        assertThat(second.nextToken()).isNull();
    }

    private static String iso(Instant instant) {
        return instant.toString().replace("Z", ".000Z");
    }
}
