package dev.pinpointmock.internal.service;

import dev.pinpointmock.internal.service.TemplateOperations.Selected;
import software.amazon.awssdk.services.pinpoint.model.CreateVoiceTemplateRequest;
import software.amazon.awssdk.services.pinpoint.model.CreateVoiceTemplateResponse;
import software.amazon.awssdk.services.pinpoint.model.DeleteVoiceTemplateRequest;
import software.amazon.awssdk.services.pinpoint.model.DeleteVoiceTemplateResponse;
import software.amazon.awssdk.services.pinpoint.model.VoiceTemplateRequest;
import software.amazon.awssdk.services.pinpoint.model.VoiceTemplateResponse;
import software.amazon.awssdk.services.pinpoint.model.GetVoiceTemplateRequest;
import software.amazon.awssdk.services.pinpoint.model.GetVoiceTemplateResponse;
import software.amazon.awssdk.services.pinpoint.model.TemplateType;
import software.amazon.awssdk.services.pinpoint.model.UpdateVoiceTemplateRequest;
import software.amazon.awssdk.services.pinpoint.model.UpdateVoiceTemplateResponse;

/** CreateVoiceTemplate, GetVoiceTemplate, UpdateVoiceTemplate and DeleteVoiceTemplate. */
final class VoiceTemplateHandlers {

    private VoiceTemplateHandlers() {
    }

    static void register(OperationRegistry registry) {
        registry.on("CreateVoiceTemplate", CreateVoiceTemplateRequest.class, VoiceTemplateHandlers::create)
                .on("GetVoiceTemplate", GetVoiceTemplateRequest.class, VoiceTemplateHandlers::get)
                .on("UpdateVoiceTemplate", UpdateVoiceTemplateRequest.class, VoiceTemplateHandlers::update)
                .on("DeleteVoiceTemplate", DeleteVoiceTemplateRequest.class, VoiceTemplateHandlers::delete);
    }

    static CreateVoiceTemplateResponse create(CallContext context, CreateVoiceTemplateRequest request) {
        TemplateRules.validate(request.voiceTemplateRequest());
        String arn = TemplateOperations.create(context, TemplateType.VOICE, request.templateName(),
                request.voiceTemplateRequest());
        return CreateVoiceTemplateResponse.builder()
                .createTemplateMessageBody(TemplateOperations.created(context, arn))
                .build();
    }

    static GetVoiceTemplateResponse get(CallContext context, GetVoiceTemplateRequest request) {
        Selected selected = TemplateOperations.select(context, TemplateType.VOICE, request.templateName(),
                request.version());
        VoiceTemplateRequest content = selected.version().content(VoiceTemplateRequest.class);
        VoiceTemplateResponse response = VoiceTemplateResponse.builder()
                .arn(selected.template().arn())
                .creationDate(Dates.iso(selected.template().creationDate()))
                .lastModifiedDate(Dates.iso(selected.version().lastModifiedDate()))
                .tags(context.partition().tags(selected.template().arn()))
                .templateName(selected.template().name())
                .templateType(TemplateType.VOICE)
                .version(String.valueOf(selected.version().number()))
                .defaultSubstitutions(content.defaultSubstitutions())
                .templateDescription(content.templateDescription())
                .body(content.body())
                .languageCode(content.languageCode())
                .voiceId(content.voiceId())
                .build();
        return GetVoiceTemplateResponse.builder().voiceTemplateResponse(response).build();
    }

    static UpdateVoiceTemplateResponse update(CallContext context, UpdateVoiceTemplateRequest request) {
        TemplateRules.validate(request.voiceTemplateRequest());
        TemplateOperations.update(context, TemplateType.VOICE, request.templateName(), request.version(),
                request.createNewVersion(), request.voiceTemplateRequest());
        return UpdateVoiceTemplateResponse.builder().messageBody(TemplateOperations.accepted(context)).build();
    }

    static DeleteVoiceTemplateResponse delete(CallContext context, DeleteVoiceTemplateRequest request) {
        TemplateOperations.delete(context, TemplateType.VOICE, request.templateName(), request.version());
        return DeleteVoiceTemplateResponse.builder().messageBody(TemplateOperations.accepted(context)).build();
    }
}
