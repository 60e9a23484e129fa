package dev.pinpointmock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.pinpoint.model.Activity;
import software.amazon.awssdk.services.pinpoint.model.AttributeDimension;
import software.amazon.awssdk.services.pinpoint.model.ChannelType;
import software.amazon.awssdk.services.pinpoint.model.JourneyResponse;
import software.amazon.awssdk.services.pinpoint.model.SegmentDimensions;
import software.amazon.awssdk.services.pinpoint.model.State;

/** What a published journey does to its participants as the server's clock moves. */
class JourneyRunsTest {

    private static final ServerFixture FIXTURE = new ServerFixture();

    private String appId;
    private String segmentId;
    private String template;

    @BeforeEach
    void createAppEndpointsSegmentAndTemplate() {
        appId = FIXTURE.createApp("journey-runs");
        FIXTURE.client.updateSmsChannel(r -> r.applicationId(appId).smsChannelRequest(s -> s.enabled(true)));
        for (String name : List.of("Ann", "Bob")) {
            String phone = name.equals("Ann") ? "+12065550111" : "+12065550112";
            FIXTURE.client.updateEndpoint(r -> r.applicationId(appId).endpointId(name.toLowerCase())
                    .endpointRequest(e -> e.channelType(ChannelType.SMS).address(phone).user(u -> u.userId(name)
                            .userAttributes(Map.of("FirstName", List.of(name), "plan",
                                    List.of(name.equals("Ann") ? "pro" : "free"))))));
        }
        segmentId = FIXTURE.client.createSegment(r -> r.applicationId(appId).writeSegmentRequest(s -> s
                .name("all"))).segmentResponse().id();
        template = "journey-" + UUID.randomUUID();
        FIXTURE.client.createSmsTemplate(r -> r.templateName(template).smsTemplateRequest(t -> t
                .body("Hello {{User.UserAttributes.FirstName}}")));
    }

    @AfterAll
    static void close() {
        FIXTURE.close();
    }

    private JourneyResponse publish(Map<String, Activity> activities, String start) {
        return FIXTURE.client.createJourney(r -> r.applicationId(appId).writeJourneyRequest(w -> w.name("j")
                .activities(activities).startActivity(start).state(State.ACTIVE)
                .startCondition(c -> c.segmentStartCondition(s -> s.segmentId(segmentId))))).journeyResponse();
    }

    private static List<String> bodies(JourneyResponse journey) {
        return FIXTURE.server.messages().fromJourney(journey.id()).stream().map(DeliveredMessage::body).toList();
    }

    @Test
    void participantsGetTheTemplateThenWaitThenTheNextMessage() {
        JourneyResponse journey = publish(Map.of(
                "hello", Activity.builder().sms(s -> s.templateName(template).nextActivity("later")).build(),
                "later", Activity.builder().waitValue(w -> w.waitTime(t -> t.waitFor("P2D")).nextActivity("again"))
                        .build(),
                "again", Activity.builder().sms(s -> s.templateName(template)).build()), "hello");

        assertThat(bodies(journey)).containsExactlyInAnyOrder("Hello Ann", "Hello Bob");
        assertThat(FIXTURE.server.messages().fromJourney(journey.id()).get(0).journeyActivityId()).isEqualTo("hello");
        assertThat(metric(journey, "ENDPOINT_ACTIVE")).isEqualTo("2");

        FIXTURE.server.clock().advance(Duration.ofDays(2));

        assertThat(bodies(journey)).hasSize(4);
        assertThat(metric(journey, "ENDPOINT_ENTERED")).isEqualTo("2");
        assertThat(metric(journey, "ENDPOINT_LEFT")).isEqualTo("2");
        assertThat(FIXTURE.client.getJourney(r -> r.applicationId(appId).journeyId(journey.id())).journeyResponse()
                .state()).isEqualTo(State.COMPLETED);
        assertThat(FIXTURE.client.getJourneyExecutionActivityMetrics(r -> r.applicationId(appId)
                .journeyId(journey.id()).journeyActivityId("again")).journeyExecutionActivityMetricsResponse()
                .metrics()).containsEntry("SUCCESS", "2");
    }

    @Test
    void aYesNoSplitSendsEachParticipantDownItsPath() {
        SegmentDimensions pro = SegmentDimensions.builder().userAttributes(Map.of("plan",
                AttributeDimension.builder().values("pro").build())).build();
        JourneyResponse journey = publish(Map.of(
                "split", Activity.builder().conditionalSplit(c -> c.condition(x -> x.conditions(s -> s
                        .segmentDimensions(pro))).trueActivity("thanks").falseActivity("upgrade")).build(),
                "thanks", Activity.builder().sms(s -> s.templateName(template)).build(),
                "upgrade", Activity.builder().holdout(h -> h.percentage(100)).build()), "split");

        assertThat(FIXTURE.server.messages().fromJourney(journey.id())).extracting(DeliveredMessage::endpointId)
                .containsExactly("ann");
        assertThat(FIXTURE.client.getJourneyExecutionActivityMetrics(r -> r.applicationId(appId)
                .journeyId(journey.id()).journeyActivityId("upgrade")).journeyExecutionActivityMetricsResponse()
                .metrics()).containsEntry("HOLDOUT", "1");
    }

    @Test
    void cancellingStopsParticipantsWhereTheyWait() {
        JourneyResponse journey = publish(Map.of(
                "wait", Activity.builder().waitValue(w -> w.waitTime(t -> t.waitFor("PT1H")).nextActivity("send"))
                        .build(),
                "send", Activity.builder().sms(s -> s.templateName(template)).build()), "wait");

        FIXTURE.client.updateJourneyState(r -> r.applicationId(appId).journeyId(journey.id())
                .journeyStateRequest(s -> s.state(State.CANCELLED)));
        FIXTURE.server.clock().advance(Duration.ofHours(2));

        assertThat(bodies(journey)).isEmpty();
        assertThat(metric(journey, "CANCELLED")).isEqualTo("2");
    }

    private String metric(JourneyResponse journey, String name) {
        return FIXTURE.client.getJourneyExecutionMetrics(r -> r.applicationId(appId).journeyId(journey.id()))
                .journeyExecutionMetricsResponse().metrics().get(name);
    }
}
