package dev.pinpointmock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.pinpoint.PinpointClient;
import software.amazon.awssdk.services.pinpoint.model.ActivityResponse;
import software.amazon.awssdk.services.pinpoint.model.AttributeDimension;
import software.amazon.awssdk.services.pinpoint.model.CampaignResponse;
import software.amazon.awssdk.services.pinpoint.model.ChannelType;
import software.amazon.awssdk.services.pinpoint.model.EndpointRequest;
import software.amazon.awssdk.services.pinpoint.model.SegmentDimensions;
import software.amazon.awssdk.services.pinpoint.model.WriteCampaignRequest;

/** What a campaign run delivers: to its segment's endpoints, rendered, split and limited as Pinpoint does. */
class CampaignRunsTest {

    private static final ServerFixture FIXTURE = new ServerFixture();
    private static final SegmentDimensions GOLD = SegmentDimensions.builder()
            .userAttributes(Map.of("tier", AttributeDimension.builder().values("gold").build()))
            .build();

    private String appId;
    private String goldSegment;

    @BeforeEach
    void createAppWithChannelsEndpointsAndSegment() {
        appId = FIXTURE.createApp("runs");
        PinpointClient pinpoint = FIXTURE.client;
        pinpoint.updateSmsChannel(r -> r.applicationId(appId).smsChannelRequest(s -> s.enabled(true)));
        pinpoint.updateEmailChannel(r -> r.applicationId(appId).emailChannelRequest(e -> e
                .fromAddress("shop@example.com")
                .identity("arn:aws:ses:us-east-1:000000000000:identity/example.com")));
        endpoint("ann-sms", ChannelType.SMS, "+12065550101", "Ann", "gold");
        endpoint("ann-mail", ChannelType.EMAIL, "ann@example.com", "Ann", "gold");
        endpoint("bob-sms", ChannelType.SMS, "+12065550102", "Bob", "silver");
        endpoint("cid-sms", ChannelType.SMS, "+12065550103", "Cid", "gold");
        goldSegment = pinpoint.createSegment(r -> r.applicationId(appId).writeSegmentRequest(s -> s.name("gold")
                .dimensions(GOLD))).segmentResponse().id();
    }

    @AfterAll
    static void close() {
        FIXTURE.close();
    }

    private void endpoint(String id, ChannelType channel, String address, String name, String tier) {
        endpoint(id, e -> e.channelType(channel).address(address).user(u -> u.userId(name.toLowerCase())
                .userAttributes(Map.of("FirstName", List.of(name), "tier", List.of(tier)))));
    }

    private void endpoint(String id, Consumer<EndpointRequest.Builder> endpoint) {
        FIXTURE.client.updateEndpoint(r -> r.applicationId(appId).endpointId(id).endpointRequest(endpoint));
    }

    private CampaignResponse campaign(Consumer<WriteCampaignRequest.Builder> campaign) {
        return FIXTURE.client.createCampaign(r -> r.applicationId(appId).writeCampaignRequest(w -> {
            w.name("welcome").segmentId(goldSegment).schedule(s -> s.startTime("IMMEDIATE"))
                    .messageConfiguration(m -> m.smsMessage(s -> s.body("Hi {{User.UserAttributes.FirstName}}")));
            campaign.accept(w);
        })).campaignResponse();
    }

    private static List<DeliveredMessage> sentBy(CampaignResponse campaign) {
        return FIXTURE.server.messages().fromCampaign(campaign.id());
    }

    private List<ActivityResponse> activities(CampaignResponse campaign) {
        return FIXTURE.client.getCampaignActivities(r -> r.applicationId(appId).campaignId(campaign.id()))
                .activitiesResponse().item();
    }

