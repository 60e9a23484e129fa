package dev.pinpointmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.pinpoint.model.AttributeDimension;
import software.amazon.awssdk.services.pinpoint.model.AttributeType;
import software.amazon.awssdk.services.pinpoint.model.BadRequestException;
import software.amazon.awssdk.services.pinpoint.model.NotFoundException;
import software.amazon.awssdk.services.pinpoint.model.SegmentDimensions;
import software.amazon.awssdk.services.pinpoint.model.SegmentResponse;
import software.amazon.awssdk.services.pinpoint.model.SegmentType;
import software.amazon.awssdk.services.pinpoint.model.SegmentsResponse;
import software.amazon.awssdk.services.pinpoint.model.WriteSegmentRequest;

class SegmentsTest {

    private static final ServerFixture FIXTURE = new ServerFixture();
    private static final SegmentDimensions GOLD = SegmentDimensions.builder()
            .attributes(Map.of("tier", AttributeDimension.builder().attributeType(AttributeType.INCLUSIVE)
                    .values("gold").build()))
            .build();

    private String appId;

    @BeforeEach
    void createApp() {
        appId = FIXTURE.createApp("segments");
    }

    @AfterAll
    static void close() {
        FIXTURE.close();
    }

    private SegmentResponse create(Consumer<WriteSegmentRequest.Builder> segment) {
        return FIXTURE.client.createSegment(r -> r.applicationId(appId).writeSegmentRequest(segment))
                .segmentResponse();
    }

    private SegmentResponse update(String segmentId, Consumer<WriteSegmentRequest.Builder> segment) {
        return FIXTURE.client.updateSegment(r -> r.applicationId(appId).segmentId(segmentId)
                .writeSegmentRequest(segment)).segmentResponse();
    }

    @Test
    void createAnswersTheFirstVersionOfADimensionalSegment() {
        SegmentResponse created = create(s -> s.name("gold").dimensions(GOLD).tags(Map.of("team", "growth")));

        assertThat(created.id()).matches("[0-9a-f]{32}");
        assertThat(created.applicationId()).isEqualTo(appId);
        assertThat(created.arn()).isEqualTo("arn:aws:mobiletargeting:us-east-1:000000000000:apps/" + appId
                + "/segments/" + created.id());
        assertThat(created.segmentType()).isEqualTo(SegmentType.DIMENSIONAL);
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.name()).isEqualTo("gold");
        assertThat(created.dimensions()).isEqualTo(GOLD);
        assertThat(created.tags()).containsExactly(Map.entry("team", "growth"));
        assertThat(created.creationDate()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(created.lastModifiedDate()).isEqualTo(created.creationDate());
        assertThat(FIXTURE.client.getSegment(r -> r.applicationId(appId).segmentId(created.id()))
                .segmentResponse()).isEqualTo(created);
    }

    @Test
    void eachUpdateWritesANewVersionAndKeepsTheOldOnes() {
        SegmentResponse first = create(s -> s.name("gold").dimensions(GOLD));
        FIXTURE.server.clock().advance(Duration.ofMinutes(5));

        SegmentResponse second = update(first.id(), s -> s.name("gold members"));

        assertThat(second.version()).isEqualTo(2);
        assertThat(second.name()).isEqualTo("gold members");
        assertThat(second.dimensions()).as("omitted members keep their value").isEqualTo(GOLD);
        assertThat(second.creationDate()).isEqualTo(first.creationDate());
        assertThat(Instant.parse(second.lastModifiedDate()))
                .isAfterOrEqualTo(Instant.parse(first.lastModifiedDate()).plus(Duration.ofMinutes(5)));
        assertThat(FIXTURE.client.getSegmentVersion(r -> r.applicationId(appId).segmentId(first.id()).version("1"))
                .segmentResponse()).isEqualTo(first);
        assertThat(FIXTURE.client.getSegment(r -> r.applicationId(appId).segmentId(first.id()))
                .segmentResponse().version()).isEqualTo(2);
    }

