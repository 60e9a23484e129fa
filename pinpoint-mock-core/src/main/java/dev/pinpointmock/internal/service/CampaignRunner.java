package dev.pinpointmock.internal.service;

import dev.pinpointmock.internal.state.App;
import dev.pinpointmock.internal.state.SegmentStore;
import dev.pinpointmock.internal.state.StoredCampaign;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.pinpoint.model.ActivityResponse;
import software.amazon.awssdk.services.pinpoint.model.CampaignResponse;
import software.amazon.awssdk.services.pinpoint.model.CampaignStatus;
import software.amazon.awssdk.services.pinpoint.model.DeliveryStatus;
import software.amazon.awssdk.services.pinpoint.model.EndpointResponse;
import software.amazon.awssdk.services.pinpoint.model.MessageConfiguration;
import software.amazon.awssdk.services.pinpoint.model.TemplateConfiguration;
import software.amazon.awssdk.services.pinpoint.model.TreatmentResource;

/**
 * Runs campaigns whose time has come, on the server's clock. A run sends the campaign's message to every
 * endpoint of its segment version that the holdout and the limits leave, each with its treatment's
 * message, records one activity per treatment, and moves the campaign on: COMPLETED after its last run,
 * PENDING_NEXT_RUN between the runs of a recurring campaign.
 *
 * <p>Due runs are looked for when the test moves the clock, before each call the server serves, and at
 * once after a create or update; a campaign whose StartTime is IMMEDIATE has therefore run when
 * CreateCampaign returns. When the clock jumps past several runs of a recurring campaign, each one runs in
 * turn, up to {@link #MAX_RUNS_AT_ONCE}.
 */
final class CampaignRunner {

    /** At most this many runs of one campaign are caught up at once; the rest follow on the next look. */
    static final int MAX_RUNS_AT_ONCE = 1000;

    private CampaignRunner() {
    }

    /** When a new campaign first acts: its first run, or for an event campaign its end. */
    static Instant firstAction(CampaignRules.Checked checked) {
        CampaignSchedule schedule = checked.schedule();
        return schedule.timed() ? schedule.start() : schedule.end();
    }

    /**
     * Sets the status and next run of a campaign whose definition an update changes; called under the
     * campaign's lock.
     */
    static void reschedule(StoredCampaign campaign, CampaignResponse definition, CampaignRules.Checked checked,
                           Instant now) {
        if (Boolean.TRUE.equals(definition.isPaused())) {
            campaign.schedule(CampaignStatus.PAUSED, campaign.nextRun());
            return;
        }
        CampaignResponse latest = campaign.versions().latest();
        boolean resumed = campaign.status() == CampaignStatus.PAUSED;
        boolean rescheduled = !definition.schedule().equals(latest.schedule());
        if (!resumed && !rescheduled) {
            return;
        }
        CampaignSchedule schedule = checked.schedule();
        CampaignStatus waiting = campaign.runs() == 0 ? CampaignStatus.SCHEDULED : CampaignStatus.PENDING_NEXT_RUN;
        if (!schedule.timed()) {
            campaign.schedule(waiting, schedule.end());
            return;
        }
        Instant next = schedule.start();
        while (next != null && next.isBefore(now) && schedule.recurring()) {
            next = schedule.after(next);
        }
        if (next == null) {
            campaign.schedule(CampaignStatus.COMPLETED, null);
        } else {
            campaign.schedule(waiting, next.isBefore(now) ? now : next);
        }
    }

    static void runDue(CallContext context, App app, StoredCampaign campaign) {
        campaign.change(stored -> {
            Instant now = context.now();
            for (int runs = 0; runs < MAX_RUNS_AT_ONCE && due(stored, now); runs++) {
                CampaignResponse definition = stored.versions().latest();
                CampaignSchedule schedule = CampaignSchedule.recurrence(definition.schedule());
                if (!schedule.timed()) {
                    stored.schedule(CampaignStatus.COMPLETED, null);
                    break;
                }
                Instant occurrence = stored.nextRun();
                stored.recordRun(run(context, app, stored, definition, occurrence));
                Instant next = schedule.after(occurrence);
                stored.schedule(next == null ? CampaignStatus.COMPLETED : CampaignStatus.PENDING_NEXT_RUN, next);
            }
            return null;
        });
    }

