package dev.pinpointmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.pinpoint.model.BadRequestException;
import software.amazon.awssdk.services.pinpoint.model.DeliveryStatus;
import software.amazon.awssdk.services.pinpoint.model.EndpointMessageResult;
import software.amazon.awssdk.services.pinpoint.model.EndpointSendConfiguration;
import software.amazon.awssdk.services.pinpoint.model.SendUsersMessageResponse;

class SendUsersMessagesTest {

    private static final ServerFixture FIXTURE = new ServerFixture();

    private String appId;

    @BeforeEach
    void createApp() {
        appId = FIXTURE.createApp("users-messages");
        FIXTURE.client.updateSmsChannel(r -> r.applicationId(appId).smsChannelRequest(s -> s.enabled(true)));
        FIXTURE.client.updateGcmChannel(r -> r.applicationId(appId).gcmChannelRequest(g -> g.apiKey("key")));
    }

    @AfterAll
    static void close() {
        FIXTURE.close();
    }

    private SendUsersMessageResponse send(Map<String, EndpointSendConfiguration> users) {
        return FIXTURE.client.sendUsersMessages(r -> r.applicationId(appId).sendUsersMessageRequest(m -> m
                .messageConfiguration(c -> c.smsMessage(s -> s.body("Your table is ready"))
                        .gcmMessage(g -> g.title("Table").body("Your table is ready")))
                .users(users))).sendUsersMessageResponse();
    }

    @Test
    void everyEndpointOfEachUserIsAnsweredUnderTheUserAndTheEndpoint() {
        FIXTURE.client.updateEndpoint(r -> r.applicationId(appId).endpointId("testuserendpoint")
                .endpointRequest(e -> e.channelType("SMS").address("+12345678900").user(u -> u.userId("testuser"))));
        FIXTURE.client.updateEndpoint(r -> r.applicationId(appId).endpointId("testuserphone")
                .endpointRequest(e -> e.channelType("GCM").address("fcm-token").user(u -> u.userId("testuser"))));

        SendUsersMessageResponse response = send(Map.of("testuser", EndpointSendConfiguration.builder().build()));

        assertThat(response.applicationId()).isEqualTo(appId);
        assertThat(response.requestId()).isNotEmpty();
        Map<String, EndpointMessageResult> results = response.result().get("testuser");
        assertThat(results).containsOnlyKeys("testuserendpoint", "testuserphone");
        assertThat(results.get("testuserendpoint").address()).isEqualTo("+12345678900");
        assertThat(results.get("testuserendpoint").deliveryStatus()).isEqualTo(DeliveryStatus.SUCCESSFUL);
        assertThat(results.get("testuserphone").deliveryStatus()).isEqualTo(DeliveryStatus.SUCCESSFUL);

        DeliveredMessage push = FIXTURE.server.messages().latestTo("fcm-token");
        assertThat(push.operation()).isEqualTo("SendUsersMessages");
        assertThat(push.userId()).isEqualTo("testuser");
        assertThat(push.endpointId()).isEqualTo("testuserphone");
        assertThat(push.title()).isEqualTo("Table");
    }

    @Test
    void aUserWithoutEndpointsIsAnsweredAsAwsDoes() {
        EndpointMessageResult result = send(Map.of("nobody", EndpointSendConfiguration.builder().build()))
                .result().get("nobody").get("");

        assertThat(result.address()).isEmpty();
        assertThat(result.deliveryStatus()).isEqualTo(DeliveryStatus.PERMANENT_FAILURE);
        assertThat(result.statusCode()).isEqualTo(400);
        assertThat(result.statusMessage()).isEqualTo("No endpoints found for userId.");
    }

    @Test
    void aUsersFailingEndpointFailsAloneAndOverridesApplyToTheUser() {
        FIXTURE.client.updateEndpoint(r -> r.applicationId(appId).endpointId("mail")
                .endpointRequest(e -> e.channelType("EMAIL").address("dee@example.com").user(u -> u.userId("dee"))));
        FIXTURE.client.updateEndpoint(r -> r.applicationId(appId).endpointId("sms")
                .endpointRequest(e -> e.channelType("SMS").address("+12065550170").user(u -> u.userId("dee"))));

        Map<String, EndpointMessageResult> results = send(Map.of("dee", EndpointSendConfiguration.builder()
                .bodyOverride("Dee, your table is ready").build())).result().get("dee");

        assertThat(results.get("mail").deliveryStatus()).isEqualTo(DeliveryStatus.PERMANENT_FAILURE);
        assertThat(results.get("mail").statusMessage()).isEqualTo("EMAIL channel is not enabled");
        assertThat(results.get("sms").deliveryStatus()).isEqualTo(DeliveryStatus.SUCCESSFUL);
        assertThat(FIXTURE.server.messages().latestTo("+12065550170").body()).isEqualTo("Dee, your table is ready");
    }

    @Test
    void aSendWithoutUsersIsABadRequest() {
        assertThatThrownBy(() -> send(Map.of())).isInstanceOf(BadRequestException.class);
    }
}
