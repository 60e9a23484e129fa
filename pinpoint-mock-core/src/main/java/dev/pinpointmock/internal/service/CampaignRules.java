package dev.pinpointmock.internal.service;

import static dev.pinpointmock.internal.service.Errors.badRequest;

import dev.pinpointmock.internal.state.App;
import dev.pinpointmock.internal.state.SegmentStore;
import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.services.pinpoint.model.CampaignLimits;
import software.amazon.awssdk.services.pinpoint.model.CampaignResponse;
import software.amazon.awssdk.services.pinpoint.model.MessageConfiguration;
import software.amazon.awssdk.services.pinpoint.model.TemplateConfiguration;
import software.amazon.awssdk.services.pinpoint.model.TreatmentResource;

/**
 * The rules a campaign's definition must meet, checked on the definition a create or update would store:
 * a segment and version that exist, a schedule whose start is not past, a message or template for the
 * default treatment and each additional one, percentages that fit in 100, and limits within AWS's ranges.
 */
final class CampaignRules {

    /** A campaign has its default treatment and up to four more, five in all. */
    static final int MAX_ADDITIONAL_TREATMENTS = 4;

    private CampaignRules() {
    }

    /** What a valid definition resolves to: its schedule read as times, and its segment version. */
    record Checked(CampaignSchedule schedule, SegmentStore.Version segment) {
    }

    /**
     * Checks a definition to be stored at {@code now}. {@code previous} is the version it replaces, or
     * {@code null} for a new campaign; its StartTime, if unchanged, is not refused for being past.
     */
    static Checked validate(App app, CampaignResponse definition, CampaignResponse previous, Instant now) {
        if (definition.segmentId() == null || definition.segmentId().isEmpty()) {
            throw badRequest("Missing SegmentId");
        }
        SegmentStore.Segment segment = app.segments().get(definition.segmentId())
                .orElseThrow(() -> Errors.notFound("Segment not found: " + definition.segmentId()));
        SegmentStore.Version version = definition.segmentVersion() == null ? segment.latest()
                : segment.versions().version(definition.segmentVersion()).orElseThrow(() -> Errors.notFound(
                        "Segment " + segment.id() + " has no version " + definition.segmentVersion()));
        if (definition.schedule() == null) {
            throw badRequest("Missing Schedule");
        }
        boolean sameStart = previous != null && previous.schedule() != null
                && definition.schedule().startTime().equals(previous.schedule().startTime());
        CampaignSchedule schedule = CampaignSchedule.of(definition.schedule(), now, sameStart);

        requireMessage("the campaign", definition.messageConfiguration(), definition.templateConfiguration());
        int percent = percent("HoldoutPercent", definition.holdoutPercent());
        List<TreatmentResource> treatments = definition.additionalTreatments();
        if (treatments.size() > MAX_ADDITIONAL_TREATMENTS) {
            throw badRequest("A campaign can have at most " + MAX_ADDITIONAL_TREATMENTS
                    + " additional treatments, not " + treatments.size());
        }
        for (TreatmentResource treatment : treatments) {
            percent += percent("SizePercent", treatment.sizePercent());
            MessageConfiguration messages = treatment.messageConfiguration() != null
                    ? treatment.messageConfiguration() : definition.messageConfiguration();
            TemplateConfiguration templates = treatment.templateConfiguration() != null
                    ? treatment.templateConfiguration() : definition.templateConfiguration();
            requireMessage("treatment " + treatment.id(), messages, templates);
            if (treatment.schedule() != null) {
                CampaignSchedule.of(treatment.schedule(), now, true);
            }
        }
        if (percent > 100) {
            throw badRequest("HoldoutPercent and the SizePercent of the additional treatments add up to "
                    + percent + ", more than 100");
        }
        validate(definition.limits());
        return new Checked(schedule, version);
    }

    private static void requireMessage(String owner, MessageConfiguration messages, TemplateConfiguration templates) {
        boolean hasMessage = messages != null && (messages.defaultMessage() != null || messages.admMessage() != null
                || messages.apnsMessage() != null || messages.baiduMessage() != null || messages.gcmMessage() != null
                || messages.emailMessage() != null || messages.smsMessage() != null
                || messages.inAppMessage() != null || messages.customMessage() != null);
        boolean hasTemplate = templates != null && (templates.emailTemplate() != null
                || templates.smsTemplate() != null || templates.pushTemplate() != null
                || templates.voiceTemplate() != null || templates.inAppTemplate() != null);
        if (!hasMessage && !hasTemplate) {
            throw badRequest("Missing MessageConfiguration: " + owner + " has neither a message nor a template");
        }
    }

    private static int percent(String member, Integer value) {
        int percent = value == null ? 0 : value;
        if (percent < 0 || percent > 100) {
            throw badRequest(member + " must be between 0 and 100, not " + percent);
        }
        return percent;
    }

    private static void validate(CampaignLimits limits) {
        if (limits == null) {
            return;
        }
        range("Limits.Daily", limits.daily(), 0, 100);
        range("Limits.Total", limits.total(), 0, 100);
        range("Limits.MessagesPerSecond", limits.messagesPerSecond(), 0, 20_000);
        if (limits.maximumDuration() != null && limits.maximumDuration() != 0 && limits.maximumDuration() < 60) {
            throw badRequest("Limits.MaximumDuration must be at least 60 seconds, not " + limits.maximumDuration());
        }
        range("Limits.Session", limits.session(), 0, Integer.MAX_VALUE);
    }

    private static void range(String member, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw badRequest(member + " must be between " + min + " and " + max + ", not " + value);
        }
    }
}
