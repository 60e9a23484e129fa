package dev.pinpointmock.internal.service;

import static dev.pinpointmock.internal.service.ChannelKind.*;

import dev.pinpointmock.internal.state.App;
import dev.pinpointmock.internal.state.ChannelStore.StoredChannel;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.pinpoint.model.*;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Get, Update and Delete of the ten channels, and GetChannels. An update merges the members it sends into
 * the stored channel and raises its {@code Version}; a delete answers the channel as it was. The model
 * gives every channel its own request and response types, hence one registration per operation.
 */
final class ChannelHandlers {

    private ChannelHandlers() {
    }

    static void register(OperationRegistry registry) {
        registry.on("GetAdmChannel", GetAdmChannelRequest.class,
                (c, r) -> GetAdmChannelResponse.builder().admChannelResponse(
                        get(c, r.applicationId(), ADM, ADMChannelResponse.builder())).build())
                .on("UpdateAdmChannel", UpdateAdmChannelRequest.class,
                (c, r) -> UpdateAdmChannelResponse.builder().admChannelResponse(
                        update(c, r.applicationId(), ADM, r.admChannelRequest(),
                                ADMChannelResponse.builder())).build())
                .on("DeleteAdmChannel", DeleteAdmChannelRequest.class,
                (c, r) -> DeleteAdmChannelResponse.builder().admChannelResponse(
                        delete(c, r.applicationId(), ADM, ADMChannelResponse.builder())).build());
        registry.on("GetApnsChannel", GetApnsChannelRequest.class,
                (c, r) -> GetApnsChannelResponse.builder().apnsChannelResponse(
                        get(c, r.applicationId(), APNS, APNSChannelResponse.builder())).build())
                .on("UpdateApnsChannel", UpdateApnsChannelRequest.class,
                (c, r) -> UpdateApnsChannelResponse.builder().apnsChannelResponse(
                        update(c, r.applicationId(), APNS, r.apnsChannelRequest(),
                                APNSChannelResponse.builder())).build())
                .on("DeleteApnsChannel", DeleteApnsChannelRequest.class,
                (c, r) -> DeleteApnsChannelResponse.builder().apnsChannelResponse(
                        delete(c, r.applicationId(), APNS, APNSChannelResponse.builder())).build());
        registry.on("GetApnsSandboxChannel", GetApnsSandboxChannelRequest.class,
                (c, r) -> GetApnsSandboxChannelResponse.builder().apnsSandboxChannelResponse(
                        get(c, r.applicationId(), APNS_SANDBOX, APNSSandboxChannelResponse.builder())).build())
                .on("UpdateApnsSandboxChannel", UpdateApnsSandboxChannelRequest.class,
                (c, r) -> UpdateApnsSandboxChannelResponse.builder().apnsSandboxChannelResponse(
                        update(c, r.applicationId(), APNS_SANDBOX, r.apnsSandboxChannelRequest(),
                                APNSSandboxChannelResponse.builder())).build())
                .on("DeleteApnsSandboxChannel", DeleteApnsSandboxChannelRequest.class,
                (c, r) -> DeleteApnsSandboxChannelResponse.builder().apnsSandboxChannelResponse(
                        delete(c, r.applicationId(), APNS_SANDBOX, APNSSandboxChannelResponse.builder())).build());
        registry.on("GetApnsVoipChannel", GetApnsVoipChannelRequest.class,
                (c, r) -> GetApnsVoipChannelResponse.builder().apnsVoipChannelResponse(
                        get(c, r.applicationId(), APNS_VOIP, APNSVoipChannelResponse.builder())).build())
                .on("UpdateApnsVoipChannel", UpdateApnsVoipChannelRequest.class,
                (c, r) -> UpdateApnsVoipChannelResponse.builder().apnsVoipChannelResponse(
                        update(c, r.applicationId(), APNS_VOIP, r.apnsVoipChannelRequest(),
                                APNSVoipChannelResponse.builder())).build())
                .on("DeleteApnsVoipChannel", DeleteApnsVoipChannelRequest.class,
                (c, r) -> DeleteApnsVoipChannelResponse.builder().apnsVoipChannelResponse(
                        delete(c, r.applicationId(), APNS_VOIP, APNSVoipChannelResponse.builder())).build());
        registry.on("GetApnsVoipSandboxChannel", GetApnsVoipSandboxChannelRequest.class,
                (c, r) -> GetApnsVoipSandboxChannelResponse.builder().apnsVoipSandboxChannelResponse(
                        get(c, r.applicationId(), APNS_VOIP_SANDBOX, APNSVoipSandboxChannelResponse.builder())).build())
                .on("UpdateApnsVoipSandboxChannel", UpdateApnsVoipSandboxChannelRequest.class,
                (c, r) -> UpdateApnsVoipSandboxChannelResponse.builder().apnsVoipSandboxChannelResponse(
                        update(c, r.applicationId(), APNS_VOIP_SANDBOX, r.apnsVoipSandboxChannelRequest(),
                                APNSVoipSandboxChannelResponse.builder())).build())
                .on("DeleteApnsVoipSandboxChannel", DeleteApnsVoipSandboxChannelRequest.class,
                (c, r) -> DeleteApnsVoipSandboxChannelResponse.builder().apnsVoipSandboxChannelResponse(
                        delete(c, r.applicationId(), APNS_VOIP_SANDBOX,
                                APNSVoipSandboxChannelResponse.builder())).build());
        registry.on("GetBaiduChannel", GetBaiduChannelRequest.class,
                (c, r) -> GetBaiduChannelResponse.builder().baiduChannelResponse(
                        get(c, r.applicationId(), BAIDU, BaiduChannelResponse.builder())).build())
                .on("UpdateBaiduChannel", UpdateBaiduChannelRequest.class,
                (c, r) -> UpdateBaiduChannelResponse.builder().baiduChannelResponse(
                        update(c, r.applicationId(), BAIDU, r.baiduChannelRequest(),
                                BaiduChannelResponse.builder())).build())
                .on("DeleteBaiduChannel", DeleteBaiduChannelRequest.class,
                (c, r) -> DeleteBaiduChannelResponse.builder().baiduChannelResponse(
                        delete(c, r.applicationId(), BAIDU, BaiduChannelResponse.builder())).build());
        registry.on("GetEmailChannel", GetEmailChannelRequest.class,
                (c, r) -> GetEmailChannelResponse.builder().emailChannelResponse(
                        get(c, r.applicationId(), EMAIL, EmailChannelResponse.builder())).build())
                .on("UpdateEmailChannel", UpdateEmailChannelRequest.class,
                (c, r) -> UpdateEmailChannelResponse.builder().emailChannelResponse(
                        update(c, r.applicationId(), EMAIL, r.emailChannelRequest(),
                                EmailChannelResponse.builder())).build())
                .on("DeleteEmailChannel", DeleteEmailChannelRequest.class,
                (c, r) -> DeleteEmailChannelResponse.builder().emailChannelResponse(
                        delete(c, r.applicationId(), EMAIL, EmailChannelResponse.builder())).build());
        registry.on("GetGcmChannel", GetGcmChannelRequest.class,
                (c, r) -> GetGcmChannelResponse.builder().gcmChannelResponse(
                        get(c, r.applicationId(), GCM, GCMChannelResponse.builder())).build())
                .on("UpdateGcmChannel", UpdateGcmChannelRequest.class,
                (c, r) -> UpdateGcmChannelResponse.builder().gcmChannelResponse(
                        update(c, r.applicationId(), GCM, r.gcmChannelRequest(),
                                GCMChannelResponse.builder())).build())
                .on("DeleteGcmChannel", DeleteGcmChannelRequest.class,
                (c, r) -> DeleteGcmChannelResponse.builder().gcmChannelResponse(
                        delete(c, r.applicationId(), GCM, GCMChannelResponse.builder())).build());
        registry.on("GetSmsChannel", GetSmsChannelRequest.class,
                (c, r) -> GetSmsChannelResponse.builder().smsChannelResponse(
                        get(c, r.applicationId(), SMS, SMSChannelResponse.builder())).build())
                .on("UpdateSmsChannel", UpdateSmsChannelRequest.class,
                (c, r) -> UpdateSmsChannelResponse.builder().smsChannelResponse(
                        update(c, r.applicationId(), SMS, r.smsChannelRequest(),
                                SMSChannelResponse.builder())).build())
                .on("DeleteSmsChannel", DeleteSmsChannelRequest.class,
                (c, r) -> DeleteSmsChannelResponse.builder().smsChannelResponse(
                        delete(c, r.applicationId(), SMS, SMSChannelResponse.builder())).build());
        registry.on("GetVoiceChannel", GetVoiceChannelRequest.class,
                (c, r) -> GetVoiceChannelResponse.builder().voiceChannelResponse(
                        get(c, r.applicationId(), VOICE, VoiceChannelResponse.builder())).build())
                .on("UpdateVoiceChannel", UpdateVoiceChannelRequest.class,
                (c, r) -> UpdateVoiceChannelResponse.builder().voiceChannelResponse(
                        update(c, r.applicationId(), VOICE, r.voiceChannelRequest(),
                                VoiceChannelResponse.builder())).build())
                .on("DeleteVoiceChannel", DeleteVoiceChannelRequest.class,
                (c, r) -> DeleteVoiceChannelResponse.builder().voiceChannelResponse(
                        delete(c, r.applicationId(), VOICE, VoiceChannelResponse.builder())).build());
        registry.on("GetChannels", GetChannelsRequest.class, ChannelHandlers::getChannels);
    }

