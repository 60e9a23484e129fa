package dev.pinpointmock.internal.service;

import dev.pinpointmock.DeliveredMessage;
import dev.pinpointmock.internal.state.App;
import dev.pinpointmock.internal.state.ChannelStore.StoredChannel;
import dev.pinpointmock.internal.state.PhoneNumberCheck;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.pinpoint.model.AddressConfiguration;
import software.amazon.awssdk.services.pinpoint.model.DeliveryStatus;
import software.amazon.awssdk.services.pinpoint.model.DirectMessageConfiguration;
import software.amazon.awssdk.services.pinpoint.model.EndpointMessageResult;
import software.amazon.awssdk.services.pinpoint.model.EndpointResponse;
import software.amazon.awssdk.services.pinpoint.model.EndpointSendConfiguration;
import software.amazon.awssdk.services.pinpoint.model.MessageResult;
import software.amazon.awssdk.services.pinpoint.model.TemplateConfiguration;

/**
 * Delivers one send to its recipients one at a time. A recipient that cannot be reached (unknown or
 * opted-out endpoint, no address, no enabled channel, an address the channel cannot use, no message for
 * its channel) gets a failed result of its own; every other recipient is recorded in the server's
 * {@link dev.pinpointmock.MessageInspector} and answered {@code SUCCESSFUL}.
 */
final class Delivery {

    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final CallContext context;
    private final App app;
    private final String operation;
    private final DirectMessageConfiguration configuration;
    private final Map<String, String> sendContext;
    private final String traceId;
    private final MessageRenderer renderer;

    Delivery(CallContext context, App app, String operation, DirectMessageConfiguration configuration,
             TemplateConfiguration templates, Map<String, String> sendContext, String traceId) {
        this.context = context;
        this.app = app;
        this.operation = operation;
        this.configuration = configuration;
        this.sendContext = sendContext;
        this.traceId = traceId;
        this.renderer = new DirectMessageRenderer(context, templates);
    }

    /** A send to an address: the result is keyed by the address exactly as sent. */
    MessageResult toAddress(String address, AddressConfiguration sent) {
        try {
            return succeeded(deliver(Recipient.toAddress(address, sent)));
        } catch (DeliveryFailure failure) {
            return MessageResult.builder().deliveryStatus(failure.status()).statusCode(failure.statusCode())
                    .statusMessage(failure.getMessage()).build();
        }
    }

    /** The result of a message handed on for delivery, as Pinpoint reports it: 200 and the message id. */
    static MessageResult succeeded(String messageId) {
        return MessageResult.builder().deliveryStatus(DeliveryStatus.SUCCESSFUL).statusCode(200)
                .messageId(messageId).statusMessage("MessageId: " + messageId).build();
    }

    /** A send to an endpoint by id; an id the application does not have fails in its own result. */
    EndpointMessageResult toEndpointId(String endpointId, EndpointSendConfiguration sent) {
        return app.endpoints().get(endpointId)
                .map(endpoint -> toEndpoint(endpoint, null, sent))
                .orElseGet(() -> failed(null, DeliveryFailure.permanent(404, "Endpoint does not exist")));
    }

    /** A send to an endpoint, on behalf of a user for SendUsersMessages. */
    EndpointMessageResult toEndpoint(EndpointResponse endpoint, String userId, EndpointSendConfiguration sent) {
        try {
            if (endpoint.address() == null || endpoint.address().isEmpty()) {
                throw DeliveryFailure.permanent(400, "Endpoint has no address");
            }
            if ("ALL".equals(endpoint.optOut())) {
                throw new DeliveryFailure(DeliveryStatus.OPT_OUT, 400, "Endpoint is opted out");
            }
            if ("INACTIVE".equals(endpoint.endpointStatus())) {
                throw DeliveryFailure.permanent(400, "Endpoint is inactive");
            }
            String messageId = deliver(Recipient.toEndpoint(endpoint, userId, sent));
            return EndpointMessageResult.builder().address(endpoint.address())
                    .deliveryStatus(DeliveryStatus.SUCCESSFUL).statusCode(200)
                    .messageId(messageId).statusMessage("MessageId: " + messageId).build();
        } catch (DeliveryFailure failure) {
            return failed(endpoint.address(), failure);
        }
    }

    static EndpointMessageResult failed(String address, DeliveryFailure failure) {
        return EndpointMessageResult.builder().address(address).deliveryStatus(failure.status())
                .statusCode(failure.statusCode()).statusMessage(failure.getMessage()).build();
    }

    private String deliver(Recipient recipient) {
        if (recipient.channelType() == null) {
            throw DeliveryFailure.permanent(400, "Missing ChannelType");
        }
        ChannelKind kind = ChannelKind.forChannelType(recipient.channelType())
                .orElseThrow(() -> DeliveryFailure.permanent(400,
                        "Channel " + recipient.channelType() + " does not support direct messages"));
        StoredChannel channel = app.channels().get(kind.id())
                .filter(StoredChannel::enabled)
                .orElseThrow(() -> DeliveryFailure.permanent(400, kind.platform() + " channel is not enabled"));
        checkAddress(kind, recipient.address(), context.service().phoneNumbers());

        RenderedMessage rendered = renderer.render(configuration, recipient);
        String messageId = context.ids().messageId();
        Map<String, String> mergedContext = sendContext;
        if (!recipient.context().isEmpty()) {
            mergedContext = new LinkedHashMap<>(sendContext);
            mergedContext.putAll(recipient.context());
        }
        context.service().messageLog().record(new DeliveredMessage(app.id(), operation, kind.platform(),
                recipient.address(), recipient.endpointId(), recipient.userId(), messageId, rendered.subject(),
                rendered.body(), rendered.htmlBody(), rendered.title(), rendered.data(), rendered.messageType(),
                origination(kind, channel, rendered), mergedContext, traceId, context.now()));
        return messageId;
    }

    static void checkAddress(ChannelKind kind, String address, PhoneNumberCheck phoneNumbers) {
        switch (kind) {
            case SMS, VOICE -> {
                if (!PhoneNumberCheck.isE164(address) || !phoneNumbers.isPossible(address)) {
                    throw DeliveryFailure.permanent(400, "Invalid phone number");
                }
            }
            case EMAIL -> {
                if (!EMAIL_ADDRESS.matcher(address).matches()) {
                    throw DeliveryFailure.permanent(400, "Invalid email address");
                }
            }
            default -> {
                if (address.isBlank()) {
                    throw DeliveryFailure.permanent(400, "Invalid device token");
                }
            }
        }
    }

    /** The identity the message went out from: the send's, or else the channel's default. */
    static String origination(ChannelKind kind, StoredChannel channel, RenderedMessage rendered) {
        if (rendered.originationIdentity() != null) {
            return rendered.originationIdentity();
        }
        Map<String, Object> settings = channel.settings();
        Object fallback = switch (kind) {
            case EMAIL -> settings.get("FromAddress");
            case SMS -> settings.get("ShortCode") != null ? settings.get("ShortCode") : settings.get("SenderId");
            default -> null;
        };
        return fallback == null ? null : fallback.toString();
    }
}
