package dev.pinpointmock.internal.service;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.pinpoint.model.APNSPushNotificationTemplate;
import software.amazon.awssdk.services.pinpoint.model.AndroidPushNotificationTemplate;
import software.amazon.awssdk.services.pinpoint.model.DefaultPushNotificationTemplate;
import software.amazon.awssdk.services.pinpoint.model.InAppMessageContent;
import software.amazon.awssdk.services.pinpoint.model.MessageHeader;
import software.amazon.awssdk.services.pinpoint.model.TemplateType;

/**
 * A template version rendered for one recipient: every part with its variables replaced. Parts that the
 * template does not have are {@code null}. Push and in-app parts keep the SDK's shapes, with every string
 * member rendered.
 */
public sealed interface RenderedTemplate {

    String templateName();

    /** The version that was rendered. */
    int version();

    TemplateType type();

    /** An email: the subject and text part render as text, the HTML part escapes values as HTML. */
    record Email(String templateName, int version, String subject, String htmlPart, String textPart,
                 List<MessageHeader> headers) implements RenderedTemplate {

        @Override
        public TemplateType type() {
            return TemplateType.EMAIL;
        }
    }

    record Sms(String templateName, int version, String body) implements RenderedTemplate {

        @Override
        public TemplateType type() {
            return TemplateType.SMS;
        }
    }

    /** A voice message: the script rendered, with the language and voice the template names. */
    record Voice(String templateName, int version, String body, String languageCode, String voiceId)
            implements RenderedTemplate {

        @Override
        public TemplateType type() {
            return TemplateType.VOICE;
        }
    }

    /**
     * A push notification: the default part and each platform's part. A platform's part, where the template
     * has one, overrides the default part for that platform.
     */
    record Push(String templateName, int version, DefaultPushNotificationTemplate defaultPart,
                APNSPushNotificationTemplate apns, AndroidPushNotificationTemplate gcm,
                AndroidPushNotificationTemplate adm, AndroidPushNotificationTemplate baidu)
            implements RenderedTemplate {

        @Override
        public TemplateType type() {
            return TemplateType.PUSH;
        }
    }

    /** An in-app message: each modal's content rendered; the layout and custom configuration as stored. */
    record InApp(String templateName, int version, List<InAppMessageContent> content, String layout,
                 Map<String, String> customConfig) implements RenderedTemplate {

        @Override
        public TemplateType type() {
            return TemplateType.INAPP;
        }
    }
}
