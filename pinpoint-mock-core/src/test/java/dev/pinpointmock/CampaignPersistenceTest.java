package dev.pinpointmock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.pinpoint.PinpointClient;
import software.amazon.awssdk.services.pinpoint.model.Activity;
import software.amazon.awssdk.services.pinpoint.model.ChannelType;
import software.amazon.awssdk.services.pinpoint.model.State;

/** Segments, campaigns and journeys in a data directory come back exactly after a restart. */
class CampaignPersistenceTest {

    @TempDir
    Path dataDir;

    @Test
    void segmentVersionsCampaignRunsAndJourneysSurviveARestart() {
        String appId;
        List<Object> before;
        try (PinpointMockServer server = persistent().start(); PinpointClient client = server.newClient()) {
            appId = client.createApp(r -> r.createApplicationRequest(a -> a.name("durable"))).applicationResponse()
                    .id();
            String app = appId;
            client.updateSmsChannel(r -> r.applicationId(app).smsChannelRequest(s -> s.enabled(true)));
            client.updateEndpoint(r -> r.applicationId(app).endpointId("e1").endpointRequest(e -> e
                    .channelType(ChannelType.SMS).address("+12065550141")));
            String segment = client.createSegment(r -> r.applicationId(app).writeSegmentRequest(s -> s.name("v1")))
                    .segmentResponse().id();
            client.updateSegment(r -> r.applicationId(app).segmentId(segment).writeSegmentRequest(s -> s.name("v2")));
            client.createCampaign(r -> r.applicationId(app).writeCampaignRequest(w -> w.name("now").segmentId(segment)
                    .schedule(s -> s.startTime("IMMEDIATE")).messageConfiguration(m -> m.smsMessage(s -> s
                            .body("Hi"))))).campaignResponse();
            String journey = client.createJourney(r -> r.applicationId(app).writeJourneyRequest(w -> w.name("j")
                    .startActivity("wait").startCondition(c -> c.segmentStartCondition(s -> s.segmentId(segment)))
                    .activities(Map.of("wait", Activity.builder().waitValue(a -> a.waitTime(t -> t.waitFor("P1D")))
                            .build())))).journeyResponse().id();
            client.updateJourneyState(r -> r.applicationId(app).journeyId(journey).journeyStateRequest(s -> s
                    .state(State.ACTIVE))).journeyResponse();
            before = describe(client, app);
        }

        try (PinpointMockServer server = persistent().start(); PinpointClient client = server.newClient()) {
            assertThat(describe(client, appId)).isEqualTo(before);
        }
    }

    private static List<Object> describe(PinpointClient client, String appId) {
        String segment = client.getSegments(r -> r.applicationId(appId)).segmentsResponse().item().get(0).id();
        String campaign = client.getCampaigns(r -> r.applicationId(appId)).campaignsResponse().item().get(0).id();
        return List.of(
                client.getSegmentVersions(r -> r.applicationId(appId).segmentId(segment)).segmentsResponse(),
                client.getCampaigns(r -> r.applicationId(appId)).campaignsResponse(),
                client.getCampaignActivities(r -> r.applicationId(appId).campaignId(campaign)).activitiesResponse(),
                client.listJourneys(r -> r.applicationId(appId)).journeysResponse());
    }

    private PinpointMockServer persistent() {
        return PinpointMockServer.builder().dataDirectory(dataDir).build();
    }
}
