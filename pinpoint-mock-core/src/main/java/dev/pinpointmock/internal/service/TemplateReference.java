package dev.pinpointmock.internal.service;

import java.util.Objects;
import software.amazon.awssdk.services.pinpoint.model.Template;
import software.amazon.awssdk.services.pinpoint.model.TemplateType;

/**
 * Names the template a message uses: its name, its type and, optionally, a version identifier. Without a
 * version the template's active version is used, as Pinpoint does when a message's template configuration
 * names none.
 *
 * @param name    the template's name, case sensitive
 * @param type    the template's type
 * @param version a version identifier such as {@code "2"}, or {@code null} for the active version
 */
public record TemplateReference(String name, TemplateType type, String version) {

    public TemplateReference {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** The active version of a template. */
    public static TemplateReference active(String name, TemplateType type) {
        return new TemplateReference(name, type, null);
    }

    /**
     * The template a message's {@code TemplateConfiguration} names for one channel, such as its
     * {@code EmailTemplate} member; the type is the channel's, since the model's {@code Template} shape does
     * not carry it.
     */
    public static TemplateReference of(Template template, TemplateType type) {
        return new TemplateReference(template.name(), type, template.version());
    }
}
