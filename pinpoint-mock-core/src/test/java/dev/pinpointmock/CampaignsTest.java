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
import software.amazon.awssdk.services.pinpoint.model.BadRequestException;
import software.amazon.awssdk.services.pinpoint.model.CampaignResponse;
import software.amazon.awssdk.services.pinpoint.model.CampaignStatus;
import software.amazon.awssdk.services.pinpoint.model.CampaignsResponse;
import software.amazon.awssdk.services.pinpoint.model.NotFoundException;
import software.amazon.awssdk.services.pinpoint.model.WriteCampaignRequest;

/** Campaign definitions, versions and validation; CampaignRunsTest covers what runs do. */
class CampaignsTest {

    private static final ServerFixture FIXTURE = new ServerFixture();

    private String appId;
    private String segmentId;

    @BeforeEach
    void createAppAndSegment() {
        appId = FIXTURE.createApp("campaigns");
        segmentId = FIXTURE.client.createSegment(r -> r.applicationId(appId).writeSegmentRequest(s -> s
                .name("everyone"))).segmentResponse().id();
    }

    @AfterAll
    static void close() {
        FIXTURE.close();
    }

    private static String inMinutes(long minutes) {
        return FIXTURE.server.clock().now().plus(Duration.ofMinutes(minutes)).truncatedTo(ChronoUnit.SECONDS)
                .toString();
    }

    private WriteCampaignRequest.Builder sms(WriteCampaignRequest.Builder campaign) {
        return campaign.name("welcome").segmentId(segmentId)
                .messageConfiguration(m -> m.smsMessage(sms -> sms.body("Welcome!").messageType("TRANSACTIONAL")))
                .schedule(s -> s.startTime(inMinutes(60)));
    }

    private CampaignResponse create(Consumer<WriteCampaignRequest.Builder> campaign) {
        return FIXTURE.client.createCampaign(r -> r.applicationId(appId).writeCampaignRequest(w -> {
            sms(w);
            campaign.accept(w);
        })).campaignResponse();
    }

    private CampaignResponse update(String campaignId, Consumer<WriteCampaignRequest.Builder> campaign) {
        return FIXTURE.client.updateCampaign(r -> r.applicationId(appId).campaignId(campaignId)
                .writeCampaignRequest(campaign)).campaignResponse();
    }

    private CampaignResponse get(String campaignId) {
        return FIXTURE.client.getCampaign(r -> r.applicationId(appId).campaignId(campaignId)).campaignResponse();
    }

