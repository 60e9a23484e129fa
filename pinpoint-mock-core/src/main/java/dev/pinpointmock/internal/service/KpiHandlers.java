package dev.pinpointmock.internal.service;

import static dev.pinpointmock.internal.service.Errors.badRequest;

import dev.pinpointmock.DeliveredMessage;
import dev.pinpointmock.internal.state.App;
import dev.pinpointmock.internal.state.StoredCampaign;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import software.amazon.awssdk.services.pinpoint.model.BaseKpiResult;
import software.amazon.awssdk.services.pinpoint.model.GetApplicationDateRangeKpiRequest;
import software.amazon.awssdk.services.pinpoint.model.GetApplicationDateRangeKpiResponse;
import software.amazon.awssdk.services.pinpoint.model.GetCampaignDateRangeKpiRequest;
import software.amazon.awssdk.services.pinpoint.model.GetCampaignDateRangeKpiResponse;
import software.amazon.awssdk.services.pinpoint.model.GetJourneyDateRangeKpiRequest;
import software.amazon.awssdk.services.pinpoint.model.GetJourneyDateRangeKpiResponse;
import software.amazon.awssdk.services.pinpoint.model.ResultRow;
import software.amazon.awssdk.services.pinpoint.model.ResultRowValue;

/**
 * GetApplicationDateRangeKpi, GetCampaignDateRangeKpi and GetJourneyDateRangeKpi, computed from what the
 * mock's campaigns, journeys and direct sends delivered within the date range. Without a range the
 * preceding 31 days are queried; a range must span at most 31 days and start within the last 90, as AWS
 * documents. A metric without data answers empty Rows.
 */
final class KpiHandlers {

    static final Duration MAX_RANGE = Duration.ofDays(31);
    static final Duration MAX_AGE = Duration.ofDays(90);

    private KpiHandlers() {
    }

    static void register(OperationRegistry registry) {
        registry.on("GetApplicationDateRangeKpi", GetApplicationDateRangeKpiRequest.class, KpiHandlers::application)
                .on("GetCampaignDateRangeKpi", GetCampaignDateRangeKpiRequest.class, KpiHandlers::campaign)
                .on("GetJourneyDateRangeKpi", GetJourneyDateRangeKpiRequest.class, KpiHandlers::journey);
    }

    static GetApplicationDateRangeKpiResponse application(CallContext context,
                                                         GetApplicationDateRangeKpiRequest request) {
        App app = context.app(request.applicationId());
        Range range = range(context, request.startTime(), request.endTime());
        KpiCatalog.Kpi kpi = kpi(KpiCatalog.Scope.APPLICATION, request.kpiName());
        KpiFacts facts = facts(context, app, range, campaign -> true, message -> true);
        return GetApplicationDateRangeKpiResponse.builder().applicationDateRangeKpiResponse(r -> r
                .applicationId(app.id()).kpiName(request.kpiName()).startTime(range.start()).endTime(range.end())
                .kpiResult(result(request.kpiName(), kpi, facts))).build();
    }

    static GetCampaignDateRangeKpiResponse campaign(CallContext context, GetCampaignDateRangeKpiRequest request) {
        App app = context.app(request.applicationId());
        String campaignId = CampaignHandlers.campaign(app, request.campaignId()).id();
        Range range = range(context, request.startTime(), request.endTime());
        KpiCatalog.Kpi kpi = kpi(KpiCatalog.Scope.CAMPAIGN, request.kpiName());
        KpiFacts facts = facts(context, app, range, campaignId::equals, m -> campaignId.equals(m.campaignId()));
        return GetCampaignDateRangeKpiResponse.builder().campaignDateRangeKpiResponse(r -> r
                .applicationId(app.id()).campaignId(campaignId).kpiName(request.kpiName())
                .startTime(range.start()).endTime(range.end())
                .kpiResult(result(request.kpiName(), kpi, facts))).build();
    }

