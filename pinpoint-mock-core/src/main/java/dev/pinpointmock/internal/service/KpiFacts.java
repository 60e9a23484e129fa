package dev.pinpointmock.internal.service;

import dev.pinpointmock.DeliveredMessage;
import dev.pinpointmock.internal.state.StoredCampaign;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What a KPI counts, within its date range: the campaign run activities (each with its attempts and the
 * endpoints it delivered to) and the messages the mock delivered. Failed direct sends are not recorded, so
 * transactional "sent" counts equal "delivered" counts.
 */
record KpiFacts(List<Activity> activities, List<DeliveredMessage> messages) {

    /** A campaign run activity with its campaign and start. */
    record Activity(String campaignId, Instant start, StoredCampaign.RunActivity run) {

        String id() {
            return run.response().id();
        }
    }

    static final Set<String> DIRECT_OPERATIONS = Set.of("SendMessages", "SendUsersMessages", "SendOTPMessage");
    static final Set<String> PUSH_CHANNELS = Set.of("GCM", "APNS", "APNS_SANDBOX", "APNS_VOIP", "APNS_VOIP_SANDBOX",
            "ADM", "BAIDU");

    /** Messages sent by SendMessages, SendUsersMessages or SendOTPMessage on a channel. */
    KpiFacts transactional(String channel) {
        return withMessages(m -> DIRECT_OPERATIONS.contains(m.operation()) && m.channel().equals(channel));
    }

    KpiFacts withMessages(Predicate<DeliveredMessage> keep) {
        return new KpiFacts(activities, messages.stream().filter(keep).toList());
    }

    long attempted() {
        return activities.stream().mapToLong(a -> a.run().response().totalEndpointCount()).sum();
    }

    /** Deliveries by campaign runs, on the channels a predicate keeps. */
    long delivered(Predicate<String> channel) {
        return activities.stream().flatMap(a -> a.run().channelsByDeliveredEndpoint().values().stream())
                .filter(channel).count();
    }

    long uniqueCampaignDeliveries() {
        return activities.stream().flatMap(a -> a.run().channelsByDeliveredEndpoint().keySet().stream())
                .distinct().count();
    }

    /** Splits the facts by a key of each activity and each message; a fact with a {@code null} key is left out. */
    Map<String, KpiFacts> groupBy(Function<Activity, String> activityKey,
                                  Function<DeliveredMessage, String> messageKey) {
        Map<String, List<Activity>> activitiesByKey = new TreeMap<>();
        Map<String, List<DeliveredMessage>> messagesByKey = new TreeMap<>();
        for (Activity activity : activities) {
            String key = activityKey.apply(activity);
            if (key != null) {
                activitiesByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(activity);
            }
        }
        for (DeliveredMessage message : messages) {
            String key = messageKey.apply(message);
            if (key != null) {
                messagesByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(message);
            }
        }
        Map<String, KpiFacts> groups = new TreeMap<>();
        activitiesByKey.keySet().forEach(key -> groups.put(key, null));
        messagesByKey.keySet().forEach(key -> groups.put(key, null));
        Map<String, KpiFacts> result = new LinkedHashMap<>();
        groups.keySet().forEach(key -> result.put(key, new KpiFacts(activitiesByKey.getOrDefault(key, List.of()),
                messagesByKey.getOrDefault(key, List.of()))));
        return result;
    }

    static String date(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }
}
