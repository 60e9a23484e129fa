package dev.pinpointmock.internal.service;

import static dev.pinpointmock.internal.service.Errors.badRequest;

import dev.pinpointmock.internal.state.EndpointStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.pinpoint.model.EndpointDemographic;
import software.amazon.awssdk.services.pinpoint.model.EndpointLocation;
import software.amazon.awssdk.services.pinpoint.model.EndpointResponse;
import software.amazon.awssdk.services.pinpoint.model.EndpointUser;

/**
 * Creates or merges one endpoint inside an {@link EndpointStore#write} and applies the rules that involve
 * other endpoints: a user's attributes are the same on all of the user's endpoints, a user has at most 15
 * endpoints, and an endpoint that takes an address makes the others with that address INACTIVE.
 */
final class EndpointWriter {

    static final int MAX_ENDPOINTS_PER_USER = 15;

    /** The channel types for which a 16th endpoint retires the user's oldest push endpoint instead of failing. */
    private static final Set<String> RETIRING_PUSH_TYPES =
            Set.of("ADM", "GCM", "APNS", "APNS_VOIP", "APNS_VOIP_SANDBOX", "BAIDU");

    private final String applicationId;
    private final Instant now;
    private final String requestId;
    private final Set<String> removedCustom;
    private final Set<String> removedMetrics;
    private final Set<String> removedUser;

    EndpointWriter(String applicationId, CallContext context, EndpointStore store) {
        this.applicationId = applicationId;
        this.now = context.now();
        this.requestId = context.requestId();
        this.removedCustom = store.removedAttributeNames(AttributeTypes.CUSTOM);
        this.removedMetrics = store.removedAttributeNames(AttributeTypes.METRIC);
        this.removedUser = store.removedAttributeNames(AttributeTypes.USER);
    }

    /** Rejects an id Pinpoint would not accept in any endpoint operation. */
    static String checkId(String endpointId) {
        if (endpointId == null || endpointId.isEmpty()) {
            throw badRequest("Missing EndpointId");
        }
        if (endpointId.indexOf('$') >= 0 || endpointId.indexOf('{') >= 0 || endpointId.indexOf('}') >= 0) {
            throw badRequest("Invalid endpoint ID " + endpointId + ": an endpoint ID can't contain $, { or }");
        }
        return endpointId;
    }

    /** Writes one endpoint into the map being written and returns it as stored. */
    EndpointResponse write(Map<String, EndpointResponse> endpoints, String endpointId, EndpointChange change) {
        String key = EndpointStore.key(endpointId);
        EndpointResponse existing = endpoints.get(key);
        EndpointResponse merged = merge(existing, endpointId, change);
        requireAddress(merged);

        String userId = userId(merged);
        if (userId != null) {
            if (!userId.equals(userId(existing))) {
                makeRoomForUser(endpoints, key, userId, merged.channelTypeAsString());
            }
            merged = syncUserAttributes(endpoints, key, merged, change.userAttributes());
        }
        if (merged.address() != null && "ACTIVE".equals(merged.endpointStatus())) {
            retireOthersWithAddress(endpoints, key, merged.address());
        }
        endpoints.put(key, merged);
        return merged;
    }

    private EndpointResponse merge(EndpointResponse existing, String endpointId, EndpointChange change) {
        EndpointResponse.Builder endpoint = existing == null
                ? EndpointResponse.builder()
                        .applicationId(applicationId)
                        .id(endpointId)
                        .cohortId(cohort(endpointId))
                        .creationDate(Dates.iso(now))
                        .optOut("NONE")
                : existing.toBuilder();
        if (change.address() != null) {
            endpoint.address(change.address());
        }
        if (change.channelType() != null) {
            endpoint.channelType(change.channelType());
        }
        if (change.optOut() != null) {
            endpoint.optOut(change.optOut());
        }
        endpoint.attributes(mergeLists(existing == null ? null : existing.attributes(), change.attributes(),
                removedCustom));
        endpoint.metrics(mergeMetrics(existing == null ? null : existing.metrics(), change.metrics()));
        endpoint.demographic(overlay(existing == null ? null : existing.demographic(), change.demographic()));
        endpoint.location(overlay(existing == null ? null : existing.location(), change.location()));
        endpoint.effectiveDate(change.effectiveDate() != null ? change.effectiveDate() : Dates.iso(now));
        endpoint.endpointStatus(change.endpointStatus() != null ? change.endpointStatus() : "ACTIVE");
        endpoint.requestId(change.requestId() != null ? change.requestId() : requestId);
        endpoint.user(mergeUserId(existing == null ? null : existing.user(), change.user()));
        return endpoint.build();
    }

    private static void requireAddress(EndpointResponse endpoint) {
        if (endpoint.address() == null && !"ALL".equals(endpoint.optOut())) {
            throw badRequest("Missing Address");
        }
        if (endpoint.address() != null && endpoint.channelTypeAsString() == null) {
            throw badRequest("Missing ChannelType");
        }
    }

