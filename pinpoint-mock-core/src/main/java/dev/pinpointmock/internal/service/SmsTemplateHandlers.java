package dev.pinpointmock.internal.service;

import dev.pinpointmock.internal.service.TemplateOperations.Selected;
import software.amazon.awssdk.services.pinpoint.model.CreateSmsTemplateRequest;
import software.amazon.awssdk.services.pinpoint.model.CreateSmsTemplateResponse;
import software.amazon.awssdk.services.pinpoint.model.DeleteSmsTemplateRequest;
import software.amazon.awssdk.services.pinpoint.model.DeleteSmsTemplateResponse;
import software.amazon.awssdk.services.pinpoint.model.SMSTemplateRequest;
import software.amazon.awssdk.services.pinpoint.model.SMSTemplateResponse;
import software.amazon.awssdk.services.pinpoint.model.GetSmsTemplateRequest;
import software.amazon.awssdk.services.pinpoint.model.GetSmsTemplateResponse;
import software.amazon.awssdk.services.pinpoint.model.TemplateType;
import software.amazon.awssdk.services.pinpoint.model.UpdateSmsTemplateRequest;
import software.amazon.awssdk.services.pinpoint.model.UpdateSmsTemplateResponse;

/** CreateSmsTemplate, GetSmsTemplate, UpdateSmsTemplate and DeleteSmsTemplate. */
final class SmsTemplateHandlers {

    private SmsTemplateHandlers() {
    }

    static void register(OperationRegistry registry) {
        registry.on("CreateSmsTemplate", CreateSmsTemplateRequest.class, SmsTemplateHandlers::create)
                .on("GetSmsTemplate", GetSmsTemplateRequest.class, SmsTemplateHandlers::get)
                .on("UpdateSmsTemplate", UpdateSmsTemplateRequest.class, SmsTemplateHandlers::update)
                .on("DeleteSmsTemplate", DeleteSmsTemplateRequest.class, SmsTemplateHandlers::delete);
    }

    static CreateSmsTemplateResponse create(CallContext context, CreateSmsTemplateRequest request) {
        TemplateRules.validate(request.smsTemplateRequest());
        String arn = TemplateOperations.create(context, TemplateType.SMS, request.templateName(),
                request.smsTemplateRequest());
        return CreateSmsTemplateResponse.builder()
                .createTemplateMessageBody(TemplateOperations.created(context, arn))
                .build();
    }

    static GetSmsTemplateResponse get(CallContext context, GetSmsTemplateRequest request) {
        Selected selected = TemplateOperations.select(context, TemplateType.SMS, request.templateName(),
                request.version());
        SMSTemplateRequest content = selected.version().content(SMSTemplateRequest.class);
        SMSTemplateResponse response = SMSTemplateResponse.builder()
                .arn(selected.template().arn())
                .creationDate(Dates.iso(selected.template().creationDate()))
                .lastModifiedDate(Dates.iso(selected.version().lastModifiedDate()))
                .tags(context.partition().tags(selected.template().arn()))
                .templateName(selected.template().name())
                .templateType(TemplateType.SMS)
                .version(String.valueOf(selected.version().number()))
                .defaultSubstitutions(content.defaultSubstitutions())
                .templateDescription(content.templateDescription())
                .recommenderId(content.recommenderId())
                .body(content.body())
                .build();
        return GetSmsTemplateResponse.builder().smsTemplateResponse(response).build();
    }

    static UpdateSmsTemplateResponse update(CallContext context, UpdateSmsTemplateRequest request) {
        TemplateRules.validate(request.smsTemplateRequest());
        TemplateOperations.update(context, TemplateType.SMS, request.templateName(), request.version(),
                request.createNewVersion(), request.smsTemplateRequest());
        return UpdateSmsTemplateResponse.builder().messageBody(TemplateOperations.accepted(context)).build();
    }

    static DeleteSmsTemplateResponse delete(CallContext context, DeleteSmsTemplateRequest request) {
        TemplateOperations.delete(context, TemplateType.SMS, request.templateName(), request.version());
        return DeleteSmsTemplateResponse.builder().messageBody(TemplateOperations.accepted(context)).build();
    }
}