    static <T> T get(CallContext context, String applicationId, ChannelKind kind, SdkBuilder<?, T> response) {
        App app = context.app(applicationId);
        StoredChannel channel = app.channels().get(kind.id()).orElseThrow(EndpointHandlers::resourceNotFound);
        return ChannelSettings.describe(app.id(), kind, channel, response);
    }

    static <T> T update(CallContext context, String applicationId, ChannelKind kind, SdkPojo request,
                        SdkBuilder<?, T> response) {
        App app = context.app(applicationId);
        Map<String, Object> sent = request == null ? Map.of() : ChannelSettings.sent(request);
        StoredChannel channel = app.channels().update(kind.id(), sent, context.now(),
                merged -> ChannelSettings.validate(kind, merged));
        return ChannelSettings.describe(app.id(), kind, channel, response);
    }

    /**
     * Deletes a channel and answers it as it was. Deleting a channel that is not there answers 200 too, as
     * real Pinpoint does when a channel is deleted twice, with only the channel's identity.
     */
    static <T> T delete(CallContext context, String applicationId, ChannelKind kind,
                        SdkBuilder<?, T> response) {
        App app = context.app(applicationId);
        return app.channels().remove(kind.id())
                .map(channel -> ChannelSettings.describe(app.id(), kind, channel, response))
                .orElseGet(() -> ChannelSettings.build(response, Map.of(
                        "ApplicationId", app.id(), "Id", kind.id(), "Platform", kind.platform())));
    }

    /** Every configured channel by its ChannelType, and IN_APP, which every application has. */
    static GetChannelsResponse getChannels(CallContext context, GetChannelsRequest request) {
        App app = context.app(request.applicationId());
        Map<String, ChannelResponse> channels = new LinkedHashMap<>();
        for (ChannelKind kind : ChannelKind.values()) {
            app.channels().get(kind.id()).ifPresent(channel -> channels.put(kind.platform(),
                    ChannelSettings.describe(app.id(), kind, channel, ChannelResponse.builder())));
        }
        channels.put("IN_APP", ChannelResponse.builder().enabled(true).isArchived(false).version(0).build());
        return GetChannelsResponse.builder()
                .channelsResponse(ChannelsResponse.builder().channels(channels).build())
                .build();
    }
}