    private static boolean due(StoredCampaign campaign, Instant now) {
        CampaignStatus status = campaign.status();
        boolean waiting = status == CampaignStatus.SCHEDULED || status == CampaignStatus.PENDING_NEXT_RUN;
        return waiting && campaign.nextRun() != null && !campaign.nextRun().isAfter(now);
    }

    /** One run: the segment's endpoints split by treatment, each sent its message; one activity each. */
    private static List<StoredCampaign.RunActivity> run(CallContext context, App app, StoredCampaign campaign,
                                              CampaignResponse definition, Instant occurrence) {
        Instant start = context.now();
        Optional<SegmentStore.Version> segment = app.segments().get(definition.segmentId())
                .flatMap(stored -> stored.versions().version(definition.segmentVersion()));
        List<EndpointResponse> members = segment.map(version -> new SegmentEvaluator(
                ScheduledDelivery.endpoints(app), SegmentLookups.of(app), start).members(version)).orElse(List.of());

        TreatmentSplit split = new TreatmentSplit(campaign.salt(), definition);
        Map<String, TreatmentRun> treatments = new LinkedHashMap<>();
        treatments.put(TreatmentSplit.DEFAULT_TREATMENT, new TreatmentRun());
        definition.additionalTreatments().forEach(treatment -> treatments.put(treatment.id(), new TreatmentRun()));
        for (EndpointResponse endpoint : members) {
            String treatmentId = split.treatmentOf(endpoint.id());
            if (treatmentId == null || !CampaignLimitsCheck.allows(campaign, definition, endpoint, start)) {
                continue;
            }
            Optional<DeliveryStatus> sent = ScheduledDelivery.send(context, app, endpoint,
                    outbound(campaign, definition, treatmentId));
            if (sent.isPresent()) {
                TreatmentRun counts = treatments.get(treatmentId);
                counts.total++;
                if (sent.get() == DeliveryStatus.SUCCESSFUL) {
                    counts.delivered.put(endpoint.id(), endpoint.channelTypeAsString());
                    campaign.countSent(endpoint.id(), start);
                }
            }
        }

        List<StoredCampaign.RunActivity> activities = new ArrayList<>();
        treatments.forEach((treatmentId, counts) -> activities.add(new StoredCampaign.RunActivity(
                ActivityResponse.builder()
                        .applicationId(app.id())
                        .campaignId(campaign.id())
                        .id(context.ids().hex32())
                        .treatmentId(treatmentId)
                        .scheduledStart(Dates.iso(occurrence))
                        .start(Dates.iso(start))
                        .end(Dates.iso(context.now()))
                        .state("COMPLETED")
                        .result(segment.isPresent() ? "SUCCESS" : "FAIL")
                        .totalEndpointCount(counts.total)
                        .successfulEndpointCount(counts.delivered.size())
                        .timezonesTotalCount(0)
                        .timezonesCompletedCount(0)
                        .build(),
                counts.delivered)));
        return activities;
    }

    /** What one treatment's part of a run sent: how many endpoints, and the channels of those delivered to. */
    private static final class TreatmentRun {
        private int total;
        private final Map<String, String> delivered = new LinkedHashMap<>();
    }

    /** What a treatment sends: its own messages and templates, or else the campaign's. */
    private static ScheduledDelivery.Outbound outbound(StoredCampaign campaign, CampaignResponse definition,
                                                      String treatmentId) {
        TreatmentResource treatment = treatment(definition, treatmentId);
        MessageConfiguration messages = treatment != null && treatment.messageConfiguration() != null
                ? treatment.messageConfiguration() : definition.messageConfiguration();
        TemplateConfiguration templates = treatment != null && treatment.templateConfiguration() != null
                ? treatment.templateConfiguration() : definition.templateConfiguration();
        return new ScheduledDelivery.Outbound("Campaign", campaign.id(), treatmentId, messages, templates);
    }

    /** The treatment resource of an id, or {@code null} for the default treatment. */
    private static TreatmentResource treatment(CampaignResponse definition, String treatmentId) {
        return definition.additionalTreatments().stream()
                .filter(treatment -> treatment.id().equals(treatmentId))
                .findFirst().orElse(null);
    }
}
