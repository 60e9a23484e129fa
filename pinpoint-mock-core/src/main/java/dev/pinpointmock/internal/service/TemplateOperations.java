package dev.pinpointmock.internal.service;

import static dev.pinpointmock.internal.service.Errors.badRequest;

import dev.pinpointmock.internal.state.MessageTemplate;
import dev.pinpointmock.internal.state.Partition;
import dev.pinpointmock.internal.state.TemplateVersion;
import java.util.Map;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.pinpoint.model.CreateTemplateMessageBody;
import software.amazon.awssdk.services.pinpoint.model.MessageBody;
import software.amazon.awssdk.services.pinpoint.model.NotFoundException;
import software.amazon.awssdk.services.pinpoint.model.TemplateCreateMessageBody;
import software.amazon.awssdk.services.pinpoint.model.TemplateType;

/**
 * What creating, reading, updating and deleting a template means, the same for all five types. The content
 * of a version is the SDK's request shape of the template's type, stored without its tags, which belong to
 * the template's ARN instead.
 */
final class TemplateOperations {

    /** The {@code Message} of the 202 answers to updates and deletes. */
    static final String ACCEPTED = "Accepted";

    private TemplateOperations() {
    }

    /** A template and the version of it that a request selected. */
    record Selected(MessageTemplate template, TemplateVersion version) {
    }

    /** Creates version 1 of a new template, applies its tags and answers the ARN. */
    static String create(CallContext context, TemplateType type, String name, SdkPojo content) {
        TemplateRules.validateName(name);
        TemplateRules.validateDefaultSubstitutions(SdkModels.string(content, "DefaultSubstitutions"));
        Map<String, String> tags = SdkModels.stringMap(content, "tags");
        Tags.validate(tags);

        Partition partition = context.partition();
        String arn = partition.arn("templates/" + name + "/" + type);
        MessageTemplate template = new MessageTemplate(name, type, arn, withoutTags(content), context.now());
        if (!partition.templates().add(template)) {
            throw badRequest("A template named " + name + " of type " + type + " already exists");
        }
        if (!tags.isEmpty()) {
            partition.tag(arn, tags);
        }
        return arn;
    }

    static CreateTemplateMessageBody created(CallContext context, String arn) {
        return CreateTemplateMessageBody.builder().arn(arn).message("Created").requestID(context.requestId()).build();
    }

    /** The same answer for CreateInAppTemplate, whose model names the shape differently. */
    static TemplateCreateMessageBody createdInApp(CallContext context, String arn) {
        return TemplateCreateMessageBody.builder().arn(arn).message("Created").requestID(context.requestId())
                .build();
    }

    static MessageBody accepted(CallContext context) {
        return MessageBody.builder().message(ACCEPTED).requestID(context.requestId()).build();
    }

    /** The version a get names, or the active version when it names none. */
    static Selected select(CallContext context, TemplateType type, String name, String version) {
        MessageTemplate template = find(context, type, name);
        if (version == null || version.isEmpty()) {
            return new Selected(template, template.active());
        }
        int number = TemplateRules.version(version);
        return new Selected(template, template.version(number).orElseThrow(TemplateOperations::versionNotFound));
    }

    /**
     * Saves new content: as a new version with {@code create-new-version=true}, otherwise over the latest
     * version, which a {@code version} parameter must name. Tags in an update are ignored, as AWS does since
     * they were deprecated for updates.
     */
    static void update(CallContext context, TemplateType type, String name, String version,
                       Boolean createNewVersion, SdkPojo content) {
        boolean newVersion = Boolean.TRUE.equals(createNewVersion);
        boolean namesVersion = version != null && !version.isEmpty();
        if (newVersion && namesVersion) {
            throw badRequest("Specify either create-new-version or version, not both");
        }
        MessageTemplate template = find(context, type, name);
        Integer expected = namesVersion ? TemplateRules.version(version) : null;
        TemplateRules.validateDefaultSubstitutions(SdkModels.string(content, "DefaultSubstitutions"));

        SdkPojo stored = withoutTags(content);
        MessageTemplate.Change change = newVersion
                ? template.addVersion(stored, context.now())
                : template.overwrite(expected, stored, context.now());
        requireDone(change, template, expected);
    }

    /** Deletes a whole template, or only the version that {@code version} names. */
    static void delete(CallContext context, TemplateType type, String name, String version) {
        Partition partition = context.partition();
        if (version == null || version.isEmpty()) {
            MessageTemplate removed = partition.templates().remove(name, type)
                    .orElseThrow(TemplateOperations::templateNotFound);
            partition.removeTags(removed.arn());
            return;
        }
        MessageTemplate template = find(context, type, name);
        int number = TemplateRules.version(version);
        requireDone(template.removeVersion(number), template, number);
    }

    static MessageTemplate find(CallContext context, TemplateType type, String name) {
        return context.partition().templates().find(name, type).orElseThrow(TemplateOperations::templateNotFound);
    }

    static NotFoundException templateNotFound() {
        return Errors.notFound("Template not found");
    }

    static NotFoundException versionNotFound() {
        return Errors.notFound("Template version not found");
    }

    /** Turns a change the template refused into Pinpoint's error. */
    static void requireDone(MessageTemplate.Change change, MessageTemplate template, Integer version) {
        switch (change) {
            case DONE -> { }
            case GONE -> throw templateNotFound();
            case NO_SUCH_VERSION -> throw versionNotFound();
            case NOT_LATEST -> throw badRequest("Version " + version + " is not the latest version of template "
                    + template.name() + "; an update can only overwrite the latest version, "
                    + template.latest().number());
            case TOO_MANY_VERSIONS -> throw badRequest("Template " + template.name() + " already has the most "
                    + "versions a template can have, " + MessageTemplate.MAX_VERSIONS);
            case ACTIVE_VERSION -> throw badRequest("Version " + version + " is the active version of template "
                    + template.name() + " and cannot be deleted; make another version active first");
            default -> throw new IllegalStateException("Unexpected change " + change);
        }
    }

    private static SdkPojo withoutTags(SdkPojo content) {
        return SdkModels.with(content, "tags", null);
    }
}
