package dev.pinpointmock.internal.service;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import dev.pinpointmock.DeliveredMessage;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The KPI names Pinpoint's developer guide lists for applications, campaigns and journeys, each as what it
 * measures over {@link KpiFacts} and how it groups its rows. Engagement the mock never sees (opens, clicks,
 * bounces, complaints, unsubscribes) counts 0 once there is a message it could apply to; prices and error
 * distributions have no data, so their rows are empty.
 */
final class KpiCatalog {

    /** How a KPI's rows are grouped: the GroupedBys key, and the key of each fact. */
    enum Grouping {
        NONE(null, a -> null, m -> null),
        DATE("Date", a -> KpiFacts.date(a.start()), m -> KpiFacts.date(m.sentAt())),
        CAMPAIGN("CampaignId", KpiFacts.Activity::campaignId, DeliveredMessage::campaignId),
        CAMPAIGN_ACTIVITY("CampaignActivityId", KpiFacts.Activity::id, m -> null),
        JOURNEY_ACTIVITY("JourneyActivityId", a -> null, DeliveredMessage::journeyActivityId),
        COUNTRY("Country", a -> null, m -> country(m.address()));

        final String key;
        final Function<KpiFacts.Activity, String> activityKey;
        final Function<DeliveredMessage, String> messageKey;

        Grouping(String key, Function<KpiFacts.Activity, String> activityKey,
                 Function<DeliveredMessage, String> messageKey) {
            this.key = key;
            this.activityKey = activityKey;
            this.messageKey = messageKey;
        }
    }

    /** A KPI: its grouping and its measure, which answers {@code null} when there is no data. */
    record Kpi(Grouping grouping, Function<KpiFacts, Double> measure) {
    }

    /** Where a KPI name applies. */
    enum Scope { APPLICATION, CAMPAIGN, JOURNEY }

    private static final Map<String, Kpi> APPLICATION = new HashMap<>();
    private static final Map<String, Kpi> CAMPAIGN = new HashMap<>();
    private static final Map<String, Kpi> JOURNEY = new HashMap<>();

    static {
        campaignKpis(APPLICATION, Grouping.CAMPAIGN);
        campaignKpis(CAMPAIGN, Grouping.CAMPAIGN_ACTIVITY);
        transactional("emails", "EMAIL");
        transactional("sms", "SMS");
        for (String metric : new String[] {"sent", "delivered", "opened", "clicked", "complained", "hardbounced",
                "softbounced", "rejected", "unsubscribed"}) {
            boolean counted = metric.equals("sent") || metric.equals("delivered");
            Function<KpiFacts, Double> measure = f -> {
                long emails = f.messages().stream().filter(m -> "EMAIL".equals(m.channel())).count();
                return emails == 0 ? null : counted ? (double) emails : 0.0;
            };
            JOURNEY.put("journey-emails-" + metric, new Kpi(Grouping.NONE, measure));
            JOURNEY.put("emails-" + metric + "-grouped-by-journey-activity",
                    new Kpi(Grouping.JOURNEY_ACTIVITY, measure));
        }
    }

    private KpiCatalog() {
    }

    static Optional<Kpi> find(Scope scope, String name) {
        Map<String, Kpi> kpis = switch (scope) {
            case APPLICATION -> APPLICATION;
            case CAMPAIGN -> CAMPAIGN;
            default -> JOURNEY;
        };
        return Optional.ofNullable(kpis.get(name));
    }

