package dev.pinpointmock.internal.service;

import static dev.pinpointmock.internal.service.Errors.badRequest;

import dev.pinpointmock.internal.state.App;
import dev.pinpointmock.internal.state.SegmentStore;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import software.amazon.awssdk.services.pinpoint.model.AttributeDimension;
import software.amazon.awssdk.services.pinpoint.model.AttributeType;
import software.amazon.awssdk.services.pinpoint.model.GPSPointDimension;
import software.amazon.awssdk.services.pinpoint.model.MetricDimension;
import software.amazon.awssdk.services.pinpoint.model.SegmentDemographics;
import software.amazon.awssdk.services.pinpoint.model.SegmentDimensions;
import software.amazon.awssdk.services.pinpoint.model.SegmentGroup;
import software.amazon.awssdk.services.pinpoint.model.SegmentGroupList;
import software.amazon.awssdk.services.pinpoint.model.SegmentReference;
import software.amazon.awssdk.services.pinpoint.model.SetDimension;
import software.amazon.awssdk.services.pinpoint.model.WriteSegmentRequest;

/**
 * The rules of a segment's definition that the model alone does not enforce: Dimensions or SegmentGroups
 * but not both, criteria that can be evaluated, base segments that exist, and the quota of 100 dimensions.
 */
final class SegmentRules {

    /** Pinpoint's quota of dimensions in one segment. */
    static final int MAX_DIMENSIONS = 100;

    static final Set<String> COMPARISON_OPERATORS =
            Set.of("GREATER_THAN", "LESS_THAN", "GREATER_THAN_OR_EQUAL", "LESS_THAN_OR_EQUAL", "EQUAL");

    private SegmentRules() {
    }

    /**
     * Checks a segment definition for the segment {@code selfId} of the app ({@code null} for a new one).
     */
    static void validate(App app, WriteSegmentRequest write, String selfId) {
        if (write.dimensions() != null && write.segmentGroups() != null) {
            throw badRequest("A segment can be defined by Dimensions or by SegmentGroups, not both");
        }
        if (write.name() != null && write.name().isBlank()) {
            throw badRequest("Name must not be empty");
        }
        int count = 0;
        if (write.dimensions() != null) {
            count += validate(write.dimensions());
        }
        if (write.segmentGroups() != null) {
            count += validate(app, write.segmentGroups(), selfId);
        }
        if (count > MAX_DIMENSIONS) {
            throw badRequest("A segment can have at most " + MAX_DIMENSIONS + " dimensions, not " + count);
        }
    }

    /** Checks one set of dimensions and answers how many dimensions it holds. */
    static int validate(SegmentDimensions dimensions) {
        int count = 0;
        count += validateAttributes("Attributes", dimensions.attributes());
        count += validateAttributes("UserAttributes", dimensions.userAttributes());
        count += validateMetrics(dimensions.metrics());
        SegmentDemographics demographic = dimensions.demographic();
        if (demographic != null) {
            count += validateSets("Demographic", demographic.appVersion(), demographic.channel(),
                    demographic.deviceType(), demographic.make(), demographic.model(), demographic.platform());
        }
        if (dimensions.location() != null) {
            count += validateSets("Location", dimensions.location().country());
            if (dimensions.location().gpsPoint() != null) {
                validate(dimensions.location().gpsPoint());
                count++;
            }
        }
        if (dimensions.behavior() != null && dimensions.behavior().recency() != null) {
            count++;
        }
        return count;
    }

    static int validateAttributes(String member, Map<String, AttributeDimension> attributes) {
        attributes.forEach((name, dimension) -> {
            if (name.isEmpty()) {
                throw badRequest(member + " names must not be empty");
            }
            validate(member + "." + name, dimension);
        });
        return attributes.size();
    }

    static int validateMetrics(Map<String, MetricDimension> metrics) {
        metrics.forEach((name, metric) -> {
            if (!COMPARISON_OPERATORS.contains(metric.comparisonOperator())) {
                throw badRequest("Metrics." + name + ".ComparisonOperator must be one of GREATER_THAN, LESS_THAN,"
                        + " GREATER_THAN_OR_EQUAL, LESS_THAN_OR_EQUAL or EQUAL, not " + metric.comparisonOperator());
            }
        });
        return metrics.size();
    }

    private static void validate(String where, AttributeDimension dimension) {
        AttributeType type = dimension.attributeType() == null ? AttributeType.INCLUSIVE : dimension.attributeType();
        List<String> values = dimension.values();
        switch (type) {
            case BEFORE, AFTER, ON -> requireDates(where, type, values, 1);
            case BETWEEN -> requireDates(where, type, values, 2);
            default -> {
                if (values.isEmpty()) {
                    throw badRequest(where + " must have at least one value");
                }
            }
        }
    }

    private static void requireDates(String where, AttributeType type, List<String> values, int count) {
        if (values.size() != count) {
            String expected = count == 1 ? "one value" : "two values";
            throw badRequest(where + " with AttributeType " + type + " takes " + expected + ", not " + values.size());
        }
        for (String value : values) {
            boolean readable = type == AttributeType.ON
                    ? IsoInstants.parseDateOrInstant(value).isPresent() : IsoInstants.parse(value).isPresent();
            if (!readable) {
                throw badRequest(where + " with AttributeType " + type + " takes ISO-8601 date-times, not " + value);
            }
        }
        if (type == AttributeType.BETWEEN
                && IsoInstants.parse(values.get(0)).get().isAfter(IsoInstants.parse(values.get(1)).get())) {
            throw badRequest(where + " with AttributeType BETWEEN takes the earlier date-time first");
        }
    }

    private static int validateSets(String member, SetDimension... sets) {
        int count = 0;
        for (SetDimension set : sets) {
            if (set != null) {
                if (set.values().isEmpty()) {
                    throw badRequest(member + " dimensions must have at least one value");
                }
                count++;
            }
        }
        return count;
    }

    private static void validate(GPSPointDimension point) {
        double latitude = point.coordinates().latitude();
        double longitude = point.coordinates().longitude();
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw badRequest("GPSPoint.Coordinates must have a Latitude from -90 to 90 and a Longitude from -180"
                    + " to 180");
        }
        if (point.rangeInKilometers() != null && !(point.rangeInKilometers() > 0)) {
            throw badRequest("GPSPoint.RangeInKilometers must be greater than 0, not " + point.rangeInKilometers());
        }
    }

    private static int validate(App app, SegmentGroupList list, String selfId) {
        int count = 0;
        for (SegmentGroup group : list.groups()) {
            for (SegmentReference reference : group.sourceSegments()) {
                requireReference(app, reference, selfId);
            }
            for (SegmentDimensions dimensions : group.dimensions()) {
                count += validate(dimensions);
            }
        }
        return count;
    }

    private static void requireReference(App app, SegmentReference reference, String selfId) {
        if (reference.id().equals(selfId)) {
            throw badRequest("A segment cannot be its own base segment: " + selfId);
        }
        SegmentStore.Segment source = app.segments().get(reference.id())
                .orElseThrow(() -> Errors.notFound("Segment not found: " + reference.id()));
        if (reference.version() != null && source.versions().version(reference.version()).isEmpty()) {
            throw Errors.notFound("Segment " + reference.id() + " has no version " + reference.version());
        }
    }

    /** Every base segment a definition names, directly. */
    static Stream<SegmentReference> references(SegmentGroupList list) {
        return list == null ? Stream.empty() : list.groups().stream().flatMap(group -> group.sourceSegments().stream());
    }
}