    @Test
    void aRunDeliversRenderedTemplatesToExactlyTheEndpointsOfItsSegment() {
        String template = "welcome-" + UUID.randomUUID();
        FIXTURE.client.createSmsTemplate(r -> r.templateName(template).smsTemplateRequest(t -> t
                .body("Welcome, {{User.UserAttributes.FirstName}}!")));
        FIXTURE.client.createEmailTemplate(r -> r.templateName(template).emailTemplateRequest(t -> t
                .subject("Welcome {{User.UserAttributes.FirstName}}")
                .textPart("Hello {{User.UserAttributes.FirstName}}")
                .htmlPart("<p>Hello {{User.UserAttributes.FirstName}}</p>")));
        assertThat(FIXTURE.server.segmentMembers(appId, goldSegment)).containsExactly("ann-sms", "ann-mail", "cid-sms");

        CampaignResponse campaign = campaign(c -> c.messageConfiguration(m -> m.emailMessage(e -> e
                        .fromAddress("welcome@example.com")))
                .templateConfiguration(t -> t.smsTemplate(s -> s.name(template)).emailTemplate(e -> e.name(template))));

        List<DeliveredMessage> sent = sentBy(campaign);
        assertThat(sent).extracting(DeliveredMessage::endpointId)
                .containsExactlyInAnyOrder("ann-sms", "ann-mail", "cid-sms");
        assertThat(FIXTURE.server.messages().latestTo("+12065550101").body()).isEqualTo("Welcome, Ann!");
        assertThat(FIXTURE.server.messages().latestTo("+12065550103").body()).isEqualTo("Welcome, Cid!");
        DeliveredMessage email = FIXTURE.server.messages().latestTo("ann@example.com");
        assertThat(email.subject()).isEqualTo("Welcome Ann");
        assertThat(email.htmlBody()).isEqualTo("<p>Hello Ann</p>");
        assertThat(email.originationIdentity()).isEqualTo("welcome@example.com");
        assertThat(email.operation()).isEqualTo("Campaign");
        assertThat(email.treatmentId()).isEqualTo("0");
        assertThat(FIXTURE.server.messages().allTo("+12065550102")).isEmpty();
        assertThat(activities(campaign)).singleElement().satisfies(run -> {
            assertThat(run.totalEndpointCount()).isEqualTo(3);
            assertThat(run.successfulEndpointCount()).isEqualTo(3);
        });
    }

    @Test
    void inlineMessagesTakeMessageVariablesAndOnlyChannelsWithAMessageAreSent() {
        CampaignResponse campaign = campaign(c -> { });

        assertThat(sentBy(campaign)).extracting(DeliveredMessage::endpointId).containsExactly("ann-sms", "cid-sms");
        assertThat(sentBy(campaign)).extracting(DeliveredMessage::body).containsExactly("Hi Ann", "Hi Cid");
        assertThat(activities(campaign).get(0).totalEndpointCount()).isEqualTo(2);
    }

    @Test
    void optedOutAndInactiveEndpointsAreLeftOutAndFailuresCounted() {
        endpoint("ann-sms", e -> e.optOut("ALL"));
        endpoint("dee-sms", e -> e.channelType(ChannelType.SMS).address("not-a-number")
                .user(u -> u.userId("dee").userAttributes(Map.of("tier", List.of("gold")))));

        CampaignResponse campaign = campaign(c -> { });

        assertThat(sentBy(campaign)).extracting(DeliveredMessage::endpointId).containsExactly("cid-sms");
        assertThat(activities(campaign).get(0).totalEndpointCount()).isEqualTo(2);
        assertThat(activities(campaign).get(0).successfulEndpointCount()).isEqualTo(1);
    }

    @Test
    void aDisabledChannelFailsItsEndpoints() {
        FIXTURE.client.updateSmsChannel(r -> r.applicationId(appId).smsChannelRequest(s -> s.enabled(false)));

        CampaignResponse campaign = campaign(c -> { });

        assertThat(sentBy(campaign)).isEmpty();
        assertThat(activities(campaign).get(0).successfulEndpointCount()).isZero();
        assertThat(activities(campaign).get(0).totalEndpointCount()).isEqualTo(2);
    }

    @Test
    void eachRecurringRunReevaluatesTheSegmentAndLimitsCountPerEndpoint() {
        Instant start = FIXTURE.server.clock().now().plus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.SECONDS);
        CampaignResponse campaign = campaign(c -> c.limits(l -> l.total(2)).schedule(s -> s
                .startTime(start.toString()).frequency("DAILY").endTime(start.plus(Duration.ofDays(10)).toString())));

