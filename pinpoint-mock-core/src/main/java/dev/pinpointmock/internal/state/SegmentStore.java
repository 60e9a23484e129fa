package dev.pinpointmock.internal.state;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.pinpoint.model.SegmentResponse;

/** The segments of one application, each with every version written, by segment id. */
public final class SegmentStore {

    /**
     * One version of a segment: the response that describes it (without tags, which belong to the ARN) and,
     * for an imported segment, the ids of the endpoints that its import job brought in.
     */
    public record Version(SegmentResponse response, Set<String> importedEndpointIds) {

        public Version {
            importedEndpointIds = Set.copyOf(importedEndpointIds);
        }

        public int number() {
            return response.version();
        }
    }

    /** A segment: its id, when it was created, and its versions. */
    public record Segment(String id, Instant creationDate, VersionHistory<Version> versions) {

        public Version latest() {
            return versions.latest();
        }
    }

    private final Map<String, Segment> segments = new ConcurrentHashMap<>();

    public Optional<Segment> get(String id) {
        return Optional.ofNullable(segments.get(id));
    }

    public Collection<Segment> all() {
        return List.copyOf(segments.values());
    }

    public Segment add(String id, Instant creationDate, Version first) {
        Segment segment = new Segment(id, creationDate, new VersionHistory<>(first));
        segments.put(id, segment);
        return segment;
    }

    public Optional<Segment> remove(String id) {
        return Optional.ofNullable(segments.remove(id));
    }

    public int size() {
        return segments.size();
    }
}
