package dev.pinpointmock.examples;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.pinpoint.PinpointClient;
import software.amazon.awssdk.services.pinpoint.model.ChannelType;
import software.amazon.awssdk.services.pinpoint.model.EndpointMessageResult;
import software.amazon.awssdk.services.pinpoint.model.EndpointSendConfiguration;
import software.amazon.awssdk.services.pinpoint.model.MessageType;

/**
 * Keeps each customer's phone and email as Pinpoint endpoints of their user id, and tells them when an
 * order ships: a transactional SMS to the phone and an email, in one call. Application code that knows
 * nothing of pinpoint-mock.
 */
public final class CustomerNotifications {

    private final PinpointClient pinpoint;
    private final String applicationId;

    public CustomerNotifications(PinpointClient pinpoint, String applicationId) {
        this.pinpoint = pinpoint;
        this.applicationId = applicationId;
    }

    /** Registers (or updates) a customer's mobile phone, in E.164 form, with their name for greetings. */
    public void registerPhone(String userId, String phoneNumber, String firstName) {
        register(userId, "phone-" + userId, ChannelType.SMS, phoneNumber, firstName);
    }

    /** Registers (or updates) a customer's email address. */
    public void registerEmail(String userId, String emailAddress, String firstName) {
        register(userId, "email-" + userId, ChannelType.EMAIL, emailAddress, firstName);
    }

    /** Stops all messages to a customer's phone, as when they reply STOP. */
    public void optOutPhone(String userId) {
        pinpoint.updateEndpoint(r -> r.applicationId(applicationId).endpointId("phone-" + userId)
                .endpointRequest(e -> e.optOut("ALL")));
    }

    /**
     * Tells a customer on every registered channel that an order shipped.
     *
     * @return Pinpoint's result for each of the customer's endpoints, by endpoint id
     */
    public Map<String, EndpointMessageResult> orderShipped(String userId, String orderId) {
        return pinpoint.sendUsersMessages(r -> r.applicationId(applicationId).sendUsersMessageRequest(m -> m
                .users(Map.of(userId, EndpointSendConfiguration.builder()
                        .substitutions(Map.of("OrderId", List.of(orderId))).build()))
                .messageConfiguration(c -> c
                        .smsMessage(sms -> sms
                                .body("Hi {{User.UserAttributes.FirstName}}, order {{OrderId}} is on its way.")
                                .messageType(MessageType.TRANSACTIONAL)
                                .originationNumber("+12065550199"))
                        .emailMessage(email -> email
                                .fromAddress("orders@example.com")
                                .simpleEmail(simple -> simple
                                        .subject(part -> part.data("Order {{OrderId}} shipped"))
                                        .textPart(part -> part.data(
                                                "Hello {{User.UserAttributes.FirstName}}, your order {{OrderId}}"
                                                        + " has shipped.")))))
                .traceId("order-" + orderId)))
                .sendUsersMessageResponse().result().get(userId);
    }

    private void register(String userId, String endpointId, ChannelType channel, String address, String firstName) {
        pinpoint.updateEndpoint(r -> r.applicationId(applicationId).endpointId(endpointId)
                .endpointRequest(e -> e
                        .channelType(channel)
                        .address(address)
                        .optOut("NONE")
                        .user(u -> u.userId(userId).userAttributes(Map.of("FirstName", List.of(firstName))))));
    }
}