        FIXTURE.server.clock().advance(Duration.ofMinutes(1));
        assertThat(sentBy(campaign)).hasSize(2);
        endpoint("bob-sms", e -> e.user(u -> u.userAttributes(Map.of("tier", List.of("gold")))));
        FIXTURE.server.clock().advance(Duration.ofDays(1));
        assertThat(sentBy(campaign)).extracting(DeliveredMessage::endpointId)
                .containsExactly("ann-sms", "cid-sms", "ann-sms", "bob-sms", "cid-sms");
        FIXTURE.server.clock().advance(Duration.ofDays(1));
        assertThat(sentBy(campaign)).as("Total 2 stops Ann and Cid; Bob gets his second")
                .extracting(DeliveredMessage::endpointId).endsWith("bob-sms").hasSize(6);
    }

    @Test
    void aCampaignOnASegmentVersionKeepsThatVersionsCriteria() {
        FIXTURE.client.updateSegment(r -> r.applicationId(appId).segmentId(goldSegment).writeSegmentRequest(s -> s
                .dimensions(d -> d.userAttributes(Map.of("tier", AttributeDimension.builder().values("silver")
                        .build())))));

        CampaignResponse onVersion1 = campaign(c -> c.segmentVersion(1));
        CampaignResponse onLatest = campaign(c -> { });

        assertThat(sentBy(onVersion1)).extracting(DeliveredMessage::endpointId).containsExactly("ann-sms", "cid-sms");
        assertThat(sentBy(onLatest)).extracting(DeliveredMessage::endpointId).containsExactly("bob-sms");
        assertThat(FIXTURE.server.segmentMembers(appId, goldSegment, 1)).containsExactly("ann-sms", "ann-mail",
                "cid-sms");
    }

    @Test
    void treatmentsSendTheirOwnMessagesAndTheHoldoutNothing() {
        for (int i = 0; i < 40; i++) {
            endpoint("many-" + i, ChannelType.SMS, "+120655502" + String.format("%02d", i), "N" + i, "gold");
        }

        CampaignResponse campaign = campaign(c -> c.holdoutPercent(20).additionalTreatments(t -> t.sizePercent(40)
                .messageConfiguration(m -> m.smsMessage(s -> s.body("B for {{User.UserAttributes.FirstName}}")))));

        List<DeliveredMessage> sent = sentBy(campaign);
        assertThat(sent).isNotEmpty().hasSizeLessThan(42);
        assertThat(sent).allSatisfy(message -> assertThat(message.body())
                .startsWith(message.treatmentId().equals("1") ? "B for " : "Hi "));
        assertThat(sent).extracting(DeliveredMessage::treatmentId).contains("0", "1");
        assertThat(activities(campaign)).extracting(ActivityResponse::treatmentId).containsExactlyInAnyOrder("0", "1");
        int counted = activities(campaign).stream().mapToInt(ActivityResponse::successfulEndpointCount).sum();
        assertThat(counted).isEqualTo(sent.size());
    }

    @Test
    void theSplitIsTheSameOnEveryRunOfASeededServer() {
        assertThat(recipientsOnASeededServer()).isEqualTo(recipientsOnASeededServer());
    }

    private static List<String> recipientsOnASeededServer() {
        try (PinpointMockServer server = PinpointMockServer.builder().seed(7).build().start();
             PinpointClient pinpoint = server.newClient()) {
            String app = pinpoint.createApp(r -> r.createApplicationRequest(a -> a.name("seeded")))
                    .applicationResponse().id();
            pinpoint.updateSmsChannel(r -> r.applicationId(app).smsChannelRequest(s -> s.enabled(true)));
            for (int i = 0; i < 30; i++) {
                String phone = "+120655503" + String.format("%02d", i);
                pinpoint.updateEndpoint(r -> r.applicationId(app).endpointId("e" + phone.substring(9))
                        .endpointRequest(e -> e.channelType(ChannelType.SMS).address(phone)));
            }
            String segment = pinpoint.createSegment(r -> r.applicationId(app).writeSegmentRequest(s -> s.name("all")))
                    .segmentResponse().id();
            String campaign = pinpoint.createCampaign(r -> r.applicationId(app).writeCampaignRequest(w -> w
                    .segmentId(segment).holdoutPercent(50).schedule(s -> s.startTime("IMMEDIATE"))
                    .messageConfiguration(m -> m.smsMessage(s -> s.body("hi"))))).campaignResponse().id();
            List<String> recipients = server.messages().fromCampaign(campaign).stream()
                    .map(DeliveredMessage::endpointId).toList();
            assertThat(recipients).hasSizeBetween(1, 29);
            return recipients;
        }
    }
}
