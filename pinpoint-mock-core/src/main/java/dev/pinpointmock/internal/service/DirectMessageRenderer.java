package dev.pinpointmock.internal.service;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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
import software.amazon.awssdk.services.pinpoint.model.TemplateConfiguration;
import software.amazon.awssdk.services.pinpoint.model.VoiceMessage;

/**
 * Renders a direct message as Pinpoint picks it: the channel's own message first, then the default push
 * message for push channels, then the default message, then the template the send's
 * {@code TemplateConfiguration} names for the channel; the recipient's {@code BodyOverride},
 * {@code TitleOverride} and {@code RawContent} win over all of them. Message variables in the text
 * ({@code {{User.UserAttributes.Name}}}, a substitution's {@code {{Name}}}) take the recipient's values,
 * with the default message's substitutions under the channel message's, under the recipient's own.
 */
final class DirectMessageRenderer implements MessageRenderer {

    /** What every push message type has in common. */
    private record Push(String title, String body, Map<String, String> data, String rawContent, Boolean silent,
                        Map<String, List<String>> substitutions) {

        static final Push NONE = new Push(null, null, Map.of(), null, null, Map.of());

        static Push of(GCMMessage m) {
            return m == null ? NONE
                    : new Push(m.title(), m.body(), m.data(), m.rawContent(), m.silentPush(), m.substitutions());
        }

        static Push of(APNSMessage m) {
            return m == null ? NONE
                    : new Push(m.title(), m.body(), m.data(), m.rawContent(), m.silentPush(), m.substitutions());
        }

        static Push of(ADMMessage m) {
            return m == null ? NONE
                    : new Push(m.title(), m.body(), m.data(), m.rawContent(), m.silentPush(), m.substitutions());
        }

        static Push of(BaiduMessage m) {
            return m == null ? NONE
                    : new Push(m.title(), m.body(), m.data(), m.rawContent(), m.silentPush(), m.substitutions());
        }

        static Push of(DefaultPushNotificationMessage m) {
            return m == null ? NONE
                    : new Push(m.title(), m.body(), m.data(), null, m.silentPush(), m.substitutions());
        }
    }

    private final CallContext context;
    private final MessageTemplates templates;

    DirectMessageRenderer(CallContext context, TemplateConfiguration templateConfiguration) {
        this.context = context;
        this.templates = new MessageTemplates(context, templateConfiguration);
    }

    @Override
    public RenderedMessage render(DirectMessageConfiguration configuration, Recipient recipient) {
        return switch (recipient.channelType()) {
            case "SMS" -> sms(configuration, recipient);
            case "VOICE" -> voice(configuration, recipient);
            case "EMAIL" -> email(configuration, recipient);
            case "GCM" -> push(Push.of(configuration.gcmMessage()), configuration, recipient);
            case "APNS", "APNS_SANDBOX", "APNS_VOIP", "APNS_VOIP_SANDBOX" ->
                    push(Push.of(configuration.apnsMessage()), configuration, recipient);
            case "ADM" -> push(Push.of(configuration.admMessage()), configuration, recipient);
            case "BAIDU" -> push(Push.of(configuration.baiduMessage()), configuration, recipient);
            default -> throw DeliveryFailure.permanent(400,
                    "Channel " + recipient.channelType() + " does not support direct messages");
        };
    }

    private RenderedMessage sms(DirectMessageConfiguration configuration, Recipient recipient) {
        SMSMessage sms = configuration.smsMessage();
        Variables variables = variables(configuration, recipient, sms == null ? null : sms.substitutions());
        String body = first(recipient.bodyOverride(), sms == null ? null : sms.body(), defaultBody(configuration));
        body = body != null ? variables.render(body) : templates.smsBody(variables.values());
        if (body == null) {
            throw missingMessage("SMS");
        }
        return new RenderedMessage(null, body, null, null, Map.of(),
                sms == null ? null : sms.messageTypeAsString(),
                sms == null ? null : first(sms.originationNumber(), sms.senderId()));
    }

    private RenderedMessage voice(DirectMessageConfiguration configuration, Recipient recipient) {
        VoiceMessage voice = configuration.voiceMessage();
        Variables variables = variables(configuration, recipient, voice == null ? null : voice.substitutions());
        String body = first(recipient.bodyOverride(), voice == null ? null : voice.body(),
                defaultBody(configuration));
        body = body != null ? variables.render(body) : templates.voiceBody(variables.values());
        if (body == null) {
            throw missingMessage("voice");
        }
        return new RenderedMessage(null, body, null, null, Map.of(), null,
                voice == null ? null : voice.originationNumber());
    }

