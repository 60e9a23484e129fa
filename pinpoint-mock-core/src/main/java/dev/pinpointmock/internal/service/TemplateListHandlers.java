package dev.pinpointmock.internal.service;

import static dev.pinpointmock.internal.service.Errors.badRequest;

import dev.pinpointmock.internal.state.MessageTemplate;
import dev.pinpointmock.internal.state.TemplateVersion;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.pinpoint.model.ListTemplateVersionsRequest;
import software.amazon.awssdk.services.pinpoint.model.ListTemplateVersionsResponse;
import software.amazon.awssdk.services.pinpoint.model.ListTemplatesRequest;
import software.amazon.awssdk.services.pinpoint.model.ListTemplatesResponse;
import software.amazon.awssdk.services.pinpoint.model.MessageBody;
import software.amazon.awssdk.services.pinpoint.model.TemplateResponse;
import software.amazon.awssdk.services.pinpoint.model.TemplateType;
import software.amazon.awssdk.services.pinpoint.model.TemplateVersionResponse;
import software.amazon.awssdk.services.pinpoint.model.TemplateVersionsResponse;
import software.amazon.awssdk.services.pinpoint.model.TemplatesResponse;
import software.amazon.awssdk.services.pinpoint.model.UpdateTemplateActiveVersionRequest;
import software.amazon.awssdk.services.pinpoint.model.UpdateTemplateActiveVersionResponse;

/** ListTemplates, ListTemplateVersions and UpdateTemplateActiveVersion: operations across template types. */
final class TemplateListHandlers {

    /** The word UpdateTemplateActiveVersion accepts for the template's most recent version. */
    static final String LATEST = "latest";

    private static final Comparator<Map<String, String>> BY_NAME_THEN_TYPE =
            Comparator.<Map<String, String>, String>comparing(position -> Pages.field(position, "TemplateName"))
                    .thenComparing(position -> Pages.field(position, "TemplateType"));

    private TemplateListHandlers() {
    }

    static void register(OperationRegistry registry) {
        registry.on("ListTemplates", ListTemplatesRequest.class, TemplateListHandlers::listTemplates)
                .on("ListTemplateVersions", ListTemplateVersionsRequest.class, TemplateListHandlers::listVersions)
                .on("UpdateTemplateActiveVersion", UpdateTemplateActiveVersionRequest.class,
                        TemplateListHandlers::updateActiveVersion);
    }

    /** Templates ordered by name, then type; each shows its active version. */
    static ListTemplatesResponse listTemplates(CallContext context, ListTemplatesRequest request) {
        TemplateType type = request.templateType() == null || request.templateType().isEmpty()
                ? null : TemplateRules.type(request.templateType());
        String prefix = request.prefix() == null ? "" : request.prefix();
        List<MessageTemplate> matching = context.partition().templates().all().stream()
                .filter(template -> template.name().startsWith(prefix))
                .filter(template -> type == null || template.type() == type)
                .toList();

        Pages.Page<MessageTemplate> page = Pages.page(matching, request.nextToken(), request.pageSize(),
                TemplateListHandlers::position, BY_NAME_THEN_TYPE::compare);
        List<TemplateResponse> items = page.items().stream().map(TemplateListHandlers::summary).toList();
        TemplatesResponse body = TemplatesResponse.builder().item(items).nextToken(page.nextToken()).build();
        return ListTemplatesResponse.builder().templatesResponse(body).build();
    }

    /** The versions of a template, the most recent first, as the Pinpoint console lists them. */
    static ListTemplateVersionsResponse listVersions(CallContext context, ListTemplateVersionsRequest request) {
        TemplateType type = TemplateRules.type(request.templateType());
        MessageTemplate template = TemplateOperations.find(context, type, request.templateName());
        List<TemplateVersion> newestFirst = template.versions().stream()
                .sorted(Comparator.comparingInt(TemplateVersion::number).reversed())
                .toList();

        Pages.Page<TemplateVersion> page = Pages.page(newestFirst, request.nextToken(), request.pageSize(),
                version -> Map.of("Version", String.valueOf(version.number())),
                (position, token) -> Integer.compare(versionOf(token), versionOf(position)));
        List<TemplateVersionResponse> items = page.items().stream()
                .map(version -> describe(template, version))
                .toList();
        TemplateVersionsResponse body = TemplateVersionsResponse.builder()
                .item(items)
                .nextToken(page.nextToken())
                .requestID(context.requestId())
                .build();
        return ListTemplateVersionsResponse.builder().templateVersionsResponse(body).build();
    }

    static UpdateTemplateActiveVersionResponse updateActiveVersion(CallContext context,
                                                                   UpdateTemplateActiveVersionRequest request) {
        TemplateType type = TemplateRules.type(request.templateType());
        MessageTemplate template = TemplateOperations.find(context, type, request.templateName());
        String version = request.templateActiveVersionRequest().version();
        if (version == null || version.isEmpty()) {
            throw badRequest("Missing Version");
        }
        Integer number = LATEST.equals(version.toLowerCase(Locale.ROOT)) ? null : TemplateRules.version(version);
        TemplateOperations.requireDone(template.activate(number), template, number);

        MessageBody body = MessageBody.builder().message(TemplateOperations.ACCEPTED)
                .requestID(context.requestId()).build();
        return UpdateTemplateActiveVersionResponse.builder().messageBody(body).build();
    }

    /**
     * A template as ListTemplates shows it. The API reference says that Arn, DefaultSubstitutions, tags and
     * TemplateDescription are not included in this shape, so they are left out.
     */
    private static TemplateResponse summary(MessageTemplate template) {
        return TemplateResponse.builder()
                .templateName(template.name())
                .templateType(template.type())
                .creationDate(Dates.iso(template.creationDate()))
                .lastModifiedDate(Dates.iso(template.lastModifiedDate()))
                .version(String.valueOf(template.active().number()))
                .build();
    }

    private static TemplateVersionResponse describe(MessageTemplate template, TemplateVersion version) {
        SdkPojo content = version.content();
        return TemplateVersionResponse.builder()
                .templateName(template.name())
                .templateType(template.type().toString())
                .version(String.valueOf(version.number()))
                .creationDate(Dates.iso(version.creationDate()))
                .lastModifiedDate(Dates.iso(version.lastModifiedDate()))
                .defaultSubstitutions(SdkModels.string(content, "DefaultSubstitutions"))
                .templateDescription(SdkModels.string(content, "TemplateDescription"))
                .build();
    }

    private static Map<String, String> position(MessageTemplate template) {
        return Map.of("TemplateName", template.name(), "TemplateType", template.type().toString());
    }

    private static int versionOf(Map<String, String> position) {
        try {
            return Integer.parseInt(Pages.field(position, "Version"));
        } catch (NumberFormatException e) {
            throw badRequest("Invalid token");
        }
    }
}
