package dev.pinpointmock.internal.service;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import software.amazon.awssdk.services.pinpoint.model.ADMMessage;
import software.amazon.awssdk.services.pinpoint.model.APNSMessage;
import software.amazon.awssdk.services.pinpoint.model.BaiduMessage;
import software.amazon.awssdk.services.pinpoint.model.DefaultMessage;
import software.amazon.awssdk.services.pinpoint.model.DefaultPushNotificationMessage;
import software.amazon.awssdk.services.pinpoint.model.DirectMessageConfiguration;
import software.amazon.awssdk.services.pinpoint.model.EmailMessage;
import software.amazon.awssdk.services.pinpoint.model.GCMMessage;
import software.amazon.awssdk.services.pinpoint.model.SMSMessage;
import software.amazon.awssdk.services.pinpoint.model.SimpleEmailPart;
import software.amazon.awssdk.services.pinpoint.model.VoiceMessage;

/**
 * Renders a direct message as Pinpoint picks it: the channel's own message first, then the default push
 * message for push channels, then the default message; the recipient's {@code BodyOverride},
 * {@code TitleOverride} and {@code RawContent} win over all of them. Text is taken as sent: message
 * variables and {@code Substitutions} are not applied.
 */
final class DirectMessageRenderer implements MessageRenderer {

    /** What every push message type has in common. */
    private record Push(String title, String body, Map<String, String> data, String rawContent, Boolean silent) {

        static final Push NONE = new Push(null, null, Map.of(), null, null);

        static Push of(GCMMessage m) {
            return m == null ? NONE : new Push(m.title(), m.body(), m.data(), m.rawContent(), m.silentPush());
        }

        static Push of(APNSMessage m) {
            return m == null ? NONE : new Push(m.title(), m.body(), m.data(), m.rawContent(), m.silentPush());
        }

        static Push of(ADMMessage m) {
            return m == null ? NONE : new Push(m.title(), m.body(), m.data(), m.rawContent(), m.silentPush());
        }

        static Push of(BaiduMessage m) {
            return m == null ? NONE : new Push(m.title(), m.body(), m.data(), m.rawContent(), m.silentPush());
        }

        static Push of(DefaultPushNotificationMessage m) {
            return m == null ? NONE : new Push(m.title(), m.body(), m.data(), null, m.silentPush());
        }
    }

    @Override
    public RenderedMessage render(DirectMessageConfiguration configuration, Recipient recipient) {
        DefaultMessage fallback = configuration.defaultMessage();
        String defaultBody = fallback == null ? null : fallback.body();
        return switch (recipient.channelType()) {
            case "SMS" -> sms(configuration.smsMessage(), defaultBody, recipient);
            case "VOICE" -> voice(configuration.voiceMessage(), defaultBody, recipient);
            case "EMAIL" -> email(configuration.emailMessage(), defaultBody, recipient);
            case "GCM" -> push(Push.of(configuration.gcmMessage()), configuration, recipient);
            case "APNS", "APNS_SANDBOX", "APNS_VOIP", "APNS_VOIP_SANDBOX" ->
                    push(Push.of(configuration.apnsMessage()), configuration, recipient);
            case "ADM" -> push(Push.of(configuration.admMessage()), configuration, recipient);
            case "BAIDU" -> push(Push.of(configuration.baiduMessage()), configuration, recipient);
            default -> throw DeliveryFailure.permanent(400,
                    "Channel " + recipient.channelType() + " does not support direct messages");
        };
    }

    private static RenderedMessage sms(SMSMessage sms, String defaultBody, Recipient recipient) {
        String body = first(recipient.bodyOverride(), sms == null ? null : sms.body(), defaultBody);
        if (body == null) {
            throw missingMessage("SMS");
        }
        return new RenderedMessage(null, body, null, null, Map.of(),
                sms == null ? null : sms.messageTypeAsString(),
                sms == null ? null : first(sms.originationNumber(), sms.senderId()));
    }

    private static RenderedMessage voice(VoiceMessage voice, String defaultBody, Recipient recipient) {
        String body = first(recipient.bodyOverride(), voice == null ? null : voice.body(), defaultBody);
        if (body == null) {
            throw missingMessage("voice");
        }
        return new RenderedMessage(null, body, null, null, Map.of(), null,
                voice == null ? null : voice.originationNumber());
    }

    private static RenderedMessage email(EmailMessage email, String defaultBody, Recipient recipient) {
        String from = email == null ? null : email.fromAddress();
        if (email != null && email.rawEmail() != null && email.rawEmail().data() != null) {
            String raw = email.rawEmail().data().asString(StandardCharsets.UTF_8);
            return new RenderedMessage(null, raw, null, null, Map.of(), null, from);
        }
        var simple = email == null ? null : email.simpleEmail();
        String subject = first(recipient.titleOverride(), simple == null ? null : data(simple.subject()));
        String text = first(recipient.bodyOverride(), simple == null ? null : data(simple.textPart()),
                email == null ? null : email.body(), defaultBody);
        String html = simple == null ? null : data(simple.htmlPart());
        if (subject == null && text == null && html == null) {
            throw missingMessage("email");
        }
        return new RenderedMessage(subject, text, html, null, Map.of(), null, from);
    }

    private static RenderedMessage push(Push specific, DirectMessageConfiguration configuration,
                                        Recipient recipient) {
        Push defaults = Push.of(configuration.defaultPushNotificationMessage());
        DefaultMessage fallback = configuration.defaultMessage();
        String raw = first(recipient.rawContent(), specific.rawContent());
        String title = first(recipient.titleOverride(), specific.title(), defaults.title());
        String body = raw != null ? raw : first(recipient.bodyOverride(), specific.body(), defaults.body(),
                fallback == null ? null : fallback.body());
        Map<String, String> data = specific.data() != null && !specific.data().isEmpty()
                ? specific.data() : defaults.data();
        boolean silent = Boolean.TRUE.equals(specific.silent()) || Boolean.TRUE.equals(defaults.silent());
        if (title == null && body == null && !silent && (data == null || data.isEmpty())) {
            throw missingMessage("push notification");
        }
        return new RenderedMessage(null, body, null, raw != null ? null : title, data, null, null);
    }

    private static DeliveryFailure missingMessage(String channel) {
        return DeliveryFailure.permanent(400, "Either template or " + channel + " message must be specified");
    }

    private static String data(SimpleEmailPart part) {
        return part == null ? null : part.data();
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }
}
