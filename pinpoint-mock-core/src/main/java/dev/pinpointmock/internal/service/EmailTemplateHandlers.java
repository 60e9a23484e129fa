package dev.pinpointmock.internal.service;

import dev.pinpointmock.internal.service.TemplateOperations.Selected;
import software.amazon.awssdk.services.pinpoint.model.CreateEmailTemplateRequest;
import software.amazon.awssdk.services.pinpoint.model.CreateEmailTemplateResponse;
import software.amazon.awssdk.services.pinpoint.model.DeleteEmailTemplateRequest;
import software.amazon.awssdk.services.pinpoint.model.DeleteEmailTemplateResponse;
import software.amazon.awssdk.services.pinpoint.model.EmailTemplateRequest;
import software.amazon.awssdk.services.pinpoint.model.EmailTemplateResponse;
import software.amazon.awssdk.services.pinpoint.model.GetEmailTemplateRequest;
import software.amazon.awssdk.services.pinpoint.model.GetEmailTemplateResponse;
import software.amazon.awssdk.services.pinpoint.model.TemplateType;
import software.amazon.awssdk.services.pinpoint.model.UpdateEmailTemplateRequest;
import software.amazon.awssdk.services.pinpoint.model.UpdateEmailTemplateResponse;

/** CreateEmailTemplate, GetEmailTemplate, UpdateEmailTemplate and DeleteEmailTemplate. */
final class EmailTemplateHandlers {

    private EmailTemplateHandlers() {
    }

    static void register(OperationRegistry registry) {
        registry.on("CreateEmailTemplate", CreateEmailTemplateRequest.class, EmailTemplateHandlers::create)
                .on("GetEmailTemplate", GetEmailTemplateRequest.class, EmailTemplateHandlers::get)
                .on("UpdateEmailTemplate", UpdateEmailTemplateRequest.class, EmailTemplateHandlers::update)
                .on("DeleteEmailTemplate", DeleteEmailTemplateRequest.class, EmailTemplateHandlers::delete);
    }

    static CreateEmailTemplateResponse create(CallContext context, CreateEmailTemplateRequest request) {
        TemplateRules.validate(request.emailTemplateRequest());
        String arn = TemplateOperations.create(context, TemplateType.EMAIL, request.templateName(),
                request.emailTemplateRequest());
        return CreateEmailTemplateResponse.builder()
                .createTemplateMessageBody(TemplateOperations.created(context, arn))
                .build();
    }

    static GetEmailTemplateResponse get(CallContext context, GetEmailTemplateRequest request) {
        Selected selected = TemplateOperations.select(context, TemplateType.EMAIL, request.templateName(),
                request.version());
        EmailTemplateRequest content = selected.version().content(EmailTemplateRequest.class);
        EmailTemplateResponse response = EmailTemplateResponse.builder()
                .arn(selected.template().arn())
                .creationDate(Dates.iso(selected.template().creationDate()))
                .lastModifiedDate(Dates.iso(selected.version().lastModifiedDate()))
                .tags(context.partition().tags(selected.template().arn()))
                .templateName(selected.template().name())
                .templateType(TemplateType.EMAIL)
                .version(String.valueOf(selected.version().number()))
                .defaultSubstitutions(content.defaultSubstitutions())
                .templateDescription(content.templateDescription())
                .recommenderId(content.recommenderId())
                .subject(content.subject())
                .htmlPart(content.htmlPart())
                .textPart(content.textPart())
                .headers(content.headers())
                .build();
        return GetEmailTemplateResponse.builder().emailTemplateResponse(response).build();
    }

    static UpdateEmailTemplateResponse update(CallContext context, UpdateEmailTemplateRequest request) {
        TemplateRules.validate(request.emailTemplateRequest());
        TemplateOperations.update(context, TemplateType.EMAIL, request.templateName(), request.version(),
                request.createNewVersion(), request.emailTemplateRequest());
        return UpdateEmailTemplateResponse.builder().messageBody(TemplateOperations.accepted(context)).build();
    }

    static DeleteEmailTemplateResponse delete(CallContext context, DeleteEmailTemplateRequest request) {
        TemplateOperations.delete(context, TemplateType.EMAIL, request.templateName(), request.version());
        return DeleteEmailTemplateResponse.builder().messageBody(TemplateOperations.accepted(context)).build();
    }
}
