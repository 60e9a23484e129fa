package dev.pinpointmock.internal.service;

import dev.pinpointmock.internal.service.TemplateOperations.Selected;
import software.amazon.awssdk.services.pinpoint.model.CreatePushTemplateRequest;
import software.amazon.awssdk.services.pinpoint.model.CreatePushTemplateResponse;
import software.amazon.awssdk.services.pinpoint.model.DeletePushTemplateRequest;
import software.amazon.awssdk.services.pinpoint.model.DeletePushTemplateResponse;
import software.amazon.awssdk.services.pinpoint.model.PushNotificationTemplateRequest;
import software.amazon.awssdk.services.pinpoint.model.PushNotificationTemplateResponse;
import software.amazon.awssdk.services.pinpoint.model.GetPushTemplateRequest;
import software.amazon.awssdk.services.pinpoint.model.GetPushTemplateResponse;
import software.amazon.awssdk.services.pinpoint.model.TemplateType;
import software.amazon.awssdk.services.pinpoint.model.UpdatePushTemplateRequest;
import software.amazon.awssdk.services.pinpoint.model.UpdatePushTemplateResponse;

/** CreatePushTemplate, GetPushTemplate, UpdatePushTemplate and DeletePushTemplate. */
final class PushTemplateHandlers {

    private PushTemplateHandlers() {
    }

    static void register(OperationRegistry registry) {
        registry.on("CreatePushTemplate", CreatePushTemplateRequest.class, PushTemplateHandlers::create)
                .on("GetPushTemplate", GetPushTemplateRequest.class, PushTemplateHandlers::get)
                .on("UpdatePushTemplate", UpdatePushTemplateRequest.class, PushTemplateHandlers::update)
                .on("DeletePushTemplate", DeletePushTemplateRequest.class, PushTemplateHandlers::delete);
    }

    static CreatePushTemplateResponse create(CallContext context, CreatePushTemplateRequest request) {
        TemplateRules.validate(request.pushNotificationTemplateRequest());
        String arn = TemplateOperations.create(context, TemplateType.PUSH, request.templateName(),
                request.pushNotificationTemplateRequest());
        return CreatePushTemplateResponse.builder()
                .createTemplateMessageBody(TemplateOperations.created(context, arn))
                .build();
    }

    static GetPushTemplateResponse get(CallContext context, GetPushTemplateRequest request) {
        Selected selected = TemplateOperations.select(context, TemplateType.PUSH, request.templateName(),
                request.version());
        PushNotificationTemplateRequest content = selected.version().content(PushNotificationTemplateRequest.class);
        PushNotificationTemplateResponse response = PushNotificationTemplateResponse.builder()
                .arn(selected.template().arn())
                .creationDate(Dates.iso(selected.template().creationDate()))
                .lastModifiedDate(Dates.iso(selected.version().lastModifiedDate()))
                .tags(context.partition().tags(selected.template().arn()))
                .templateName(selected.template().name())
                .templateType(TemplateType.PUSH)
                .version(String.valueOf(selected.version().number()))
                .defaultSubstitutions(content.defaultSubstitutions())
                .templateDescription(content.templateDescription())
                .recommenderId(content.recommenderId())
                .defaultValue(content.defaultValue())
                .apns(content.apns())
                .gcm(content.gcm())
                .adm(content.adm())
                .baidu(content.baidu())
                .build();
        return GetPushTemplateResponse.builder().pushNotificationTemplateResponse(response).build();
    }

    static UpdatePushTemplateResponse update(CallContext context, UpdatePushTemplateRequest request) {
        TemplateRules.validate(request.pushNotificationTemplateRequest());
        TemplateOperations.update(context, TemplateType.PUSH, request.templateName(), request.version(),
                request.createNewVersion(), request.pushNotificationTemplateRequest());
        return UpdatePushTemplateResponse.builder().messageBody(TemplateOperations.accepted(context)).build();
    }

    static DeletePushTemplateResponse delete(CallContext context, DeletePushTemplateRequest request) {
        TemplateOperations.delete(context, TemplateType.PUSH, request.templateName(), request.version());
        return DeletePushTemplateResponse.builder().messageBody(TemplateOperations.accepted(context)).build();
    }
}
