package dev.pinpointmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import software.amazon.awssdk.services.pinpoint.model.AttributeDimension;
import software.amazon.awssdk.services.pinpoint.model.ChannelType;
import software.amazon.awssdk.services.pinpoint.model.InAppMessageCampaign;
import software.amazon.awssdk.services.pinpoint.model.Layout;
import software.amazon.awssdk.services.pinpoint.model.NotFoundException;
import software.amazon.awssdk.services.pinpoint.model.WriteCampaignRequest;

/** GetInAppMessages serves the in-app campaigns whose segment holds the endpoint. */
class InAppMessagesTest {

    private static final ServerFixture FIXTURE = new ServerFixture();

    private String appId;
    private String segmentId;

    @BeforeEach
    void createAppEndpointsAndSegment() {
        appId = FIXTURE.createApp("in-app");
        for (String id : List.of("phone-1", "phone-2")) {
            FIXTURE.client.updateEndpoint(r -> r.applicationId(appId).endpointId(id).endpointRequest(e -> e
                    .channelType(ChannelType.IN_APP).address(id).user(u -> u.userId(id)
                            .userAttributes(Map.of("Name", List.of(id.equals("phone-1") ? "Ann" : "Bob"))))));
        }
        segmentId = FIXTURE.client.createSegment(r -> r.applicationId(appId).writeSegmentRequest(s -> s
                .dimensions(d -> d.userAttributes(Map.of("Name", AttributeDimension.builder().values("Ann")
                        .build()))))).segmentResponse().id();
    }

    @AfterAll
    static void close() {
        FIXTURE.close();
    }

    private String campaign(Consumer<WriteCampaignRequest.Builder> campaign) {
        return FIXTURE.client.createCampaign(r -> r.applicationId(appId).writeCampaignRequest(w -> {
            w.name("banner").segmentId(segmentId).priority(2).limits(l -> l.daily(3).session(1).total(10))
                    .schedule(s -> s.startTime("IMMEDIATE").frequency("IN_APP_EVENT")
                            .eventFilter(f -> f.filterType("ENDPOINT").dimensions(d -> d
                                    .eventType(t -> t.values("app.open")))))
                    .messageConfiguration(m -> m.inAppMessage(i -> i.layout(Layout.TOP_BANNER)
                            .content(c -> c.bodyConfig(b -> b.body("Sale today").alignment("CENTER")
                                    .textColor("#000000")))));
            campaign.accept(w);
        })).campaignResponse().id();
    }

    private List<InAppMessageCampaign> messagesFor(String endpointId) {
        return FIXTURE.client.getInAppMessages(r -> r.applicationId(appId).endpointId(endpointId))
                .inAppMessagesResponse().inAppMessageCampaigns();
    }

    @Test
    void anEndpointInTheSegmentGetsTheCampaignWithItsCapsAndTreatment() {
        String campaignId = campaign(c -> { });

        assertThat(messagesFor("phone-1")).singleElement().satisfies(served -> {
            assertThat(served.campaignId()).isEqualTo(campaignId);
            assertThat(served.treatmentId()).isEqualTo("0");
            assertThat(served.priority()).isEqualTo(2);
            assertThat(served.dailyCap()).isEqualTo(3);
            assertThat(served.sessionCap()).isEqualTo(1);
            assertThat(served.totalCap()).isEqualTo(10);
            assertThat(served.inAppMessage().layout()).isEqualTo(Layout.TOP_BANNER);
            assertThat(served.inAppMessage().content().get(0).bodyConfig().body()).isEqualTo("Sale today");
            assertThat(served.schedule().eventFilter().dimensions().eventType().values()).containsExactly("app.open");
        });
        assertThat(messagesFor("phone-2")).isEmpty();
    }

    @Test
    void inAppTemplatesAreRenderedForTheEndpoint() {
        String template = "banner-" + UUID.randomUUID();
        FIXTURE.client.createInAppTemplate(r -> r.templateName(template).inAppTemplateRequest(t -> t
                .layout(Layout.MIDDLE_BANNER).content(c -> c.bodyConfig(b -> b
                        .body("Hi {{User.UserAttributes.Name}}").alignment("LEFT").textColor("#111111")))));

        campaign(c -> c.messageConfiguration((software.amazon.awssdk.services.pinpoint.model.MessageConfiguration)
                null).templateConfiguration(t -> t.inAppTemplate(i -> i.name(template))));

        assertThat(messagesFor("phone-1")).singleElement().satisfies(served ->
                assertThat(served.inAppMessage().content().get(0).bodyConfig().body()).isEqualTo("Hi Ann"));
    }

    @Test
    void pausedEndedAndHeldOutCampaignsAreNotServed() {
        String paused = campaign(c -> c.isPaused(true));
        Instant end = FIXTURE.server.clock().now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        campaign(c -> c.schedule(s -> s.startTime("IMMEDIATE").frequency("IN_APP_EVENT").endTime(end.toString())
                .eventFilter(f -> f.filterType("ENDPOINT").dimensions(d -> d.eventType(t -> t.values("x"))))));
        campaign(c -> c.holdoutPercent(100));

        assertThat(messagesFor("phone-1")).hasSize(1).noneMatch(served -> served.campaignId().equals(paused));
        FIXTURE.server.clock().advance(Duration.ofHours(1));
        assertThat(messagesFor("phone-1")).isEmpty();
    }

    @Test
    void anUnknownEndpointIsNotFound() {
        assertThatThrownBy(() -> messagesFor("nobody")).isInstanceOf(NotFoundException.class);
    }
}
