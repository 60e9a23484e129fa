package dev.pinpointmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.pinpoint.model.AttributeDimension;
import software.amazon.awssdk.services.pinpoint.model.AttributeType;
import software.amazon.awssdk.services.pinpoint.model.ChannelType;
import software.amazon.awssdk.services.pinpoint.model.EndpointRequest;
import software.amazon.awssdk.services.pinpoint.model.MetricDimension;
import software.amazon.awssdk.services.pinpoint.model.WriteSegmentRequest;

/** Which endpoints written through the API belong to segments, as the server handle reports it. */
class SegmentMembershipTest {

    private static final ServerFixture FIXTURE = new ServerFixture();

    private String appId;

    @BeforeEach
    void createAppAndEndpoints() {
        appId = FIXTURE.createApp("membership");
        endpoint("oslo-ios", e -> e.channelType(ChannelType.APNS).address("token-1")
                .demographic(d -> d.platform("iOS")).location(l -> l.country("NO").latitude(59.91).longitude(10.75))
                .attributes(Map.of("interests", List.of("ski", "jazz"), "signup", List.of("2024-03-05T10:00:00Z")))
                .metrics(Map.of("orders", 7.0)));
        endpoint("rome-sms", e -> e.channelType(ChannelType.SMS).address("+393123456789")
                .location(l -> l.country("IT").latitude(41.9).longitude(12.5))
                .attributes(Map.of("interests", List.of("food"), "signup", List.of("2023-11-20T08:00:00Z")))
                .metrics(Map.of("orders", 1.0)));
    }

    @AfterAll
    static void close() {
        FIXTURE.close();
    }

    private void endpoint(String id, Consumer<EndpointRequest.Builder> endpoint) {
        FIXTURE.client.updateEndpoint(r -> r.applicationId(appId).endpointId(id).endpointRequest(endpoint));
    }

    private List<String> members(Consumer<WriteSegmentRequest.Builder> segment) {
        String id = FIXTURE.client.createSegment(r -> r.applicationId(appId).writeSegmentRequest(segment))
                .segmentResponse().id();
        return FIXTURE.server.segmentMembers(appId, id);
    }

    @Test
    void standardAndCustomDimensionsSelectEndpoints() {
        assertThat(members(s -> s.dimensions(d -> d.demographic(g -> g.channel(c -> c.values("SMS"))))))
                .containsExactly("rome-sms");
        assertThat(members(s -> s.dimensions(d -> d.demographic(g -> g.platform(c -> c.values("ios"))))))
                .containsExactly("oslo-ios");
        assertThat(members(s -> s.dimensions(d -> d.location(l -> l.gpsPoint(p -> p
                .coordinates(c -> c.latitude(59.9).longitude(10.7)).rangeInKilometers(50.0))))))
                .containsExactly("oslo-ios");
        assertThat(members(s -> s.dimensions(d -> d.attributes(Map.of("interests", AttributeDimension.builder()
                .attributeType(AttributeType.CONTAINS).values("jaz").build()))))).containsExactly("oslo-ios");
        assertThat(members(s -> s.dimensions(d -> d.attributes(Map.of("signup", AttributeDimension.builder()
                .attributeType(AttributeType.AFTER).values("2024-01-01T00:00:00Z").build())))))
                .containsExactly("oslo-ios");
        assertThat(members(s -> s.dimensions(d -> d.metrics(Map.of("orders", MetricDimension.builder()
                .comparisonOperator("LESS_THAN").value(2.0).build()))))).containsExactly("rome-sms");
        assertThat(members(s -> s.name("everyone"))).containsExactly("oslo-ios", "rome-sms");
    }

    @Test
    void recencyFollowsTheServerClock() {
        List<String> activeToday = members(s -> s.dimensions(d -> d.behavior(b -> b.recency(r -> r
                .duration("HR_24").recencyType("ACTIVE")))));
        assertThat(activeToday).containsExactly("oslo-ios", "rome-sms");
        String inactiveForAWeek = FIXTURE.client.createSegment(r -> r.applicationId(appId).writeSegmentRequest(s -> s
                .dimensions(d -> d.behavior(b -> b.recency(x -> x.duration("DAY_7").recencyType("INACTIVE"))))))
                .segmentResponse().id();

        FIXTURE.server.clock().advance(Duration.ofDays(8));
        endpoint("rome-sms", e -> e.metrics(Map.of("orders", 2.0)));

        assertThat(FIXTURE.server.segmentMembers(appId, inactiveForAWeek)).containsExactly("oslo-ios");
    }

    @Test
    void segmentGroupsBuildOnBaseSegments() {
        String italians = FIXTURE.client.createSegment(r -> r.applicationId(appId).writeSegmentRequest(s -> s
                .dimensions(d -> d.location(l -> l.country(c -> c.values("IT")))))).segmentResponse().id();

        assertThat(members(s -> s.segmentGroups(g -> g.include("ALL").groups(group -> group
                .sourceSegments(ref -> ref.id(italians)).sourceType("ANY")
                .dimensions(d -> d.metrics(Map.of("orders", MetricDimension.builder()
                        .comparisonOperator("EQUAL").value(1.0).build()))).type("ALL")))))
                .containsExactly("rome-sms");
        assertThat(members(s -> s.segmentGroups(g -> g.include("NONE").groups(group -> group
                .sourceSegments(ref -> ref.id(italians)))))).containsExactly("oslo-ios");
    }

    @Test
    void theHandleSaysWhatItCannotFind() {
        assertThatThrownBy(() -> FIXTURE.server.segmentMembers(appId, "nope"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no segment nope");
        String segment = FIXTURE.client.createSegment(r -> r.applicationId(appId).writeSegmentRequest(s -> s
                .name("one"))).segmentResponse().id();
        assertThatThrownBy(() -> FIXTURE.server.segmentMembers(appId, segment, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("latest is 1");
    }
}
