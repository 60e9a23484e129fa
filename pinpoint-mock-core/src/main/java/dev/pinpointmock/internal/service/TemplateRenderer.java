package dev.pinpointmock.internal.service;

import dev.pinpointmock.internal.service.TemplateOperations.Selected;
import dev.pinpointmock.internal.state.TemplateStore;
import dev.pinpointmock.internal.state.TemplateVersion;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.pinpoint.model.BadRequestException;
import software.amazon.awssdk.services.pinpoint.model.EmailTemplateRequest;
import software.amazon.awssdk.services.pinpoint.model.InAppTemplateRequest;
import software.amazon.awssdk.services.pinpoint.model.MessageHeader;
import software.amazon.awssdk.services.pinpoint.model.NotFoundException;
import software.amazon.awssdk.services.pinpoint.model.PushNotificationTemplateRequest;
import software.amazon.awssdk.services.pinpoint.model.SMSTemplateRequest;
import software.amazon.awssdk.services.pinpoint.model.VoiceTemplateRequest;

/**
 * Renders message templates for the code that sends messages: campaigns, journeys, SendMessages and
 * SendUsersMessages. It looks a template up as GetXxxTemplate does (the active version unless the reference
 * names one), lays the template's DefaultSubstitutions under the recipient's variables, and renders every
 * part with Handlebars and the helpers Pinpoint documents.
 *
 * <pre>{@code
 * MessageVariables recipient = MessageVariables.builder()
 *         .endpoint(endpointResponse)
 *         .substitutions(messageConfiguration.defaultMessage().substitutions())
 *         .substitutions(endpointSendConfiguration.substitutions())
 *         .build();
 * RenderedTemplate.Email email = TemplateRenderer.render(context,
 *         TemplateReference.of(templateConfiguration.emailTemplate(), TemplateType.EMAIL), recipient,
 *         RenderedTemplate.Email.class);
 * }</pre>
 *
 * <p>Missing variables render as nothing; {@code {{value}}} escapes HTML only in an email's HTML part.
 * A part that is not valid Handlebars, or that calls a helper that does not exist, fails with a
 * BadRequestException naming the template and the part.
 */
public final class TemplateRenderer {

    private TemplateRenderer() {
    }

    /**
     * Renders the referenced template version for one recipient.
     *
     * @throws NotFoundException   when the template, or the version the reference names, does not exist
     * @throws BadRequestException when the version is not a version identifier, or a part cannot render
     */
    public static RenderedTemplate render(CallContext context, TemplateReference reference,
                                          MessageVariables recipient) {
        Selected selected = TemplateOperations.select(context, reference.type(), reference.name(),
                reference.version());
        return render(selected.template().name(), selected.version(), recipient, context);
    }

    /** As {@link #render(CallContext, TemplateReference, MessageVariables)}, typed by the expected kind. */
    public static <T extends RenderedTemplate> T render(CallContext context, TemplateReference reference,
                                                        MessageVariables recipient, Class<T> kind) {
        return kind.cast(render(context, reference, recipient));
    }

    /**
     * Renders a message body that is not a template, such as a direct message's {@code Body} with its
     * {@code Substitutions}; values are written as they are, without HTML escaping.
     *
     * @throws BadRequestException when the text is not valid Handlebars
     */
    public static String renderText(CallContext context, String text, MessageVariables recipient) {
        Map<String, Object> variables = recipient.withDefaults(null);
        TemplateStore memo = context.partition().templates();
        return part("message", "Body", () -> HandlebarsEngine.text().render(text, variables, context.now(), memo));
    }

    /** Renders one stored version of a template for one recipient. */
    static RenderedTemplate render(String templateName, TemplateVersion version, MessageVariables recipient,
                                   CallContext context) {
        SdkPojo content = version.content();
        Map<String, Object> variables = recipient.withDefaults(SdkModels.string(content, "DefaultSubstitutions"));
        Parts parts = new Parts(templateName, variables, context.now(), context.partition().templates());
        int number = version.number();

        if (content instanceof EmailTemplateRequest email) {
            List<MessageHeader> headers = email.hasHeaders() ? email.headers().stream()
                    .map(header -> SdkModels.with(header, "Value", parts.text("Headers." + header.name(),
                            header.value())))
                    .toList() : List.of();
            return new RenderedTemplate.Email(templateName, number, parts.text("Subject", email.subject()),
                    parts.html("HtmlPart", email.htmlPart()), parts.text("TextPart", email.textPart()), headers);
        }
        if (content instanceof SMSTemplateRequest sms) {
            return new RenderedTemplate.Sms(templateName, number, parts.text("Body", sms.body()));
        }
        if (content instanceof VoiceTemplateRequest voice) {
            return new RenderedTemplate.Voice(templateName, number, parts.text("Body", voice.body()),
                    voice.languageCode(), voice.voiceId());
        }
        if (content instanceof PushNotificationTemplateRequest push) {
            return new RenderedTemplate.Push(templateName, number, parts.all("Default", push.defaultValue()),
                    parts.all("APNS", push.apns()), parts.all("GCM", push.gcm()), parts.all("ADM", push.adm()),
                    parts.all("Baidu", push.baidu()));
        }
        if (content instanceof InAppTemplateRequest inApp) {
            return new RenderedTemplate.InApp(templateName, number, inApp.hasContent()
                    ? inApp.content().stream().map(modal -> parts.all("Content", modal)).toList() : List.of(),
                    inApp.layoutAsString(), inApp.hasCustomConfig() ? inApp.customConfig() : Map.of());
        }
        throw new IllegalStateException("No renderer for template content " + content.getClass());
    }

    /** Renders the parts of one template with one recipient's variables, naming the part in any failure. */
    private record Parts(String templateName, Map<String, Object> variables, Instant now, TemplateStore memo) {

        String text(String part, String text) {
            return TemplateRenderer.part(templateName, part, () -> HandlebarsEngine.text().render(text, variables,
                    now, memo));
        }

        String html(String part, String text) {
            return TemplateRenderer.part(templateName, part, () -> HandlebarsEngine.html().render(text, variables,
                    now, memo));
        }

        <P extends SdkPojo> P all(String part, P structure) {
            return structure == null ? null : SdkModels.mapStrings(structure, text -> text(part, text));
        }
    }

    private static String part(String templateName, String part, java.util.function.Supplier<String> rendering) {
        try {
            return rendering.get();
        } catch (IllegalArgumentException broken) {
            throw Errors.badRequest("The " + part + " of template " + templateName + " cannot be rendered: "
                    + withoutEngineNames(broken.getMessage()));
        } catch (StackOverflowError tooDeep) {
            // Handlebars parses and renders blocks recursively: thousands of nested blocks exhaust the stack.
            throw Errors.badRequest("The " + part + " of template " + templateName
                    + " cannot be rendered: its blocks are nested too deeply");
        }
    }

    /**
     * Handlebars names an inline template after its object identity ({@code inline@1b2c3d:1:10}), which
     * changes from run to run; the message keeps only the line and column.
     */
    private static String withoutEngineNames(String message) {
        return message == null ? "" : message.replaceAll("inline@[0-9a-f]+:(\\d+):(\\d+)", "line $1, column $2")
                .replaceAll("/([^/' ]+)\\.hbs", "$1");
    }
}
