package dev.pinpointmock.internal.service;

import java.util.Map;
import software.amazon.awssdk.services.pinpoint.model.AndroidPushNotificationTemplate;
import software.amazon.awssdk.services.pinpoint.model.APNSPushNotificationTemplate;
import software.amazon.awssdk.services.pinpoint.model.DefaultPushNotificationTemplate;
import software.amazon.awssdk.services.pinpoint.model.Template;
import software.amazon.awssdk.services.pinpoint.model.TemplateConfiguration;
import software.amazon.awssdk.services.pinpoint.model.TemplateType;

/**
 * The templates a direct send's {@code TemplateConfiguration} names, rendered for one recipient by
 * {@link TemplateRenderer}. Each method answers {@code null} when the send names no template for the
 * channel; a named template that does not exist fails the whole call, as GetXxxTemplate would.
 */
final class MessageTemplates {

    private final CallContext context;
    private final TemplateConfiguration configuration;

    MessageTemplates(CallContext context, TemplateConfiguration configuration) {
        this.context = context;
        this.configuration = configuration;
        requireNamedTemplates();
    }

    /** Fails the call when it names a template or version that does not exist, even one it would not use. */
    private void requireNamedTemplates() {
        if (configuration == null) {
            return;
        }
        require(configuration.smsTemplate(), TemplateType.SMS);
        require(configuration.voiceTemplate(), TemplateType.VOICE);
        require(configuration.emailTemplate(), TemplateType.EMAIL);
        require(configuration.pushTemplate(), TemplateType.PUSH);
        require(configuration.inAppTemplate(), TemplateType.INAPP);
    }

    private void require(Template template, TemplateType type) {
        if (template != null) {
            TemplateOperations.select(context, type, template.name(), template.version());
        }
    }

    String smsBody(MessageVariables variables) {
        Template sms = configuration == null ? null : configuration.smsTemplate();
        return sms == null ? null
                : render(sms, TemplateType.SMS, variables, RenderedTemplate.Sms.class).body();
    }

    String voiceBody(MessageVariables variables) {
        Template voice = configuration == null ? null : configuration.voiceTemplate();
        return voice == null ? null
                : render(voice, TemplateType.VOICE, variables, RenderedTemplate.Voice.class).body();
    }

    RenderedMessage email(MessageVariables variables, String from) {
        Template email = configuration == null ? null : configuration.emailTemplate();
        if (email == null) {
            return null;
        }
        RenderedTemplate.Email rendered = render(email, TemplateType.EMAIL, variables, RenderedTemplate.Email.class);
        return new RenderedMessage(rendered.subject(), rendered.textPart(), rendered.htmlPart(), null, Map.of(),
                null, from);
    }

    /** A push template's part for the recipient's platform, over its default part. */
    RenderedMessage push(Recipient recipient, MessageVariables variables) {
        Template push = configuration == null ? null : configuration.pushTemplate();
        if (push == null) {
            return null;
        }
        RenderedTemplate.Push rendered = render(push, TemplateType.PUSH, variables, RenderedTemplate.Push.class);
        DefaultPushNotificationTemplate fallback = rendered.defaultPart();
        String title = fallback == null ? null : fallback.title();
        String body = fallback == null ? null : fallback.body();
        String channel = recipient.channelType();
        if (channel.startsWith("APNS") && rendered.apns() != null) {
            APNSPushNotificationTemplate apns = rendered.apns();
            title = apns.title() != null ? apns.title() : title;
            body = apns.body() != null ? apns.body() : body;
        } else {
            AndroidPushNotificationTemplate android = switch (channel) {
                case "GCM" -> rendered.gcm();
                case "ADM" -> rendered.adm();
                case "BAIDU" -> rendered.baidu();
                default -> null;
            };
            if (android != null) {
                title = android.title() != null ? android.title() : title;
                body = android.body() != null ? android.body() : body;
            }
        }
        return new RenderedMessage(null, body, null, title, Map.of(), null, null);
    }

    private <T extends RenderedTemplate> T render(Template template, TemplateType type, MessageVariables variables,
                                                  Class<T> kind) {
        return TemplateRenderer.render(context, TemplateReference.of(template, type), variables, kind);
    }
}
