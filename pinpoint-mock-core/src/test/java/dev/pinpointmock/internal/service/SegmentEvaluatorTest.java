package dev.pinpointmock.internal.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pinpointmock.internal.state.SegmentStore;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.pinpoint.model.AttributeDimension;
import software.amazon.awssdk.services.pinpoint.model.AttributeType;
import software.amazon.awssdk.services.pinpoint.model.ChannelType;
import software.amazon.awssdk.services.pinpoint.model.DimensionType;
import software.amazon.awssdk.services.pinpoint.model.EndpointResponse;
import software.amazon.awssdk.services.pinpoint.model.MetricDimension;
import software.amazon.awssdk.services.pinpoint.model.SegmentDimensions;
import software.amazon.awssdk.services.pinpoint.model.SegmentGroupList;
import software.amazon.awssdk.services.pinpoint.model.SegmentResponse;
import software.amazon.awssdk.services.pinpoint.model.SegmentType;

/** The membership rules on endpoints built in memory; SegmentMembershipTest covers them over HTTP. */
class SegmentEvaluatorTest {

    private static final Instant NOW = Instant.parse("2024-06-15T12:00:00Z");

    private final Map<String, SegmentStore.Version> segments = new HashMap<>();

    private static EndpointResponse endpoint(String id, Consumer<EndpointResponse.Builder> details) {
        EndpointResponse.Builder builder = EndpointResponse.builder().id(id).channelType(ChannelType.SMS)
                .address("+1555555" + id.hashCode() % 10000).effectiveDate("2024-06-15T00:00:00.000Z");
        details.accept(builder);
        return builder.build();
    }

    private static AttributeDimension attribute(AttributeType type, String... values) {
        return AttributeDimension.builder().attributeType(type).values(values).build();
    }

    private SegmentStore.Version segment(String id, Consumer<SegmentResponse.Builder> definition) {
        SegmentResponse.Builder builder = SegmentResponse.builder().id(id).segmentType(SegmentType.DIMENSIONAL)
                .version(1);
        definition.accept(builder);
        SegmentStore.Version version = new SegmentStore.Version(builder.build(), Set.of());
        segments.put(id, version);
        return version;
    }

    private List<String> members(List<EndpointResponse> endpoints, SegmentStore.Version version) {
        SegmentEvaluator evaluator = new SegmentEvaluator(endpoints,
                (id, number) -> Optional.ofNullable(segments.get(id)), NOW);
        return evaluator.members(version).stream().map(EndpointResponse::id).toList();
    }

    private List<String> matching(List<EndpointResponse> endpoints, SegmentDimensions dimensions) {
        return members(endpoints, segment("s", s -> s.dimensions(dimensions)));
    }

    private static SegmentDimensions attributes(String name, AttributeDimension criterion) {
        return SegmentDimensions.builder().attributes(Map.of(name, criterion)).build();
    }

    @Test
    void eachAttributeTypeSelectsAsPinpointDocumentsIt() {
        List<EndpointResponse> endpoints = List.of(
                endpoint("a", e -> e.attributes(Map.of("tier", List.of("gold"), "joined",
                        List.of("2024-01-10T08:00:00Z")))),
                endpoint("b", e -> e.attributes(Map.of("tier", List.of("silver", "golden-ish"), "joined",
                        List.of("2024-03-01T23:59:00Z")))),
                endpoint("c", e -> e.attributes(Map.of())));

        assertThat(matching(endpoints, attributes("tier", attribute(AttributeType.INCLUSIVE, "gold"))))
                .containsExactly("a");
        assertThat(matching(endpoints, attributes("tier", attribute(AttributeType.EXCLUSIVE, "gold"))))
                .containsExactly("b", "c");
        assertThat(matching(endpoints, attributes("tier", attribute(AttributeType.CONTAINS, "gold"))))
                .containsExactly("a", "b");
        assertThat(matching(endpoints, attributes("joined", attribute(AttributeType.BEFORE,
                "2024-02-01T00:00:00Z")))).containsExactly("a");
        assertThat(matching(endpoints, attributes("joined", attribute(AttributeType.AFTER,
                "2024-02-01T00:00:00Z")))).containsExactly("b");
        assertThat(matching(endpoints, attributes("joined", attribute(AttributeType.ON, "2024-03-01"))))
                .containsExactly("b");
        assertThat(matching(endpoints, attributes("joined", attribute(AttributeType.BETWEEN,
                "2024-01-10T08:00:00Z", "2024-02-01T00:00:00Z")))).as("inclusive bounds").containsExactly("a");
    }

    @Test
    void userAttributesMetricsAndEveryDimensionMustAllMatch() {
        List<EndpointResponse> endpoints = List.of(
                endpoint("a", e -> e.metrics(Map.of("visits", 5.0))
                        .user(u -> u.userId("u1").userAttributes(Map.of("plan", List.of("pro"))))),
                endpoint("b", e -> e.metrics(Map.of("visits", 2.0))
                        .user(u -> u.userId("u2").userAttributes(Map.of("plan", List.of("pro"))))),
                endpoint("c", e -> e.metrics(Map.of("visits", 9.0))));

        SegmentDimensions proAndFrequent = SegmentDimensions.builder()
                .userAttributes(Map.of("plan", attribute(AttributeType.INCLUSIVE, "pro")))
                .metrics(Map.of("visits", MetricDimension.builder().comparisonOperator("GREATER_THAN_OR_EQUAL")
                        .value(5.0).build()))
                .build();

        assertThat(matching(endpoints, proAndFrequent)).containsExactly("a");
    }

