package dev.pinpointmock.internal.service;

import dev.pinpointmock.internal.state.App;
import dev.pinpointmock.internal.state.SegmentStore;
import dev.pinpointmock.internal.state.StoredCampaign;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.pinpoint.model.CampaignInAppMessage;
import software.amazon.awssdk.services.pinpoint.model.CampaignResponse;
import software.amazon.awssdk.services.pinpoint.model.CampaignStatus;
import software.amazon.awssdk.services.pinpoint.model.EndpointResponse;
import software.amazon.awssdk.services.pinpoint.model.Frequency;
import software.amazon.awssdk.services.pinpoint.model.GetInAppMessagesRequest;
import software.amazon.awssdk.services.pinpoint.model.GetInAppMessagesResponse;
import software.amazon.awssdk.services.pinpoint.model.InAppMessage;
import software.amazon.awssdk.services.pinpoint.model.InAppMessageCampaign;
import software.amazon.awssdk.services.pinpoint.model.InAppMessagesResponse;
import software.amazon.awssdk.services.pinpoint.model.TemplateType;

/**
 * GetInAppMessages: the in-app campaigns an endpoint may show now. A campaign qualifies when its schedule's
 * Frequency is IN_APP_EVENT, it is neither paused nor over, its StartTime has come and its EndTime has not,
 * it has an in-app message or template, the endpoint is in its segment version, and the endpoint is not in
 * its holdout; it comes with the endpoint's treatment, the campaign's caps and priority, most urgent
 * priority first.
 */
final class InAppHandlers {

    private InAppHandlers() {
    }

    static void register(OperationRegistry registry) {
        registry.on("GetInAppMessages", GetInAppMessagesRequest.class, InAppHandlers::getInAppMessages);
    }

    static GetInAppMessagesResponse getInAppMessages(CallContext context, GetInAppMessagesRequest request) {
        App app = context.app(request.applicationId());
        EndpointResponse endpoint = app.endpoints().get(request.endpointId())
                .orElseThrow(EndpointHandlers::resourceNotFound);
        Instant now = context.now();
        List<InAppMessageCampaign> campaigns = new ArrayList<>();
        for (StoredCampaign campaign : app.campaigns().all()) {
            served(context, app, campaign, endpoint, now).ifPresent(campaigns::add);
        }
        campaigns.sort(Comparator.comparing((InAppMessageCampaign c) -> c.priority() == null ? Integer.MAX_VALUE
                : c.priority()).thenComparing(InAppMessageCampaign::campaignId));
        return GetInAppMessagesResponse.builder()
                .inAppMessagesResponse(InAppMessagesResponse.builder().inAppMessageCampaigns(campaigns).build())
                .build();
    }

    private static Optional<InAppMessageCampaign> served(CallContext context, App app, StoredCampaign campaign,
                                                         EndpointResponse endpoint, Instant now) {
        CampaignResponse definition = campaign.versions().latest();
        CampaignStatus status = campaign.status();
        if (definition.schedule() == null || definition.schedule().frequency() != Frequency.IN_APP_EVENT
                || status == CampaignStatus.PAUSED || status == CampaignStatus.COMPLETED
                || !live(definition, campaign, now)) {
            return Optional.empty();
        }
        Optional<SegmentStore.Version> segment = SegmentLookups.of(app)
                .find(definition.segmentId(), definition.segmentVersion());
        boolean member = segment.isPresent() && new SegmentEvaluator(ScheduledDelivery.endpoints(app),
                SegmentLookups.of(app), now).members(segment.get()).stream()
                .anyMatch(candidate -> candidate.id().equals(endpoint.id()));
        String treatmentId = member ? new TreatmentSplit(campaign.salt(), definition).treatmentOf(endpoint.id())
                : null;
        if (treatmentId == null) {
            return Optional.empty();
        }
        return message(context, endpoint, definition).map(message -> InAppMessageCampaign.builder()
                .campaignId(campaign.id())
                .treatmentId(treatmentId)
                .inAppMessage(message)
                .priority(definition.priority())
                .dailyCap(definition.limits() == null ? null : definition.limits().daily())
                .sessionCap(definition.limits() == null ? null : definition.limits().session())
                .totalCap(definition.limits() == null ? null : definition.limits().total())
                .schedule(schedule -> schedule.endDate(definition.schedule().endTime())
                        .eventFilter(definition.schedule().eventFilter())
                        .quietTime(definition.schedule().quietTime()))
                .build());
    }

    private static boolean live(CampaignResponse definition, StoredCampaign campaign, Instant now) {
        String start = definition.schedule().startTime();
        Instant from = CampaignSchedule.IMMEDIATE.equalsIgnoreCase(start) ? campaign.creationDate()
                : IsoInstants.parse(start).orElse(campaign.creationDate());
        Optional<Instant> until = IsoInstants.parse(definition.schedule().endTime());
        return !from.isAfter(now) && until.map(end -> end.isAfter(now)).orElse(true);
    }

    /** The campaign's in-app message, or its in-app template rendered for the endpoint. */
    private static Optional<InAppMessage> message(CallContext context, EndpointResponse endpoint,
                                                  CampaignResponse definition) {
        CampaignInAppMessage inApp = definition.messageConfiguration() == null ? null
                : definition.messageConfiguration().inAppMessage();
        if (inApp != null && inApp.hasContent()) {
            return Optional.of(InAppMessage.builder().content(inApp.content()).layout(inApp.layout())
                    .customConfig(inApp.hasCustomConfig() ? inApp.customConfig() : null).build());
        }
        if (definition.templateConfiguration() == null || definition.templateConfiguration().inAppTemplate() == null) {
            return Optional.empty();
        }
        RenderedTemplate.InApp rendered = TemplateRenderer.render(context, TemplateReference.of(
                definition.templateConfiguration().inAppTemplate(), TemplateType.INAPP),
                MessageVariables.builder().endpoint(endpoint).build(), RenderedTemplate.InApp.class);
        return Optional.of(InAppMessage.builder().content(rendered.content()).layout(rendered.layout())
                .customConfig(rendered.customConfig().isEmpty() ? null : rendered.customConfig()).build());
    }
}
