package dev.pinpointmock.internal.service;

import dev.pinpointmock.internal.state.App;
import dev.pinpointmock.internal.state.Partition;
import dev.pinpointmock.internal.state.SegmentStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.pinpoint.model.CreateSegmentRequest;
import software.amazon.awssdk.services.pinpoint.model.CreateSegmentResponse;
import software.amazon.awssdk.services.pinpoint.model.DeleteSegmentRequest;
import software.amazon.awssdk.services.pinpoint.model.DeleteSegmentResponse;
import software.amazon.awssdk.services.pinpoint.model.GetSegmentRequest;
import software.amazon.awssdk.services.pinpoint.model.GetSegmentResponse;
import software.amazon.awssdk.services.pinpoint.model.GetSegmentVersionRequest;
import software.amazon.awssdk.services.pinpoint.model.GetSegmentVersionResponse;
import software.amazon.awssdk.services.pinpoint.model.GetSegmentVersionsRequest;
import software.amazon.awssdk.services.pinpoint.model.GetSegmentVersionsResponse;
import software.amazon.awssdk.services.pinpoint.model.GetSegmentsRequest;
import software.amazon.awssdk.services.pinpoint.model.GetSegmentsResponse;
import software.amazon.awssdk.services.pinpoint.model.SegmentResponse;
import software.amazon.awssdk.services.pinpoint.model.SegmentType;
import software.amazon.awssdk.services.pinpoint.model.SegmentsResponse;
import software.amazon.awssdk.services.pinpoint.model.UpdateSegmentRequest;
import software.amazon.awssdk.services.pinpoint.model.UpdateSegmentResponse;
import software.amazon.awssdk.services.pinpoint.model.WriteSegmentRequest;

/**
 * CreateSegment, UpdateSegment (each update writes a new version), GetSegment, GetSegments, DeleteSegment,
 * GetSegmentVersion and GetSegmentVersions.
 */
final class SegmentHandlers {

    private static final Comparator<SegmentStore.Segment> CREATION_ORDER =
            Comparator.comparing(SegmentStore.Segment::creationDate).thenComparing(SegmentStore.Segment::id);

    private SegmentHandlers() {
    }

    static void register(OperationRegistry registry) {
        registry.on("CreateSegment", CreateSegmentRequest.class, SegmentHandlers::createSegment)
                .on("UpdateSegment", UpdateSegmentRequest.class, SegmentHandlers::updateSegment)
                .on("GetSegment", GetSegmentRequest.class, SegmentHandlers::getSegment)
                .on("GetSegments", GetSegmentsRequest.class, SegmentHandlers::getSegments)
                .on("DeleteSegment", DeleteSegmentRequest.class, SegmentHandlers::deleteSegment)
                .on("GetSegmentVersion", GetSegmentVersionRequest.class, SegmentHandlers::getSegmentVersion)
                .on("GetSegmentVersions", GetSegmentVersionsRequest.class, SegmentHandlers::getSegmentVersions);
    }

    static CreateSegmentResponse createSegment(CallContext context, CreateSegmentRequest request) {
        App app = context.app(request.applicationId());
        WriteSegmentRequest write = request.writeSegmentRequest();
        SegmentRules.validate(app, write, null);
        if (write.hasTags()) {
            Tags.validate(write.tags());
        }

        String id = context.ids().hex32();
        Instant now = context.now();
        SegmentResponse first = SegmentResponse.builder()
                .applicationId(app.id())
                .arn(arn(context.partition(), app, id))
                .id(id)
                .name(write.name())
                .segmentType(SegmentType.DIMENSIONAL)
                .dimensions(write.dimensions())
                .segmentGroups(write.segmentGroups())
                .creationDate(Dates.iso(now))
                .lastModifiedDate(Dates.iso(now))
                .version(1)
                .build();
        if (write.hasTags()) {
            context.partition().tag(first.arn(), write.tags());
        }
        SegmentStore.Segment segment = app.segments().add(id, now, new SegmentStore.Version(first, Set.of()));
        return CreateSegmentResponse.builder().segmentResponse(describe(context, segment.latest())).build();
    }