    /**
     * Enforces the cap of endpoints per user as AWS documents it: a 16th push endpoint retires the oldest
     * push endpoint of the user, any other 16th endpoint is refused.
     */
    private static void makeRoomForUser(Map<String, EndpointResponse> endpoints, String key, String userId,
                                        String channelType) {
        List<EndpointResponse> others = othersOfUser(endpoints, key, userId);
        if (others.size() < MAX_ENDPOINTS_PER_USER) {
            return;
        }
        EndpointResponse oldestPush = RETIRING_PUSH_TYPES.contains(channelType)
                ? others.stream()
                        .filter(endpoint -> RETIRING_PUSH_TYPES.contains(endpoint.channelTypeAsString()))
                        .min(Comparator.comparing(EndpointResponse::effectiveDate))
                        .orElse(null)
                : null;
        if (oldestPush == null) {
            throw badRequest("Exceeded maximum endpoint per user count: " + MAX_ENDPOINTS_PER_USER);
        }
        EndpointUser withoutId = oldestPush.user().toBuilder().userId(null).build();
        endpoints.put(EndpointStore.key(oldestPush.id()), oldestPush.toBuilder()
                .endpointStatus("INACTIVE")
                .user(withoutId.hasUserAttributes() && !withoutId.userAttributes().isEmpty() ? withoutId : null)
                .build());
    }

    /** Gives every endpoint of the user the same user attributes: the user's, with the sent ones merged in. */
    private EndpointResponse syncUserAttributes(Map<String, EndpointResponse> endpoints, String key,
                                                EndpointResponse merged, Map<String, List<String>> sent) {
        List<EndpointResponse> others = othersOfUser(endpoints, key, userId(merged));
        Map<String, List<String>> base = others.isEmpty()
                ? merged.user().userAttributes()
                : others.get(0).user().userAttributes();
        Map<String, List<String>> attributes = mergeLists(base, sent, removedUser);

        for (EndpointResponse other : others) {
            if (!attributes.equals(other.user().userAttributes())) {
                endpoints.put(EndpointStore.key(other.id()), other.toBuilder()
                        .user(other.user().toBuilder().userAttributes(attributes).build())
                        .build());
            }
        }
        if (merged.user().hasUserAttributes() && attributes.equals(merged.user().userAttributes())) {
            return merged;
        }
        return merged.toBuilder().user(merged.user().toBuilder().userAttributes(attributes).build()).build();
    }

    /** The user's endpoints other than the one with this key, oldest first. */
    private static List<EndpointResponse> othersOfUser(Map<String, EndpointResponse> endpoints, String key,
                                                       String userId) {
        List<EndpointResponse> others = new ArrayList<>();
        for (EndpointResponse endpoint : EndpointStore.ofUser(endpoints, userId)) {
            if (!EndpointStore.key(endpoint.id()).equals(key)) {
                others.add(endpoint);
            }
        }
        return others;
    }

    private static void retireOthersWithAddress(Map<String, EndpointResponse> endpoints, String key,
                                                String address) {
        for (EndpointResponse other : EndpointStore.withAddress(endpoints, address)) {
            String otherKey = EndpointStore.key(other.id());
            if (!otherKey.equals(key) && "ACTIVE".equals(other.endpointStatus())) {
                endpoints.put(otherKey, other.toBuilder().endpointStatus("INACTIVE").build());
            }
        }
    }

    private static EndpointUser mergeUserId(EndpointUser existing, EndpointUser sent) {
        if (sent == null || sent.userId() == null) {
            return existing;
        }
        if (sent.userId().isEmpty()) {
            return null;
        }
        EndpointUser.Builder user = existing == null ? EndpointUser.builder() : existing.toBuilder();
        return user.userId(sent.userId()).build();
    }

    /** Sent names replace their values, an empty list removes the name, names not sent stay as they were. */
    static Map<String, List<String>> mergeLists(Map<String, List<String>> stored, Map<String, List<String>> sent,
                                                Set<String> notCaptured) {
        Map<String, List<String>> merged = new LinkedHashMap<>(stored == null ? Map.of() : stored);
        if (sent != null) {
            sent.forEach((name, values) -> {
                if (notCaptured.contains(name)) {
                    return;
                }
                if (values.isEmpty()) {
                    merged.remove(name);
                } else {
                    merged.put(name, List.copyOf(values));
                }
            });
        }
        return merged;
    }

    private Map<String, Double> mergeMetrics(Map<String, Double> stored, Map<String, Double> sent) {
        Map<String, Double> merged = new LinkedHashMap<>(stored == null ? Map.of() : stored);
        if (sent != null) {
            sent.forEach((name, value) -> {
                if (!removedMetrics.contains(name)) {
                    merged.put(name, value);
                }
            });
        }
        return merged;
    }

    private static EndpointDemographic overlay(EndpointDemographic stored, EndpointDemographic sent) {
        if (sent == null || stored == null) {
            return sent == null ? stored : sent;
        }
        EndpointDemographic.Builder merged = stored.toBuilder();
        copySetMembers(sent, merged);
        return merged.build();
    }

    private static EndpointLocation overlay(EndpointLocation stored, EndpointLocation sent) {
        if (sent == null || stored == null) {
            return sent == null ? stored : sent;
        }
        EndpointLocation.Builder merged = stored.toBuilder();
        copySetMembers(sent, merged);
        return merged.build();
    }

    private static void copySetMembers(SdkPojo sent, Object builder) {
        for (SdkField<?> field : sent.sdkFields()) {
            Object value = field.getValueOrDefault(sent);
            if (value != null) {
                field.set(builder, value);
            }
        }
    }

    private static String userId(EndpointResponse endpoint) {
        return endpoint == null || endpoint.user() == null ? null : endpoint.user().userId();
    }

    /** A stable cohort from 0 to 99, as Pinpoint spreads endpoints over 100 cohorts. */
    private static String cohort(String endpointId) {
        return Integer.toString(Math.floorMod(Objects.hash(endpointId.toLowerCase(Locale.ROOT)), 100));
    }
}