    @Test
    void createAnswersTheFirstVersionScheduledOnTheLatestSegmentVersion() {
        FIXTURE.client.updateSegment(r -> r.applicationId(appId).segmentId(segmentId)
                .writeSegmentRequest(s -> s.name("everyone, v2")));

        CampaignResponse created = create(c -> c.tags(Map.of("team", "growth")));

        assertThat(created.id()).matches("[0-9a-f]{32}");
        assertThat(created.arn()).isEqualTo("arn:aws:mobiletargeting:us-east-1:000000000000:apps/" + appId
                + "/campaigns/" + created.id());
        assertThat(created.applicationId()).isEqualTo(appId);
        assertThat(created.segmentId()).isEqualTo(segmentId);
        assertThat(created.segmentVersion()).isEqualTo(2);
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.state().campaignStatus()).isEqualTo(CampaignStatus.SCHEDULED);
        assertThat(created.defaultState()).isNull();
        assertThat(created.holdoutPercent()).isZero();
        assertThat(created.isPaused()).isFalse();
        assertThat(created.additionalTreatments()).isEmpty();
        assertThat(created.messageConfiguration().smsMessage().body()).isEqualTo("Welcome!");
        assertThat(created.tags()).containsExactly(Map.entry("team", "growth"));
        assertThat(created.creationDate()).isEqualTo(created.lastModifiedDate())
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(get(created.id())).isEqualTo(created);
    }

    @Test
    void aStartTimeInThePastIsRefusedWithAwsMessage() {
        String past = FIXTURE.server.clock().now().minus(Duration.ofMinutes(1)).toString();

        assertThatThrownBy(() -> create(c -> c.schedule(s -> s.startTime(past))))
                .isInstanceOf(BadRequestException.class)
                .hasMessageStartingWith("StartTime must be at least current time.");
    }

    @Test
    void scheduleRulesAreChecked() {
        assertThatThrownBy(() -> create(c -> c.schedule(s -> s.startTime("tomorrow"))))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("ISO 8601");
        assertThatThrownBy(() -> create(c -> c.schedule(s -> s.startTime(inMinutes(60)).endTime(inMinutes(30)))))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("EndTime must be after StartTime");
        assertThatThrownBy(() -> create(c -> c.schedule(s -> s.startTime("IMMEDIATE").timezone("CET"))))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("Timezone");
        assertThatThrownBy(() -> create(c -> c.schedule(s -> s.startTime(inMinutes(5)).frequency("EVENT"))))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("EventFilter");
        assertThatThrownBy(() -> create(c -> c.schedule((software.amazon.awssdk.services.pinpoint.model.Schedule)
                null))).isInstanceOf(BadRequestException.class).hasMessageContaining("Missing Schedule");

        CampaignResponse local = create(c -> c.schedule(s -> s.startTime(inMinutes(60)).isLocalTime(true)
                .timezone("utc-05")));
        assertThat(local.schedule().timezone()).isEqualTo("utc-05");
    }

    @Test
    void theSegmentAndAMessageAreRequired() {
        assertThatThrownBy(() -> create(c -> c.segmentId("0".repeat(32))))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("Segment not found");
        assertThatThrownBy(() -> create(c -> c.segmentVersion(9)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("no version 9");
        assertThatThrownBy(() -> create(c -> c.segmentId(null)))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("Missing SegmentId");
        assertThatThrownBy(() -> create(c -> c.messageConfiguration(m -> { })))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("Missing MessageConfiguration");
        CampaignResponse templated = create(c -> c.messageConfiguration((
                software.amazon.awssdk.services.pinpoint.model.MessageConfiguration) null)
                .templateConfiguration(t -> t.smsTemplate(tt -> tt.name("welcome-sms"))));
        assertThat(templated.templateConfiguration().smsTemplate().name()).isEqualTo("welcome-sms");
    }

    @Test
    void percentagesAndLimitsStayInTheirRanges() {
        assertThatThrownBy(() -> create(c -> c.holdoutPercent(101)))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("HoldoutPercent");
        assertThatThrownBy(() -> create(c -> c.holdoutPercent(30).additionalTreatments(
                t -> t.sizePercent(40), t -> t.sizePercent(40))))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("more than 100");
        assertThatThrownBy(() -> create(c -> c.limits(l -> l.daily(101))))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("Limits.Daily");
        assertThatThrownBy(() -> create(c -> c.limits(l -> l.maximumDuration(30))))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("Limits.MaximumDuration");
    }

    @Test
    void additionalTreatmentsAreNumberedAndShareTheCampaignState() {
        CampaignResponse ab = create(c -> c.holdoutPercent(10).treatmentName("A").additionalTreatments(
                t -> t.sizePercent(45).treatmentName("B")
                        .messageConfiguration(m -> m.smsMessage(s -> s.body("Hello!")))));

        assertThat(ab.additionalTreatments()).hasSize(1);
        assertThat(ab.additionalTreatments().get(0).id()).isEqualTo("1");
        assertThat(ab.additionalTreatments().get(0).sizePercent()).isEqualTo(45);
        assertThat(ab.additionalTreatments().get(0).state().campaignStatus()).isEqualTo(CampaignStatus.SCHEDULED);
        assertThat(ab.defaultState().campaignStatus()).isEqualTo(CampaignStatus.SCHEDULED);
        assertThat(ab.treatmentName()).isEqualTo("A");
    }

    @Test
    void eachUpdateWritesANewVersionThatKeepsWhatItOmits() {
        CampaignResponse first = create(c -> { });

        CampaignResponse second = update(first.id(), c -> c.name("welcome back"));

        assertThat(second.version()).isEqualTo(2);
        assertThat(second.name()).isEqualTo("welcome back");
        assertThat(second.messageConfiguration()).isEqualTo(first.messageConfiguration());
        assertThat(second.schedule()).isEqualTo(first.schedule());
        assertThat(second.creationDate()).isEqualTo(first.creationDate());
        CampaignResponse version1 = FIXTURE.client.getCampaignVersion(r -> r.applicationId(appId)
                .campaignId(first.id()).version("1")).campaignResponse();
        assertThat(version1.name()).isEqualTo("welcome");
        CampaignsResponse versions = FIXTURE.client.getCampaignVersions(r -> r.applicationId(appId)
                .campaignId(first.id()).pageSize("1")).campaignsResponse();
        assertThat(versions.item()).extracting(CampaignResponse::version).containsExactly(1);
        CampaignsResponse rest = FIXTURE.client.getCampaignVersions(r -> r.applicationId(appId)
                .campaignId(first.id()).pageSize("1").token(versions.nextToken())).campaignsResponse();
        assertThat(rest.item()).extracting(CampaignResponse::version).containsExactly(2);
        assertThat(rest.nextToken()).isNull();
        assertThatThrownBy(() -> FIXTURE.client.getCampaignVersion(r -> r.applicationId(appId)
                .campaignId(first.id()).version("3"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anUpdateMayKeepAStartTimeThatHasPassedButNotSetOne() {
        CampaignResponse campaign = create(c -> c.isPaused(true).schedule(s -> s.startTime(inMinutes(10))
                .frequency("DAILY").endTime(inMinutes(3 * 24 * 60))));
        FIXTURE.server.clock().advance(Duration.ofMinutes(20));

        CampaignResponse renamed = update(campaign.id(), c -> c.name("still paused").schedule(campaign.schedule()));
        assertThat(renamed.version()).isEqualTo(2);

        String past = FIXTURE.server.clock().now().minus(Duration.ofMinutes(5)).toString();
        assertThatThrownBy(() -> update(campaign.id(), c -> c.schedule(s -> s.startTime(past))))
                .isInstanceOf(BadRequestException.class).hasMessageStartingWith("StartTime must be at least");
    }

    @Test
    void getCampaignsPagesThroughTheApplicationsCampaigns() {
        create(c -> c.name("one"));
        create(c -> c.name("two"));
        create(c -> c.name("three"));

        CampaignsResponse first = FIXTURE.client.getCampaigns(r -> r.applicationId(appId).pageSize("2"))
                .campaignsResponse();
        CampaignsResponse second = FIXTURE.client.getCampaigns(r -> r.applicationId(appId).pageSize("2")
                .token(first.nextToken())).campaignsResponse();

        assertThat(first.item()).hasSize(2);
        assertThat(second.item()).hasSize(1);
        assertThat(second.nextToken()).isNull();
    }

    @Test
    void deleteAnswersTheCampaignAsDeletedAndForgetsIt() {
        CampaignResponse campaign = create(c -> c.tags(Map.of("k", "v")));

        CampaignResponse deleted = FIXTURE.client.deleteCampaign(r -> r.applicationId(appId)
                .campaignId(campaign.id())).campaignResponse();

        assertThat(deleted.id()).isEqualTo(campaign.id());
        assertThat(deleted.state().campaignStatus()).isEqualTo(CampaignStatus.DELETED);
        assertThatThrownBy(() -> get(campaign.id()))
                .isInstanceOf(NotFoundException.class).hasMessageStartingWith("Campaign not found");
        assertThatThrownBy(() -> FIXTURE.client.listTagsForResource(r -> r.resourceArn(campaign.arn())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void campaignsAreTaggableAndGoWithTheirApplication() {
        CampaignResponse campaign = create(c -> { });
        FIXTURE.client.tagResource(r -> r.resourceArn(campaign.arn()).tagsModel(t -> t.tags(Map.of("a", "1"))));
        assertThat(get(campaign.id()).tags()).containsExactly(Map.entry("a", "1"));

        FIXTURE.client.deleteApp(r -> r.applicationId(appId));

        assertThatThrownBy(() -> FIXTURE.client.listTagsForResource(r -> r.resourceArn(campaign.arn())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> FIXTURE.client.getCampaigns(r -> r.applicationId(appId)))
                .isInstanceOf(NotFoundException.class).hasMessageStartingWith("Application not found");
    }

    @Test
    void startTimesWithAnOffsetAreReadAsInstants() {
        Instant start = FIXTURE.server.clock().now().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
        String withOffset = start.atOffset(java.time.ZoneOffset.ofHours(-4)).toString();

        CampaignResponse campaign = create(c -> c.schedule(s -> s.startTime(withOffset).timezone("UTC-04")));

        assertThat(campaign.schedule().startTime()).isEqualTo(withOffset);
        assertThat(campaign.state().campaignStatus()).isEqualTo(CampaignStatus.SCHEDULED);
    }
}