    /**
     * Writes a new version. Members the request sends replace those of the latest version; members it omits
     * keep their value, except that Dimensions and SegmentGroups replace each other. Tags in the request are
     * ignored, as AWS documents for updates since 2023.
     */
    static UpdateSegmentResponse updateSegment(CallContext context, UpdateSegmentRequest request) {
        App app = context.app(request.applicationId());
        SegmentStore.Segment segment = segment(app, request.segmentId());
        WriteSegmentRequest write = request.writeSegmentRequest();
        SegmentRules.validate(app, write, segment.id());

        SegmentStore.Version written = segment.versions().append(history -> {
            SegmentStore.Version latest = history.latest();
            SegmentResponse previous = latest.response();
            boolean redefined = write.dimensions() != null || write.segmentGroups() != null;
            if (redefined && previous.segmentType() == SegmentType.IMPORT) {
                throw Errors.badRequest("The criteria of an imported segment cannot be changed; create a segment"
                        + " with this one as its base segment instead");
            }
            SegmentResponse next = previous.toBuilder()
                    .name(write.name() != null ? write.name() : previous.name())
                    .dimensions(redefined ? write.dimensions() : previous.dimensions())
                    .segmentGroups(redefined ? write.segmentGroups() : previous.segmentGroups())
                    .lastModifiedDate(Dates.iso(context.now()))
                    .version(history.nextNumber())
                    .build();
            return new SegmentStore.Version(next, latest.importedEndpointIds());
        });
        return UpdateSegmentResponse.builder().segmentResponse(describe(context, written)).build();
    }

    static GetSegmentResponse getSegment(CallContext context, GetSegmentRequest request) {
        App app = context.app(request.applicationId());
        SegmentStore.Segment segment = segment(app, request.segmentId());
        return GetSegmentResponse.builder().segmentResponse(describe(context, segment.latest())).build();
    }

    static GetSegmentsResponse getSegments(CallContext context, GetSegmentsRequest request) {
        App app = context.app(request.applicationId());
        List<SegmentStore.Segment> ordered = app.segments().all().stream().sorted(CREATION_ORDER).toList();
        Pages.Page<SegmentStore.Segment> page = Pages.page(ordered, request.token(), request.pageSize(),
                segment -> Map.of("CreationDate", Dates.iso(segment.creationDate()), "Id", segment.id()),
                Listing::byCreationDateAndId);
        List<SegmentResponse> items = page.items().stream().map(s -> describe(context, s.latest())).toList();
        return GetSegmentsResponse.builder()
                .segmentsResponse(SegmentsResponse.builder().item(items).nextToken(page.nextToken()).build())
                .build();
    }

    static DeleteSegmentResponse deleteSegment(CallContext context, DeleteSegmentRequest request) {
        App app = context.app(request.applicationId());
        SegmentStore.Segment segment = segment(app, request.segmentId());
        SegmentResponse described = describe(context, segment.latest());
        app.segments().remove(segment.id());
        context.partition().removeTags(described.arn());
        return DeleteSegmentResponse.builder().segmentResponse(described).build();
    }

    static GetSegmentVersionResponse getSegmentVersion(CallContext context, GetSegmentVersionRequest request) {
        App app = context.app(request.applicationId());
        SegmentStore.Segment segment = segment(app, request.segmentId());
        int number = Listing.versionNumber(request.version());
        SegmentStore.Version version = segment.versions().version(number)
                .orElseThrow(() -> Errors.notFound("Segment version not found: " + request.version()));
        return GetSegmentVersionResponse.builder().segmentResponse(describe(context, version)).build();
    }

    static GetSegmentVersionsResponse getSegmentVersions(CallContext context, GetSegmentVersionsRequest request) {
        App app = context.app(request.applicationId());
        SegmentStore.Segment segment = segment(app, request.segmentId());
        Pages.Page<SegmentStore.Version> page = Pages.page(segment.versions().all(), request.token(),
                request.pageSize(), version -> Map.of("Version", Integer.toString(version.number())),
                Listing::byVersion);
        List<SegmentResponse> items = page.items().stream().map(version -> describe(context, version)).toList();
        return GetSegmentVersionsResponse.builder()
                .segmentsResponse(SegmentsResponse.builder().item(items).nextToken(page.nextToken()).build())
                .build();
    }

    /** The segment with this id in the app, or the NotFoundException Pinpoint answers. */
    static SegmentStore.Segment segment(App app, String segmentId) {
        return app.segments().get(segmentId).orElseThrow(() -> Errors.notFound("Segment not found"));
    }

    static String arn(Partition partition, App app, String segmentId) {
        return partition.arn("apps/" + app.id() + "/segments/" + segmentId);
    }

    /** A version as the API shows it, with the segment's current tags. */
    static SegmentResponse describe(CallContext context, SegmentStore.Version version) {
        SegmentResponse response = version.response();
        return response.toBuilder().tags(context.partition().tags(response.arn())).build();
    }
}
