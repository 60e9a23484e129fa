package dev.pinpointmock.internal.service;

import dev.pinpointmock.internal.service.TemplateOperations.Selected;
import software.amazon.awssdk.services.pinpoint.model.CreateInAppTemplateRequest;
import software.amazon.awssdk.services.pinpoint.model.CreateInAppTemplateResponse;
import software.amazon.awssdk.services.pinpoint.model.DeleteInAppTemplateRequest;
import software.amazon.awssdk.services.pinpoint.model.DeleteInAppTemplateResponse;
import software.amazon.awssdk.services.pinpoint.model.InAppTemplateRequest;
import software.amazon.awssdk.services.pinpoint.model.InAppTemplateResponse;
import software.amazon.awssdk.services.pinpoint.model.GetInAppTemplateRequest;
import software.amazon.awssdk.services.pinpoint.model.GetInAppTemplateResponse;
import software.amazon.awssdk.services.pinpoint.model.TemplateType;
import software.amazon.awssdk.services.pinpoint.model.UpdateInAppTemplateRequest;
import software.amazon.awssdk.services.pinpoint.model.UpdateInAppTemplateResponse;

/** CreateInAppTemplate, GetInAppTemplate, UpdateInAppTemplate and DeleteInAppTemplate. */
final class InAppTemplateHandlers {

    private InAppTemplateHandlers() {
    }

    static void register(OperationRegistry registry) {
        registry.on("CreateInAppTemplate", CreateInAppTemplateRequest.class, InAppTemplateHandlers::create)
                .on("GetInAppTemplate", GetInAppTemplateRequest.class, InAppTemplateHandlers::get)
                .on("UpdateInAppTemplate", UpdateInAppTemplateRequest.class, InAppTemplateHandlers::update)
                .on("DeleteInAppTemplate", DeleteInAppTemplateRequest.class, InAppTemplateHandlers::delete);
    }

    static CreateInAppTemplateResponse create(CallContext context, CreateInAppTemplateRequest request) {
        TemplateRules.validate(request.inAppTemplateRequest());
        String arn = TemplateOperations.create(context, TemplateType.INAPP, request.templateName(),
                request.inAppTemplateRequest());
        return CreateInAppTemplateResponse.builder()
                .templateCreateMessageBody(TemplateOperations.createdInApp(context, arn))
                .build();
    }

    static GetInAppTemplateResponse get(CallContext context, GetInAppTemplateRequest request) {
        Selected selected = TemplateOperations.select(context, TemplateType.INAPP, request.templateName(),
                request.version());
        InAppTemplateRequest content = selected.version().content(InAppTemplateRequest.class);
        InAppTemplateResponse response = InAppTemplateResponse.builder()
                .arn(selected.template().arn())
                .creationDate(Dates.iso(selected.template().creationDate()))
                .lastModifiedDate(Dates.iso(selected.version().lastModifiedDate()))
                .tags(context.partition().tags(selected.template().arn()))
                .templateName(selected.template().name())
                .templateType(TemplateType.INAPP)
                .version(String.valueOf(selected.version().number()))
                .templateDescription(content.templateDescription())
                .content(content.content())
                .customConfig(content.customConfig())
                .layout(content.layoutAsString())
                .build();
        return GetInAppTemplateResponse.builder().inAppTemplateResponse(response).build();
    }

    static UpdateInAppTemplateResponse update(CallContext context, UpdateInAppTemplateRequest request) {
        TemplateRules.validate(request.inAppTemplateRequest());
        TemplateOperations.update(context, TemplateType.INAPP, request.templateName(), request.version(),
                request.createNewVersion(), request.inAppTemplateRequest());
        return UpdateInAppTemplateResponse.builder().messageBody(TemplateOperations.accepted(context)).build();
    }

    static DeleteInAppTemplateResponse delete(CallContext context, DeleteInAppTemplateRequest request) {
        TemplateOperations.delete(context, TemplateType.INAPP, request.templateName(), request.version());
        return DeleteInAppTemplateResponse.builder().messageBody(TemplateOperations.accepted(context)).build();
    }
}