    @Test
    void dimensionsAndSegmentGroupsReplaceEachOtherOnUpdate() {
        SegmentResponse base = create(s -> s.name("base").dimensions(GOLD));
        SegmentResponse derived = create(s -> s.name("derived").dimensions(GOLD));

        SegmentResponse grouped = update(derived.id(), s -> s.segmentGroups(g -> g.include("ALL")
                .groups(group -> group.sourceSegments(ref -> ref.id(base.id())).sourceType("ANY"))));

        assertThat(grouped.dimensions()).isNull();
        assertThat(grouped.segmentGroups().groups()).hasSize(1);
        assertThat(grouped.segmentGroups().groups().get(0).sourceSegments().get(0).id()).isEqualTo(base.id());
    }

    @Test
    void getSegmentVersionsPagesThroughEveryVersionOldestFirst() {
        SegmentResponse segment = create(s -> s.name("v1").dimensions(GOLD));
        update(segment.id(), s -> s.name("v2"));
        update(segment.id(), s -> s.name("v3"));

        SegmentsResponse page1 = FIXTURE.client.getSegmentVersions(r -> r.applicationId(appId)
                .segmentId(segment.id()).pageSize("2")).segmentsResponse();
        SegmentsResponse page2 = FIXTURE.client.getSegmentVersions(r -> r.applicationId(appId)
                .segmentId(segment.id()).pageSize("2").token(page1.nextToken())).segmentsResponse();

        assertThat(page1.item()).extracting(SegmentResponse::name).containsExactly("v1", "v2");
        assertThat(page2.item()).extracting(SegmentResponse::name).containsExactly("v3");
        assertThat(page2.nextToken()).isNull();
    }

