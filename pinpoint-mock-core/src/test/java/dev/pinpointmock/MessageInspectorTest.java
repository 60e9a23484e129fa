package dev.pinpointmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.pinpoint.model.AddressConfiguration;

class MessageInspectorTest {

    private static final ServerFixture FIXTURE = new ServerFixture();

    @AfterAll
    static void close() {
        FIXTURE.close();
    }

    @Test
    void otpSendsAppearWithTheTextAwsSends() {
        String appId = FIXTURE.createApp("otp-messages");
        FIXTURE.client.sendOTPMessage(r -> r.applicationId(appId).sendOTPMessageRequestParameters(p -> p
                .brandName("Shop").channel("SMS").destinationIdentity("+12065550180")
                .originationIdentity("+12065550199").referenceId("login")));

        GeneratedOtp otp = FIXTURE.server.otps().latestFor("+12065550180");
        DeliveredMessage message = FIXTURE.server.messages().latestTo("+12065550180");

        assertThat(message.operation()).isEqualTo("SendOTPMessage");
        assertThat(message.channel()).isEqualTo("SMS");
        assertThat(message.body()).isEqualTo(otp.messageBody())
                .isEqualTo("This is your One Time Password: " + otp.code() + " from Shop");
        assertThat(message.originationIdentity()).isEqualTo("+12065550199");
        assertThat(message.messageType()).isEqualTo("TRANSACTIONAL");
        assertThat(message.sentAt()).isEqualTo(otp.createdAt());
    }

    @Test
    void readsByAddressChannelAndOrder() {
        String appId = FIXTURE.createApp("reads");
        FIXTURE.client.updateSmsChannel(r -> r.applicationId(appId).smsChannelRequest(s -> s.enabled(true)));
        for (String body : new String[] {"one", "two"}) {
            FIXTURE.client.sendMessages(r -> r.applicationId(appId).messageRequest(m -> m
                    .messageConfiguration(c -> c.smsMessage(s -> s.body(body)))
                    .addresses(Map.of("+12065550181", AddressConfiguration.builder().channelType("SMS").build()))));
        }

        MessageInspector messages = FIXTURE.server.messages();
        assertThat(messages.latestTo("+12065550181").body()).isEqualTo("two");
        assertThat(messages.allTo("+12065550181")).extracting(DeliveredMessage::body).containsExactly("one", "two");
        assertThat(messages.allOn("SMS")).extracting(DeliveredMessage::address).contains("+12065550181");
        assertThat(messages.all()).isNotEmpty();
        assertThat(messages.find(m -> m.body().equals("one"))).isPresent();
        assertThat(messages.latest()).isNotNull();
    }

    @Test
    void aReadThatFindsNothingSaysWhatWasDelivered() {
        assertThatThrownBy(() -> FIXTURE.server.messages().latestTo("nobody@example.com"))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("No message was delivered to address nobody@example.com.");
    }

    @Test
    void resetForgetsDeliveredMessages() {
        try (PinpointMockServer server = PinpointMockServer.builder().build().start();
             var client = server.newClient()) {
            String appId = client.createApp(r -> r.createApplicationRequest(a -> a.name("reset")))
                    .applicationResponse().id();
            client.sendOTPMessage(r -> r.applicationId(appId).sendOTPMessageRequestParameters(p -> p
                    .brandName("Shop").channel("SMS").destinationIdentity("+12065550182")
                    .originationIdentity("+12065550199").referenceId("r")));
            assertThat(server.messages().all()).hasSize(1);

            server.reset();

            assertThat(server.messages().all()).isEmpty();
        }
    }
}