    static GetJourneyDateRangeKpiResponse journey(CallContext context, GetJourneyDateRangeKpiRequest request) {
        App app = context.app(request.applicationId());
        String journeyId = JourneyHandlers.journey(app, request.journeyId()).id();
        Range range = range(context, request.startTime(), request.endTime());
        KpiCatalog.Kpi kpi = kpi(KpiCatalog.Scope.JOURNEY, request.kpiName());
        KpiFacts facts = facts(context, app, range, campaign -> false, m -> journeyId.equals(m.journeyId()));
        return GetJourneyDateRangeKpiResponse.builder().journeyDateRangeKpiResponse(r -> r
                .applicationId(app.id()).journeyId(journeyId).kpiName(request.kpiName())
                .startTime(range.start()).endTime(range.end())
                .kpiResult(result(request.kpiName(), kpi, facts))).build();
    }

    /** An inclusive date range of a query. */
    record Range(Instant start, Instant end) {

        boolean contains(Instant instant) {
            return !instant.isBefore(start) && !instant.isAfter(end);
        }
    }

    private static Range range(CallContext context, Instant start, Instant end) {
        Instant now = context.now();
        Instant last = end != null ? end : now;
        Instant first = start != null ? start : last.minus(MAX_RANGE);
        if (first.isAfter(last)) {
            throw badRequest("start-time must be before end-time");
        }
        if (Duration.between(first, last).compareTo(MAX_RANGE) > 0) {
            throw badRequest("The date range can span at most 31 days");
        }
        if (first.isBefore(now.minus(MAX_AGE))) {
            throw badRequest("start-time must be fewer than 90 days before the current day");
        }
        return new Range(first, last);
    }

    private static KpiCatalog.Kpi kpi(KpiCatalog.Scope scope, String name) {
        return KpiCatalog.find(scope, name).orElseThrow(() -> badRequest("Invalid kpi-name " + name
                + " for " + scope.name().toLowerCase(Locale.ROOT) + " metrics"));
    }

    private static KpiFacts facts(CallContext context, App app, Range range, Predicate<String> campaigns,
                                  Predicate<DeliveredMessage> messages) {
        List<KpiFacts.Activity> activities = new ArrayList<>();
        for (StoredCampaign campaign : app.campaigns().all()) {
            if (!campaigns.test(campaign.id())) {
                continue;
            }
            for (StoredCampaign.RunActivity run : campaign.runActivities()) {
                Instant start = Instant.parse(run.response().start());
                if (range.contains(start)) {
                    activities.add(new KpiFacts.Activity(campaign.id(), start, run));
                }
            }
        }
        List<DeliveredMessage> delivered = context.service().messageLog().matching(message ->
                app.id().equals(message.applicationId()) && range.contains(message.sentAt()) && messages.test(message));
        return new KpiFacts(activities, delivered);
    }

    private static BaseKpiResult result(String name, KpiCatalog.Kpi kpi, KpiFacts facts) {
        String valueKey = KpiCatalog.valueKey(name);
        List<ResultRow> rows = new ArrayList<>();
        if (kpi.grouping() == KpiCatalog.Grouping.NONE) {
            Double value = kpi.measure().apply(facts);
            if (value != null) {
                rows.add(ResultRow.builder().values(value(valueKey, value)).build());
            }
        } else {
            Map<String, KpiFacts> groups = facts.groupBy(kpi.grouping().activityKey, kpi.grouping().messageKey);
            groups.forEach((group, groupFacts) -> {
                Double value = kpi.measure().apply(groupFacts);
                if (value != null) {
                    rows.add(ResultRow.builder()
                            .groupedBys(ResultRowValue.builder().key(kpi.grouping().key).type("String").value(group)
                                    .build())
                            .values(value(valueKey, value)).build());
                }
            });
        }
        return BaseKpiResult.builder().rows(rows).build();
    }

    private static ResultRowValue value(String key, double value) {
        return ResultRowValue.builder().key(key).type("Double").value(Double.toString(value)).build();
    }
}
