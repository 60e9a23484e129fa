package dev.pinpointmock.internal.service;

import dev.pinpointmock.DeliveredMessage;
import dev.pinpointmock.internal.state.App;
import dev.pinpointmock.internal.state.ChannelStore.StoredChannel;
import java.lang.System.Logger.Level;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.pinpoint.model.DeliveryStatus;
import software.amazon.awssdk.services.pinpoint.model.EndpointResponse;
import software.amazon.awssdk.services.pinpoint.model.MessageConfiguration;
import software.amazon.awssdk.services.pinpoint.model.PinpointException;
import software.amazon.awssdk.services.pinpoint.model.TemplateConfiguration;

/**
 * Where campaign runs and journey activities meet the application's endpoints and the delivery of
 * messages: one message, written as a campaign writes it, sent to one endpoint. An endpoint without an
 * address, opted out of all messages or inactive is not sent to, nor is one whose channel the message has
 * nothing for. One whose channel is not enabled, whose address the channel cannot use, or whose template
 * is missing or cannot render, fails. Every other one gets its message, recorded in the server's
 * {@link dev.pinpointmock.MessageInspector}.
 */
final class ScheduledDelivery {

    private static final System.Logger LOG = System.getLogger("dev.pinpointmock.delivery");

    /**
     * What is sent: the messages and templates by channel, and who sends them.
     *
     * @param origin {@code Campaign} or {@code Journey}, as the delivered message records it
     * @param originId the campaign's or journey's id
     * @param partId the campaign's treatment id, or the journey's activity id
     */
    record Outbound(String origin, String originId, String partId, MessageConfiguration messages,
                    TemplateConfiguration templates) {
    }

    private ScheduledDelivery() {
    }

    /** The endpoints of an application that segments select from. */
    static Collection<EndpointResponse> endpoints(App app) {
        return app.endpoints().all();
    }

    /**
     * Sends a message to one endpoint: empty when the endpoint is not sent to, else the delivery status.
     */
    static Optional<DeliveryStatus> send(CallContext context, App app, EndpointResponse endpoint, Outbound outbound) {
        if (endpoint.address() == null || endpoint.address().isEmpty() || "ALL".equals(endpoint.optOut())
                || "INACTIVE".equals(endpoint.endpointStatus())) {
            return Optional.empty();
        }
        Optional<RenderedMessage> rendered;
        try {
            rendered = new CampaignMessageRenderer(context, outbound.messages(), outbound.templates()).render(endpoint);
        } catch (PinpointException | DeliveryFailure failed) {
            LOG.log(Level.DEBUG, "scheduled message failed origin={0} id={1} endpoint={2} error={3}",
                    outbound.origin(), outbound.originId(), endpoint.id(), failed.getMessage());
            return Optional.of(DeliveryStatus.PERMANENT_FAILURE);
        }
        if (rendered.isEmpty()) {
            return Optional.empty();
        }
        Optional<ChannelKind> kind = ChannelKind.forChannelType(endpoint.channelTypeAsString());
        Optional<StoredChannel> channel = kind.flatMap(k -> app.channels().get(k.id())).filter(StoredChannel::enabled);
        if (kind.isEmpty() || channel.isEmpty()) {
            return Optional.of(DeliveryStatus.PERMANENT_FAILURE);
        }
        try {
            Delivery.checkAddress(kind.get(), endpoint.address(), context.service().phoneNumbers());
        } catch (DeliveryFailure invalidAddress) {
            return Optional.of(DeliveryStatus.PERMANENT_FAILURE);
        }
        record(context, app, endpoint, outbound, kind.get(), channel.get(), rendered.get());
        return Optional.of(DeliveryStatus.SUCCESSFUL);
    }

    private static void record(CallContext context, App app, EndpointResponse endpoint, Outbound outbound,
                               ChannelKind kind, StoredChannel channel, RenderedMessage message) {
        boolean campaign = outbound.origin().equals("Campaign");
        String userId = endpoint.user() == null ? null : endpoint.user().userId();
        context.service().messageLog().record(new DeliveredMessage(app.id(), outbound.origin(), kind.platform(),
                endpoint.address(), endpoint.id(), userId, context.ids().messageId(), message.subject(),
                message.body(), message.htmlBody(), message.title(), message.data(), message.messageType(),
                Delivery.origination(kind, channel, message), Map.of(), null, context.now(),
                campaign ? outbound.originId() : null, campaign ? outbound.partId() : null,
                campaign ? null : outbound.originId(), campaign ? null : outbound.partId()));
    }
}