    /** The Values key of a KPI: its name without the grouping, in camel case, as in UniqueDeliveries. */
    static String valueKey(String name) {
        String base = name.contains("-grouped-by-") ? name.substring(0, name.indexOf("-grouped-by-")) : name;
        StringBuilder key = new StringBuilder();
        for (String word : base.split("-")) {
            key.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return key.toString();
    }

    /** The campaign KPIs of an application (by campaign) or of one campaign (by campaign run). */
    private static void campaignKpis(Map<String, Kpi> kpis, Grouping byOwner) {
        Function<KpiFacts, Double> deliveryRate = f -> rate(f.delivered(c -> true), f.attempted());
        Function<KpiFacts, Double> delivered = f -> f.attempted() == 0 ? null : (double) f.delivered(c -> true);
        Function<KpiFacts, Double> unique = f -> f.attempted() == 0 ? null : (double) f.uniqueCampaignDeliveries();
        Function<KpiFacts, Double> emailZero = zeroWhen(f -> f.delivered("EMAIL"::equals));
        Function<KpiFacts, Double> pushZero = zeroWhen(f -> f.delivered(KpiFacts.PUSH_CHANNELS::contains));
        boolean perRun = byOwner == Grouping.CAMPAIGN_ACTIVITY;
        add(kpis, "successful-delivery-rate", deliveryRate, Grouping.NONE, Grouping.DATE);
        if (perRun) {
            add(kpis, "successful-delivery-rate", deliveryRate, byOwner);
        }
        add(kpis, "unique-deliveries", unique, Grouping.NONE, Grouping.DATE, byOwner);
        add(kpis, "email-open-rate", emailZero, Grouping.NONE, byOwner);
        add(kpis, "push-open-rate", pushZero, Grouping.NONE, byOwner);
        add(kpis, "successful-deliveries", delivered, byOwner);
        if (perRun) {
            add(kpis, "hard-bounce-rate", emailZero, Grouping.NONE, byOwner);
            add(kpis, "attempted-deliveries", f -> (double) f.attempted(), byOwner);
            add(kpis, "direct-email-opens", emailZero, byOwner);
            add(kpis, "direct-push-opens", pushZero, byOwner);
            add(kpis, "clicks", emailZero, byOwner);
        }
    }

    private static void transactional(String kind, String channel) {
        Function<KpiFacts, Double> count = f -> countOrNull(f.transactional(channel).messages().size());
        Function<KpiFacts, Double> rate = f -> f.transactional(channel).messages().isEmpty() ? null : 1.0;
        Function<KpiFacts, Double> zero = f -> f.transactional(channel).messages().isEmpty() ? null : 0.0;
        String prefix = "txn-" + kind + "-";
        add(APPLICATION, prefix + "sent", count, Grouping.NONE, Grouping.DATE);
        add(APPLICATION, prefix + "delivered", count, Grouping.NONE, Grouping.DATE);
        add(APPLICATION, prefix + "delivery-rate", rate, Grouping.NONE, Grouping.DATE);
        if (channel.equals("SMS")) {
            add(APPLICATION, prefix + "sent", count, Grouping.COUNTRY);
            add(APPLICATION, prefix + "delivered", count, Grouping.COUNTRY);
            add(APPLICATION, prefix + "average-price", f -> null, Grouping.COUNTRY);
            add(APPLICATION, prefix + "total-price", f -> null, Grouping.COUNTRY);
            APPLICATION.put(prefix + "error-distribution", new Kpi(Grouping.NONE, f -> null));
            return;
        }
        for (String metric : new String[] {"clicked", "complaint-rate", "with-complaints", "hard-bounced", "opened",
                "soft-bounced", "unique-clicks", "unique-opens"}) {
            add(APPLICATION, prefix + metric, zero, Grouping.NONE, Grouping.DATE);
        }
    }

    private static void add(Map<String, Kpi> kpis, String base, Function<KpiFacts, Double> measure,
                            Grouping... groupings) {
        for (Grouping grouping : groupings) {
            String name = grouping == Grouping.NONE ? base : base + "-grouped-by-" + suffix(grouping);
            kpis.put(name, new Kpi(grouping, measure));
        }
    }

    private static String suffix(Grouping grouping) {
        return switch (grouping) {
            case DATE -> "date";
            case CAMPAIGN -> "campaign";
            case CAMPAIGN_ACTIVITY -> "campaign-activity";
            case JOURNEY_ACTIVITY -> "journey-activity";
            default -> "country";
        };
    }

    private static Function<KpiFacts, Double> zeroWhen(ToDoubleFunction<KpiFacts> population) {
        return f -> population.applyAsDouble(f) > 0 ? 0.0 : null;
    }

    private static Double rate(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private static Double countOrNull(long count) {
        return count == 0 ? null : (double) count;
    }

    /**
     * The ISO 3166-1 alpha-2 code of a phone number's country, or {@code null} when it has none; a number
     * that fits no region's plan counts for the main region of its country code (US for +1).
     */
    private static String country(String phoneNumber) {
        try {
            PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
            var number = phones.parse(phoneNumber, "ZZ");
            String region = phones.getRegionCodeForNumber(number);
            if (region == null) {
                region = phones.getRegionCodeForCountryCode(number.getCountryCode());
            }
            return region.equals("ZZ") ? null : region;
        } catch (NumberParseException notAPhoneNumber) {
            return null;
        }
    }
}
