package dev.pinpointmock.internal.service;

import dev.pinpointmock.internal.state.SegmentStore;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import software.amazon.awssdk.services.pinpoint.model.EndpointResponse;
import software.amazon.awssdk.services.pinpoint.model.SegmentDimensions;
import software.amazon.awssdk.services.pinpoint.model.SegmentGroup;
import software.amazon.awssdk.services.pinpoint.model.SegmentGroupList;
import software.amazon.awssdk.services.pinpoint.model.SegmentReference;
import software.amazon.awssdk.services.pinpoint.model.SegmentResponse;
import software.amazon.awssdk.services.pinpoint.model.SegmentType;

/**
 * Decides which endpoints of an application belong to a segment version, at one instant of the server's
 * clock. Membership is evaluated afresh on each call, as Pinpoint re-evaluates dynamic segments.
 *
 * <ul>
 *   <li>An imported segment holds the endpoints its import job brought in that still exist.</li>
 *   <li>A segment with Dimensions holds the endpoints that match all of them; one with neither Dimensions
 *       nor SegmentGroups holds every endpoint.</li>
 *   <li>Each segment group starts from its base segments, combined by SourceType (ALL: in each, ANY: in at
 *       least one, NONE: in none; the default is ANY), or from every endpoint when it names none; it keeps
 *       those that match its list of Dimensions by Type (ALL, the default, ANY or NONE). The groups combine
 *       by Include (ALL, the default, ANY or NONE).</li>
 * </ul>
 */
final class SegmentEvaluator {

    private final Map<String, EndpointResponse> endpoints = new LinkedHashMap<>();
    private final SegmentLookup segments;
    private final DimensionMatcher matcher;
    private final Deque<String> evaluating = new ArrayDeque<>();

    /** Finds a version of another segment of the same application, for base segments. */
    @FunctionalInterface
    interface SegmentLookup {
        Optional<SegmentStore.Version> find(String segmentId, Integer version);
    }

    SegmentEvaluator(Collection<EndpointResponse> endpoints, SegmentLookup segments, Instant now) {
        endpoints.forEach(endpoint -> this.endpoints.put(endpoint.id(), endpoint));
        this.segments = segments;
        this.matcher = new DimensionMatcher(now);
    }

    /** The endpoints of a segment version, in the order the endpoints were given. */
    List<EndpointResponse> members(SegmentStore.Version version) {
        return ids(version).stream().map(endpoints::get).toList();
    }

    private Set<String> ids(SegmentStore.Version version) {
        SegmentResponse segment = version.response();
        if (evaluating.contains(segment.id())) {
            return Set.of();
        }
        evaluating.push(segment.id());
        try {
            if (segment.segmentType() == SegmentType.IMPORT) {
                return filter(endpoint -> version.importedEndpointIds().contains(endpoint.id()));
            }
            if (segment.segmentGroups() != null) {
                return groups(segment.segmentGroups());
            }
            SegmentDimensions dimensions = segment.dimensions();
            return filter(endpoint -> dimensions == null || matcher.matches(endpoint, dimensions));
        } finally {
            evaluating.pop();
        }
    }

    private Set<String> groups(SegmentGroupList list) {
        List<Set<String>> groups = list.groups().stream().map(this::group).toList();
        return combine(list.includeAsString(), "ALL", groups);
    }

    private Set<String> group(SegmentGroup group) {
        Set<String> base;
        if (group.sourceSegments().isEmpty()) {
            base = endpoints.keySet();
        } else {
            List<Set<String>> sources = group.sourceSegments().stream().map(this::source).toList();
            base = combine(group.sourceTypeAsString(), "ANY", sources);
        }
        List<SegmentDimensions> criteria = group.dimensions();
        String type = group.typeAsString() == null ? "ALL" : group.typeAsString();
        Set<String> kept = new LinkedHashSet<>();
        for (String id : base) {
            EndpointResponse endpoint = endpoints.get(id);
            long matching = criteria.stream().filter(dimensions -> matcher.matches(endpoint, dimensions)).count();
            boolean keep = switch (type) {
                case "ANY" -> criteria.isEmpty() || matching > 0;
                case "NONE" -> matching == 0;
                default -> matching == criteria.size();
            };
            if (keep) {
                kept.add(id);
            }
        }
        return kept;
    }

    private Set<String> source(SegmentReference reference) {
        return segments.find(reference.id(), reference.version()).map(this::ids).orElse(Set.of());
    }

    /** Combines sets as ALL (intersection), ANY (union) or NONE (every endpoint in none of them). */
    private Set<String> combine(String how, String fallback, List<Set<String>> sets) {
        String mode = how == null ? fallback : how;
        Set<String> union = new LinkedHashSet<>();
        sets.forEach(union::addAll);
        return switch (mode) {
            case "ANY" -> filter(endpoint -> union.contains(endpoint.id()));
            case "NONE" -> filter(endpoint -> !union.contains(endpoint.id()));
            default -> filter(endpoint -> sets.stream().allMatch(set -> set.contains(endpoint.id())));
        };
    }

    private Set<String> filter(Predicate<EndpointResponse> keep) {
        Set<String> kept = new LinkedHashSet<>();
        endpoints.values().stream().filter(keep).forEach(endpoint -> kept.add(endpoint.id()));
        return kept;
    }
}
