package dev.pinpointmock.internal.service;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.pinpoint.model.AttributeDimension;
import software.amazon.awssdk.services.pinpoint.model.AttributeType;
import software.amazon.awssdk.services.pinpoint.model.DimensionType;
import software.amazon.awssdk.services.pinpoint.model.EndpointDemographic;
import software.amazon.awssdk.services.pinpoint.model.EndpointLocation;
import software.amazon.awssdk.services.pinpoint.model.EndpointResponse;
import software.amazon.awssdk.services.pinpoint.model.GPSPointDimension;
import software.amazon.awssdk.services.pinpoint.model.MetricDimension;
import software.amazon.awssdk.services.pinpoint.model.RecencyDimension;
import software.amazon.awssdk.services.pinpoint.model.RecencyType;
import software.amazon.awssdk.services.pinpoint.model.SegmentDemographics;
import software.amazon.awssdk.services.pinpoint.model.SegmentDimensions;
import software.amazon.awssdk.services.pinpoint.model.SetDimension;

/**
 * Whether one endpoint meets one set of segment dimensions. Every dimension given must match. Custom and
 * user attribute values compare exactly; the standard attributes of Demographic and Location (platform,
 * make, country...) compare without regard to case, since SDKs report them in varying case.
 */
final class DimensionMatcher {

    /** Used when a GPSPoint dimension names no RangeInKilometers. */
    static final double DEFAULT_RANGE_KM = 100;

    private static final double EARTH_RADIUS_KM = 6371.0088;

    private final Instant now;

    /** A matcher that judges recency against this instant of the server's clock. */
    DimensionMatcher(Instant now) {
        this.now = now;
    }

    boolean matches(EndpointResponse endpoint, SegmentDimensions dimensions) {
        Map<String, List<String>> userAttributes = endpoint.user() == null ? Map.of()
                : endpoint.user().userAttributes();
        return attributes(endpoint.attributes(), dimensions.attributes())
                && attributes(userAttributes, dimensions.userAttributes())
                && metrics(endpoint.metrics(), dimensions.metrics())
                && demographic(endpoint, dimensions.demographic())
                && location(endpoint.location(), dimensions)
                && recency(endpoint, dimensions.behavior() == null ? null : dimensions.behavior().recency());
    }

    static boolean attributes(Map<String, List<String>> values, Map<String, AttributeDimension> criteria) {
        for (Map.Entry<String, AttributeDimension> criterion : criteria.entrySet()) {
            List<String> endpointValues = values.getOrDefault(criterion.getKey(), List.of());
            if (!attribute(endpointValues, criterion.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** One attribute criterion against the values an endpoint has for the attribute. */
    static boolean attribute(List<String> values, AttributeDimension criterion) {
        AttributeType type = criterion.attributeType() == null ? AttributeType.INCLUSIVE : criterion.attributeType();
        List<String> wanted = criterion.values();
        return switch (type) {
            case INCLUSIVE -> values.stream().anyMatch(wanted::contains);
            case EXCLUSIVE -> values.stream().noneMatch(wanted::contains);
            case CONTAINS -> values.stream().anyMatch(value -> wanted.stream().anyMatch(value::contains));
            case BEFORE -> instants(values).anyMatch(value -> value.isBefore(instant(wanted.get(0))));
            case AFTER -> instants(values).anyMatch(value -> value.isAfter(instant(wanted.get(0))));
            case ON -> instants(values).anyMatch(value -> sameUtcDate(value, dateOf(wanted.get(0))));
            case BETWEEN -> instants(values).anyMatch(value -> !value.isBefore(instant(wanted.get(0)))
                    && !value.isAfter(instant(wanted.get(1))));
            default -> false;
        };
    }

    static boolean metrics(Map<String, Double> values, Map<String, MetricDimension> criteria) {
        for (Map.Entry<String, MetricDimension> criterion : criteria.entrySet()) {
            Double value = values.get(criterion.getKey());
            if (value == null || !compare(value, criterion.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static boolean compare(double value, MetricDimension criterion) {
        int order = Double.compare(value, criterion.value());
        return switch (criterion.comparisonOperator()) {
            case "GREATER_THAN" -> order > 0;
            case "LESS_THAN" -> order < 0;
            case "GREATER_THAN_OR_EQUAL" -> order >= 0;
            case "LESS_THAN_OR_EQUAL" -> order <= 0;
            case "EQUAL" -> order == 0;
            default -> false;
        };
    }

    private static boolean demographic(EndpointResponse endpoint, SegmentDemographics criteria) {
        if (criteria == null) {
            return true;
        }
        EndpointDemographic demographic = endpoint.demographic() == null
                ? EndpointDemographic.builder().build() : endpoint.demographic();
        return set(demographic.appVersion(), criteria.appVersion())
                && set(endpoint.channelTypeAsString(), criteria.channel())
                && set(null, criteria.deviceType())
                && set(demographic.make(), criteria.make())
                && set(demographic.model(), criteria.model())
                && set(demographic.platform(), criteria.platform());
    }

    private static boolean location(EndpointLocation location, SegmentDimensions dimensions) {
        if (dimensions.location() == null) {
            return true;
        }
        String country = location == null ? null : location.country();
        return set(country, dimensions.location().country()) && near(location, dimensions.location().gpsPoint());
    }

    /** A set dimension: INCLUSIVE wants the value among its values, EXCLUSIVE wants it absent from them. */
    static boolean set(String value, SetDimension criterion) {
        if (criterion == null) {
            return true;
        }
        boolean listed = value != null && criterion.values().stream()
                .anyMatch(candidate -> candidate.toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT)));
        return criterion.dimensionType() == DimensionType.EXCLUSIVE ? !listed : listed;
    }

    private static boolean near(EndpointLocation location, GPSPointDimension point) {
        if (point == null) {
            return true;
        }
        if (location == null || location.latitude() == null || location.longitude() == null) {
            return false;
        }
        double range = point.rangeInKilometers() == null ? DEFAULT_RANGE_KM : point.rangeInKilometers();
        return distanceKm(location.latitude(), location.longitude(), point.coordinates().latitude(),
                point.coordinates().longitude()) <= range;
    }

    /** The great-circle distance between two points, by the haversine formula. */
    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /**
     * ACTIVE wants an endpoint whose EffectiveDate (its last update or event) lies within the duration
     * before now; INACTIVE wants the others.
     */
    private boolean recency(EndpointResponse endpoint, RecencyDimension criterion) {
        if (criterion == null) {
            return true;
        }
        Duration window = switch (criterion.duration()) {
            case HR_24 -> Duration.ofHours(24);
            case DAY_7 -> Duration.ofDays(7);
            case DAY_14 -> Duration.ofDays(14);
            default -> Duration.ofDays(30);
        };
        Optional<Instant> lastActive = IsoInstants.parse(endpoint.effectiveDate());
        boolean active = lastActive.isPresent() && !lastActive.get().isBefore(now.minus(window));
        return criterion.recencyType() == RecencyType.INACTIVE ? !active : active;
    }

    private static java.util.stream.Stream<Instant> instants(List<String> values) {
        return values.stream().map(IsoInstants::parse).flatMap(Optional::stream);
    }

    private static Instant instant(String value) {
        return IsoInstants.parse(value).orElseThrow();
    }

    private static Instant dateOf(String value) {
        return IsoInstants.parseDateOrInstant(value).orElseThrow();
    }

    private static boolean sameUtcDate(Instant a, Instant b) {
        return a.atZone(ZoneOffset.UTC).toLocalDate().equals(b.atZone(ZoneOffset.UTC).toLocalDate());
    }
}
