package dev.pinpointmock.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pinpointmock.DeliveredMessage;
import dev.pinpointmock.MessageInspector;
import dev.pinpointmock.junit5.PinpointMock;
import dev.pinpointmock.junit5.Reset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.pinpoint.PinpointClient;
import software.amazon.awssdk.services.pinpoint.model.DeliveryStatus;
import software.amazon.awssdk.services.pinpoint.model.EndpointMessageResult;

/** The shipping notifications, asserted on what each customer would have received. */
@PinpointMock(reset = Reset.BEFORE_EACH_TEST)
class CustomerNotificationsTest {

    private CustomerNotifications notifications;

    @BeforeEach
    void newProject(PinpointClient pinpoint) {
        String appId = pinpoint.createApp(r -> r.createApplicationRequest(a -> a.name("shop")))
                .applicationResponse().id();
        pinpoint.updateSmsChannel(r -> r.applicationId(appId).smsChannelRequest(c -> c.enabled(true)));
        pinpoint.updateEmailChannel(r -> r.applicationId(appId).emailChannelRequest(c -> c.enabled(true)
                .fromAddress("orders@example.com")
                .identity("arn:aws:ses:us-east-1:000000000000:identity/example.com")));
        notifications = new CustomerNotifications(pinpoint, appId);
    }

    @Test
    void aShippedOrderReachesTheCustomersPhoneAndInbox(MessageInspector messages) {
        notifications.registerPhone("ada", "+12065550142", "Ada");
        notifications.registerEmail("ada", "ada@example.com", "Ada");

        Map<String, EndpointMessageResult> results = notifications.orderShipped("ada", "A-1001");

        assertThat(results).containsOnlyKeys("phone-ada", "email-ada");
        assertThat(results.values()).extracting(EndpointMessageResult::deliveryStatus)
                .containsOnly(DeliveryStatus.SUCCESSFUL);

        DeliveredMessage sms = messages.latestTo("+12065550142");
        assertThat(sms.channel()).isEqualTo("SMS");
        assertThat(sms.body()).isEqualTo("Hi Ada, order A-1001 is on its way.");
        assertThat(sms.messageType()).isEqualTo("TRANSACTIONAL");
        assertThat(sms.userId()).isEqualTo("ada");

        DeliveredMessage email = messages.latestTo("ada@example.com");
        assertThat(email.subject()).isEqualTo("Order A-1001 shipped");
        assertThat(email.body()).isEqualTo("Hello Ada, your order A-1001 has shipped.");
        assertThat(email.traceId()).isEqualTo("order-A-1001");
    }

    @Test
    void anOptedOutPhoneGetsNothingWhileTheEmailStillGoes(MessageInspector messages) {
        notifications.registerPhone("bob", "+12065550143", "Bob");
        notifications.registerEmail("bob", "bob@example.com", "Bob");
        notifications.optOutPhone("bob");

        Map<String, EndpointMessageResult> results = notifications.orderShipped("bob", "B-2002");

        assertThat(results.get("phone-bob").deliveryStatus()).isEqualTo(DeliveryStatus.OPT_OUT);
        assertThat(results.get("email-bob").deliveryStatus()).isEqualTo(DeliveryStatus.SUCCESSFUL);
        assertThat(messages.allTo("+12065550143")).isEmpty();
        assertThat(messages.all()).singleElement()
                .satisfies(message -> assertThat(message.address()).isEqualTo("bob@example.com"));
    }

    @Test
    void aCustomerWithoutDevicesIsReportedNotSent(MessageInspector messages) {
        Map<String, EndpointMessageResult> results = notifications.orderShipped("nobody", "C-3003");

        assertThat(results.values()).extracting(EndpointMessageResult::deliveryStatus)
                .containsOnly(DeliveryStatus.PERMANENT_FAILURE);
        assertThat(messages.all()).isEmpty();
    }
}
