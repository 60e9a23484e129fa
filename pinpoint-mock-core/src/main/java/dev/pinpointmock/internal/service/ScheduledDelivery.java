package dev.pinpointmock.internal.service;

import dev.pinpointmock.internal.state.App;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.pinpoint.model.DeliveryStatus;
import software.amazon.awssdk.services.pinpoint.model.EndpointResponse;
import software.amazon.awssdk.services.pinpoint.model.MessageConfiguration;
import software.amazon.awssdk.services.pinpoint.model.TemplateConfiguration;

/**
 * Where campaign runs and journey activities meet the application's endpoints and the delivery of
 * messages: one message, written as a campaign writes it, sent to one endpoint.
 */
final class ScheduledDelivery {

    /**
     * What is sent: the messages and templates by channel, and who sends them.
     *
     * @param origin {@code Campaign} or {@code Journey}, as the delivered message records it
     * @param originId the campaign's or journey's id
     */
    record Outbound(String origin, String originId, MessageConfiguration messages,
                    TemplateConfiguration templates) {
    }

    private ScheduledDelivery() {
    }

    /** The endpoints of an application that segments select from. */
    static Collection<EndpointResponse> endpoints(App app) {
        return List.of();
    }

    /**
     * Sends a message to one endpoint: empty when there is no message for the endpoint's channel, else the
     * delivery status.
     */
    static Optional<DeliveryStatus> send(CallContext context, App app, EndpointResponse endpoint, Outbound outbound) {
        return Optional.empty();
    }
}
