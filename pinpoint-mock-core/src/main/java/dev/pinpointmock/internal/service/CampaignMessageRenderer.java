package dev.pinpointmock.internal.service;

import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.pinpoint.model.CampaignEmailMessage;
import software.amazon.awssdk.services.pinpoint.model.CampaignSmsMessage;
import software.amazon.awssdk.services.pinpoint.model.EndpointResponse;
import software.amazon.awssdk.services.pinpoint.model.Message;
import software.amazon.awssdk.services.pinpoint.model.MessageConfiguration;
import software.amazon.awssdk.services.pinpoint.model.TemplateConfiguration;

/**
 * Renders what a campaign or journey sends to one endpoint, as Pinpoint picks it by the endpoint's channel:
 * the channel's message (for push channels, else the default message), or else the template the
 * TemplateConfiguration names for the channel. Message variables such as {@code {{User.UserAttributes.Name}}}
 * take the endpoint's values in both. Empty when there is nothing for the channel: such an endpoint is not
 * sent to. Voice goes only by template, as MessageConfiguration has no voice message.
 */
final class CampaignMessageRenderer {

    private final CallContext context;
    private final MessageConfiguration messages;
    private final MessageTemplates templates;
    private final TemplateConfiguration templateConfiguration;

    CampaignMessageRenderer(CallContext context, MessageConfiguration messages, TemplateConfiguration templates) {
        this.context = context;
        this.messages = messages == null ? MessageConfiguration.builder().build() : messages;
        this.templateConfiguration = templates == null ? TemplateConfiguration.builder().build() : templates;
        this.templates = new MessageTemplates(context, this.templateConfiguration);
    }

    Optional<RenderedMessage> render(EndpointResponse endpoint) {
        MessageVariables variables = MessageVariables.builder().endpoint(endpoint).build();
        String channel = endpoint.channelTypeAsString();
        return switch (channel == null ? "" : channel) {
            case "SMS" -> sms(variables);
            case "EMAIL" -> email(variables);
            case "VOICE" -> Optional.ofNullable(templates.voiceBody(variables))
                    .map(body -> new RenderedMessage(null, body, null, null, Map.of(), null, null));
            case "GCM" -> push(messages.gcmMessage(), endpoint, variables);
            case "APNS", "APNS_SANDBOX", "APNS_VOIP", "APNS_VOIP_SANDBOX" ->
                    push(messages.apnsMessage(), endpoint, variables);
            case "ADM" -> push(messages.admMessage(), endpoint, variables);
            case "BAIDU" -> push(messages.baiduMessage(), endpoint, variables);
            default -> Optional.empty();
        };
    }

    private Optional<RenderedMessage> sms(MessageVariables variables) {
        CampaignSmsMessage sms = messages.smsMessage();
        String origination = sms == null ? null : sms.originationNumber() != null ? sms.originationNumber()
                : sms.senderId();
        String type = sms == null ? null : sms.messageTypeAsString();
        if (sms != null && sms.body() != null) {
            return Optional.of(new RenderedMessage(null, text(sms.body(), variables), null, null, Map.of(), type,
                    origination));
        }
        return Optional.ofNullable(templates.smsBody(variables))
                .map(body -> new RenderedMessage(null, body, null, null, Map.of(), type, origination));
    }

    private Optional<RenderedMessage> email(MessageVariables variables) {
        CampaignEmailMessage email = messages.emailMessage();
        String from = email == null ? null : email.fromAddress();
        if (email != null && (email.title() != null || email.body() != null || email.htmlBody() != null)) {
            return Optional.of(new RenderedMessage(text(email.title(), variables), text(email.body(), variables),
                    text(email.htmlBody(), variables), null, Map.of(), null, from));
        }
        return Optional.ofNullable(templates.email(variables, from));
    }

    private Optional<RenderedMessage> push(Message specific, EndpointResponse endpoint, MessageVariables variables) {
        Message message = specific != null ? specific : messages.defaultMessage();
        if (message != null && (message.body() != null || message.title() != null || message.rawContent() != null
                || Boolean.TRUE.equals(message.silentPush()))) {
            if (message.rawContent() != null) {
                return Optional.of(new RenderedMessage(null, message.rawContent(), null, null, Map.of(), null, null));
            }
            return Optional.of(new RenderedMessage(null, text(message.body(), variables), null,
                    text(message.title(), variables), Map.of(), null, null));
        }
        if (templateConfiguration.pushTemplate() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(templates.push(Recipient.toEndpoint(endpoint, null, null), variables));
    }

    private String text(String text, MessageVariables variables) {
        return text == null || !text.contains("{{") ? text : TemplateRenderer.renderText(context, text, variables);
    }
}