    private RenderedMessage email(DirectMessageConfiguration configuration, Recipient recipient) {
        EmailMessage email = configuration.emailMessage();
        String from = email == null ? null : email.fromAddress();
        if (email != null && email.rawEmail() != null && email.rawEmail().data() != null) {
            String raw = email.rawEmail().data().asString(StandardCharsets.UTF_8);
            return new RenderedMessage(null, raw, null, null, Map.of(), null, from);
        }
        Variables variables = variables(configuration, recipient, email == null ? null : email.substitutions());
        var simple = email == null ? null : email.simpleEmail();
        String subject = first(recipient.titleOverride(), simple == null ? null : data(simple.subject()));
        String text = first(recipient.bodyOverride(), simple == null ? null : data(simple.textPart()),
                email == null ? null : email.body(), defaultBody(configuration));
        String html = simple == null ? null : data(simple.htmlPart());
        if (subject == null && text == null && html == null) {
            RenderedMessage templated = templates.email(variables.values(), from);
            if (templated == null) {
                throw missingMessage("email");
            }
            return templated;
        }
        return new RenderedMessage(variables.render(subject), variables.render(text), variables.render(html),
                null, Map.of(), null, from);
    }

    private RenderedMessage push(Push specific, DirectMessageConfiguration configuration, Recipient recipient) {
        Push defaults = Push.of(configuration.defaultPushNotificationMessage());
        Variables variables = variables(configuration, recipient, defaults.substitutions(),
                specific.substitutions());
        String raw = first(recipient.rawContent(), specific.rawContent());
        if (raw != null) {
            return new RenderedMessage(null, raw, null, null, Map.of(), null, null);
        }
        String title = first(recipient.titleOverride(), specific.title(), defaults.title());
        String body = first(recipient.bodyOverride(), specific.body(), defaults.body(), defaultBody(configuration));
        Map<String, String> data = specific.data() != null && !specific.data().isEmpty()
                ? specific.data() : defaults.data();
        boolean silent = Boolean.TRUE.equals(specific.silent()) || Boolean.TRUE.equals(defaults.silent());
        if (title == null && body == null && !silent && (data == null || data.isEmpty())) {
            RenderedMessage templated = templates.push(recipient, variables.values());
            if (templated == null) {
                throw missingMessage("push notification");
            }
            return templated;
        }
        return new RenderedMessage(null, variables.render(body), null, variables.render(title), data, null, null);
    }

    /**
     * The variables of one recipient, and how a direct message's text takes them. Built on first use: most
     * messages have no variable, and building them copies the whole endpoint.
     */
    private static final class Variables {

        private final CallContext context;
        private final Supplier<MessageVariables> build;
        private MessageVariables values;

        Variables(CallContext context, Supplier<MessageVariables> build) {
            this.context = context;
            this.build = build;
        }

        MessageVariables values() {
            if (values == null) {
                values = build.get();
            }
            return values;
        }

        String render(String text) {
            return text == null || !text.contains("{{") ? text : TemplateRenderer.renderText(context, text, values());
        }
    }

    /** The recipient's endpoint, then the substitutions of the default message, the channel and the recipient. */
    @SafeVarargs
    private final Variables variables(DirectMessageConfiguration configuration, Recipient recipient,
                                Map<String, List<String>>... channelSubstitutions) {
        return new Variables(context, () -> {
            DefaultMessage fallback = configuration.defaultMessage();
            MessageVariables.Builder values = MessageVariables.builder().endpoint(recipient.endpoint());
            if (recipient.endpoint() == null) {
                values.variable("Address", recipient.address()).variable("ChannelType", recipient.channelType());
            }
            values.substitutions(fallback == null ? null : fallback.substitutions());
            for (Map<String, List<String>> substitutions : channelSubstitutions) {
                values.substitutions(substitutions);
            }
            values.substitutions(recipient.substitutions());
            return values.build();
        });
    }

    private static String defaultBody(DirectMessageConfiguration configuration) {
        return configuration.defaultMessage() == null ? null : configuration.defaultMessage().body();
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
