package dev.pinpointmock.internal.service;

import dev.pinpointmock.internal.state.App;
import java.util.Optional;

/** Finds segment versions in an application, for base segments and campaigns. */
final class SegmentLookups {

    private SegmentLookups() {
    }

    /** A lookup of the app's segments: the version named, or the latest when none is. */
    static SegmentEvaluator.SegmentLookup of(App app) {
        return (segmentId, version) -> app.segments().get(segmentId)
                .flatMap(segment -> version == null ? Optional.of(segment.latest())
                        : segment.versions().version(version));
    }
}