    @Test
    void channelDemographicsAndLocationCompareStandardValuesWithoutCase() {
        List<EndpointResponse> endpoints = List.of(
                endpoint("sms", e -> e.demographic(d -> d.platform("iOS")).location(l -> l.country("US")
                        .latitude(47.6).longitude(-122.3))),
                endpoint("mail", e -> e.channelType(ChannelType.EMAIL).demographic(d -> d.platform("android"))
                        .location(l -> l.country("DE").latitude(52.5).longitude(13.4))));

        assertThat(matching(endpoints, SegmentDimensions.builder().demographic(d -> d
                .channel(c -> c.values("EMAIL"))).build())).containsExactly("mail");
        assertThat(matching(endpoints, SegmentDimensions.builder().demographic(d -> d
                .platform(c -> c.values("ios"))).build())).containsExactly("sms");
        assertThat(matching(endpoints, SegmentDimensions.builder().location(l -> l
                .country(c -> c.dimensionType(DimensionType.EXCLUSIVE).values("us"))).build()))
                .containsExactly("mail");
        assertThat(matching(endpoints, SegmentDimensions.builder().location(l -> l.gpsPoint(p -> p
                .coordinates(c -> c.latitude(47.61).longitude(-122.33)).rangeInKilometers(10.0))).build()))
                .containsExactly("sms");
    }

    @Test
    void recencyJudgesTheEffectiveDateAgainstTheServerClock() {
        List<EndpointResponse> endpoints = List.of(
                endpoint("recent", e -> e.effectiveDate("2024-06-14T13:00:00.000Z")),
                endpoint("stale", e -> e.effectiveDate("2024-06-01T00:00:00.000Z")));

        assertThat(matching(endpoints, SegmentDimensions.builder().behavior(b -> b.recency(r -> r
                .duration("HR_24").recencyType("ACTIVE"))).build())).containsExactly("recent");
        assertThat(matching(endpoints, SegmentDimensions.builder().behavior(b -> b.recency(r -> r
                .duration("DAY_7").recencyType("INACTIVE"))).build())).containsExactly("stale");
        assertThat(matching(endpoints, SegmentDimensions.builder().behavior(b -> b.recency(r -> r
                .duration("DAY_30").recencyType("ACTIVE"))).build())).containsExactly("recent", "stale");
    }

    @Test
    void segmentGroupsCombineBaseSegmentsDimensionsAndGroups() {
        List<EndpointResponse> endpoints = List.of(
                endpoint("a", e -> e.attributes(Map.of("tier", List.of("gold"), "city", List.of("Oslo")))),
                endpoint("b", e -> e.attributes(Map.of("tier", List.of("gold"), "city", List.of("Rome")))),
                endpoint("c", e -> e.attributes(Map.of("tier", List.of("silver"), "city", List.of("Oslo")))),
                endpoint("d", e -> e.attributes(Map.of("tier", List.of("bronze")))));
        segment("gold", s -> s.dimensions(attributes("tier", attribute(AttributeType.INCLUSIVE, "gold"))));
        segment("oslo", s -> s.dimensions(attributes("city", attribute(AttributeType.INCLUSIVE, "Oslo"))));
        SegmentDimensions notRome = attributes("city", attribute(AttributeType.INCLUSIVE, "Rome"));

        assertThat(members(endpoints, grouped(g -> g.groups(group -> group.sourceType("ALL")
                .sourceSegments(r -> r.id("gold"), r -> r.id("oslo")))))).containsExactly("a");
        assertThat(members(endpoints, grouped(g -> g.groups(group -> group.sourceType("ANY")
                .sourceSegments(r -> r.id("gold"), r -> r.id("oslo")))))).containsExactly("a", "b", "c");
        assertThat(members(endpoints, grouped(g -> g.groups(group -> group
                .sourceSegments(r -> r.id("gold")).type("NONE").dimensions(notRome))))).containsExactly("a");
        assertThat(members(endpoints, grouped(g -> g.include("NONE").groups(group -> group
                .sourceSegments(r -> r.id("gold")), group -> group.sourceSegments(r -> r.id("oslo"))))))
                .containsExactly("d");
        assertThat(members(endpoints, grouped(g -> g.include("ANY").groups(group -> group
                .sourceSegments(r -> r.id("gold")), group -> group.dimensions(notRome))))).containsExactly("a", "b");
    }

    @Test
    void importedSegmentsHoldTheirImportedEndpointsThatStillExist() {
        SegmentStore.Version imported = new SegmentStore.Version(SegmentResponse.builder().id("i")
                .segmentType(SegmentType.IMPORT).version(1).build(), Set.of("a", "gone"));

        assertThat(members(List.of(endpoint("a", e -> { }), endpoint("b", e -> { })), imported))
                .containsExactly("a");
    }

    @Test
    void aSegmentWithoutCriteriaHoldsEveryEndpointAndCyclesHoldNone() {
        List<EndpointResponse> endpoints = List.of(endpoint("a", e -> { }), endpoint("b", e -> { }));
        segment("x", s -> s.segmentGroups(g -> g.groups(group -> group.sourceSegments(r -> r.id("y")))));
        SegmentStore.Version y = segment("y", s -> s.segmentGroups(g -> g.groups(group -> group
                .sourceSegments(r -> r.id("x")))));

        assertThat(members(endpoints, segment("all", s -> { }))).containsExactly("a", "b");
        assertThat(members(endpoints, y)).isEmpty();
    }

    private SegmentStore.Version grouped(Consumer<SegmentGroupList.Builder> groups) {
        return segment("grouped", s -> s.segmentGroups(groups));
    }
}
