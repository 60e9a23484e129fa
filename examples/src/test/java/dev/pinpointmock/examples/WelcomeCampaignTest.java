package dev.pinpointmock.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pinpointmock.DeliveredMessage;
import dev.pinpointmock.MessageInspector;
import dev.pinpointmock.MockClock;
import dev.pinpointmock.PinpointMockServer;
import dev.pinpointmock.junit5.PinpointMock;
import dev.pinpointmock.junit5.Reset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.pinpoint.PinpointClient;
import software.amazon.awssdk.services.pinpoint.model.ActivityResponse;
import software.amazon.awssdk.services.pinpoint.model.CampaignStatus;
import software.amazon.awssdk.services.pinpoint.model.ChannelType;

/**
 * A welcome campaign to a segment, rendered from a template: the test moves the server's clock to the
 * next morning instead of waiting, then reads what each member would have received.
 */
@PinpointMock(reset = Reset.BEFORE_EACH_TEST)
class WelcomeCampaignTest {

    private PinpointClient pinpoint;
    private String appId;

    @BeforeEach
    void projectWithCustomers(PinpointClient pinpoint) {
        this.pinpoint = pinpoint;
        appId = pinpoint.createApp(r -> r.createApplicationRequest(a -> a.name("club"))).applicationResponse().id();
        pinpoint.updateSmsChannel(r -> r.applicationId(appId).smsChannelRequest(c -> c.enabled(true)));
        pinpoint.updateEmailChannel(r -> r.applicationId(appId).emailChannelRequest(c -> c
                .fromAddress("hello@example.com").identity("arn:aws:ses:us-east-1:000000000000:identity/example.com")));
        customer("ada", "Ada", "Premium", ChannelType.SMS, "+12065550161");
        customer("ada", "Ada", "Premium", ChannelType.EMAIL, "ada@example.com");
        customer("bo", "Bo", "Basic", ChannelType.SMS, "+12065550162");
        customer("cy", "Cy", "Premium", ChannelType.SMS, "+12065550163");
    }

    private void customer(String userId, String name, String plan, ChannelType channel, String address) {
        pinpoint.updateEndpoint(r -> r.applicationId(appId).endpointId(userId + "-" + channel)
                .endpointRequest(e -> e.channelType(channel).address(address).user(u -> u.userId(userId)
                        .userAttributes(Map.of("FirstName", List.of(name), "Plan", List.of(plan))))));
    }

    @Test
    void premiumMembersAreWelcomedTheNextMorning(MockClock clock, MessageInspector messages,
                                                 PinpointMockServer server) {
        WelcomeCampaign welcome = new WelcomeCampaign(pinpoint, appId, clock);
        welcome.createTemplates();

        String campaignId = welcome.scheduleFor("Premium");
        assertThat(messages.fromCampaign(campaignId)).as("nothing before nine").isEmpty();
        assertThat(server.segmentMembers(appId, pinpoint.getCampaign(r -> r.applicationId(appId)
                .campaignId(campaignId)).campaignResponse().segmentId()))
                .containsExactlyInAnyOrder("ada-SMS", "ada-EMAIL", "cy-SMS");

        clock.setTo(welcome.nextSendTime().toInstant());

        assertThat(messages.fromCampaign(campaignId)).extracting(DeliveredMessage::address)
                .containsExactlyInAnyOrder("+12065550161", "ada@example.com", "+12065550163");
        assertThat(messages.latestTo("+12065550161").body()).isEqualTo("Welcome, Ada! Reply STOP to opt out.");
        DeliveredMessage email = messages.latestTo("ada@example.com");
        assertThat(email.subject()).isEqualTo("Welcome to Premium, Ada");
        assertThat(email.htmlBody()).isEqualTo("<h1>Hello Ada</h1><p>Glad to have you.</p>");
        assertThat(email.originationIdentity()).isEqualTo("hello@example.com");
        assertThat(messages.allTo("+12065550162")).as("Bo is on Basic").isEmpty();

        assertThat(pinpoint.getCampaign(r -> r.applicationId(appId).campaignId(campaignId)).campaignResponse()
                .state().campaignStatus()).isEqualTo(CampaignStatus.COMPLETED);
        assertThat(pinpoint.getCampaignActivities(r -> r.applicationId(appId).campaignId(campaignId))
                .activitiesResponse().item()).singleElement()
                .extracting(ActivityResponse::successfulEndpointCount).isEqualTo(3);
    }
}