    @Test
    void getSegmentsPagesThroughTheSegmentsOfTheApplicationOnly() {
        String other = FIXTURE.createApp("other");
        FIXTURE.client.createSegment(r -> r.applicationId(other).writeSegmentRequest(s -> s.name("elsewhere")));
        List<String> ids = List.of(create(s -> s.name("a")).id(), create(s -> s.name("b")).id(),
                create(s -> s.name("c")).id());

        SegmentsResponse page1 = FIXTURE.client.getSegments(r -> r.applicationId(appId).pageSize("2"))
                .segmentsResponse();
        SegmentsResponse page2 = FIXTURE.client.getSegments(r -> r.applicationId(appId).pageSize("2")
                .token(page1.nextToken())).segmentsResponse();

        assertThat(page1.item()).hasSize(2);
        assertThat(page2.item()).hasSize(1);
        assertThat(page2.nextToken()).isNull();
        assertThat(List.of(page1.item().get(0).id(), page1.item().get(1).id(), page2.item().get(0).id()))
                .containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void deleteAnswersTheSegmentAndForgetsItAndItsTags() {
        SegmentResponse segment = create(s -> s.name("gone").tags(Map.of("k", "v")));

        SegmentResponse deleted = FIXTURE.client.deleteSegment(r -> r.applicationId(appId).segmentId(segment.id()))
                .segmentResponse();

        assertThat(deleted).isEqualTo(segment);
        assertThatThrownBy(() -> FIXTURE.client.getSegment(r -> r.applicationId(appId).segmentId(segment.id())))
                .isInstanceOf(NotFoundException.class).hasMessageStartingWith("Segment not found");
        assertThatThrownBy(() -> FIXTURE.client.listTagsForResource(r -> r.resourceArn(segment.arn())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void segmentsCanBeTaggedByTheirArnAndUpdateIgnoresTags() {
        SegmentResponse segment = create(s -> s.name("tagged"));

        FIXTURE.client.tagResource(r -> r.resourceArn(segment.arn()).tagsModel(t -> t.tags(Map.of("a", "1"))));
        SegmentResponse updated = update(segment.id(), s -> s.tags(Map.of("b", "2")));

        assertThat(updated.tags()).containsExactly(Map.entry("a", "1"));
    }

    @Test
    void deletingTheApplicationDeletesItsSegments() {
        SegmentResponse segment = create(s -> s.name("doomed"));

        FIXTURE.client.deleteApp(r -> r.applicationId(appId));

        assertThatThrownBy(() -> FIXTURE.client.tagResource(r -> r.resourceArn(segment.arn())
                .tagsModel(t -> t.tags(Map.of("a", "1"))))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> FIXTURE.client.getSegment(r -> r.applicationId(appId).segmentId(segment.id())))
                .isInstanceOf(NotFoundException.class).hasMessageStartingWith("Application not found");
    }

    @Test
    void unknownSegmentsAndVersionsAreNotFound() {
        SegmentResponse segment = create(s -> s.name("one"));

        assertThatThrownBy(() -> FIXTURE.client.getSegment(r -> r.applicationId(appId).segmentId("0".repeat(32))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> FIXTURE.client.getSegmentVersion(r -> r.applicationId(appId)
                .segmentId(segment.id()).version("2"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> FIXTURE.client.getSegmentVersion(r -> r.applicationId(appId)
                .segmentId(segment.id()).version("latest"))).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> FIXTURE.client.updateSegment(r -> r.applicationId("0".repeat(32))
                .segmentId(segment.id()).writeSegmentRequest(s -> s.name("x"))))
                .isInstanceOf(NotFoundException.class).hasMessageStartingWith("Application not found");
    }

    @Test
    void aSegmentHasDimensionsOrSegmentGroupsButNotBoth() {
        assertThatThrownBy(() -> create(s -> s.name("both").dimensions(GOLD)
                .segmentGroups(g -> g.groups(group -> group.dimensions(GOLD)))))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("not both");
    }

    @Test
    void dateCriteriaNeedIsoDatesInTheRightNumber() {
        assertThatThrownBy(() -> create(s -> s.dimensions(d -> d.attributes(Map.of("signup", AttributeDimension
                .builder().attributeType(AttributeType.BETWEEN).values("2024-01-01T00:00:00Z").build())))))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("two values");
        assertThatThrownBy(() -> create(s -> s.dimensions(d -> d.attributes(Map.of("signup", AttributeDimension
                .builder().attributeType(AttributeType.BEFORE).values("yesterday").build())))))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("ISO-8601");
        SegmentResponse fine = create(s -> s.dimensions(d -> d.userAttributes(Map.of("birthday", AttributeDimension
                .builder().attributeType(AttributeType.ON).values("2024-02-29").build()))));
        assertThat(fine.dimensions().userAttributes()).containsKey("birthday");
    }

    @Test
    void metricCriteriaNeedOneOfPinpointsOperators() {
        assertThatThrownBy(() -> create(s -> s.dimensions(d -> d.metrics(Map.of("visits",
                software.amazon.awssdk.services.pinpoint.model.MetricDimension.builder()
                        .comparisonOperator("MORE").value(3.0).build())))))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("ComparisonOperator");
    }

    @Test
    void baseSegmentsMustExistAndNotBeTheSegmentItself() {
        assertThatThrownBy(() -> create(s -> s.segmentGroups(g -> g.groups(group -> group
                .sourceSegments(ref -> ref.id("f".repeat(32)))))))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("Segment not found");
        SegmentResponse base = create(s -> s.name("base"));
        assertThatThrownBy(() -> create(s -> s.segmentGroups(g -> g.groups(group -> group
                .sourceSegments(ref -> ref.id(base.id()).version(7))))))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("no version 7");
        assertThatThrownBy(() -> update(base.id(), s -> s.segmentGroups(g -> g.groups(group -> group
                .sourceSegments(ref -> ref.id(base.id()))))))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("its own base segment");
    }
}
