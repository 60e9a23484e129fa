package dev.pinpointmock.internal.service;

import dev.pinpointmock.internal.state.App;
import dev.pinpointmock.internal.state.SegmentStore;
import dev.pinpointmock.internal.state.ServiceState;
import java.util.List;
import software.amazon.awssdk.services.pinpoint.model.EndpointResponse;

/** The members of a segment version, for the server handle's {@code segmentMembers}. */
public final class SegmentMembership {

    private SegmentMembership() {
    }

    /**
     * The ids of the endpoints in a segment version now, in the order the endpoints were created.
     *
     * @param version the version, or {@code null} for the latest
     * @throws IllegalArgumentException when the application, segment or version does not exist
     */
    public static List<String> of(ServiceState state, String applicationId, String segmentId, Integer version) {
        App app = state.findApp(applicationId).orElseThrow(() -> new IllegalArgumentException(
                "No application " + applicationId + " in any account or region of this server"));
        SegmentStore.Segment segment = app.segments().get(segmentId).orElseThrow(() -> new IllegalArgumentException(
                "Application " + applicationId + " has no segment " + segmentId));
        SegmentStore.Version chosen = version == null ? segment.latest() : segment.versions().version(version)
                .orElseThrow(() -> new IllegalArgumentException("Segment " + segmentId + " has no version " + version
                        + "; its latest is " + segment.versions().latestNumber()));
        return new SegmentEvaluator(ScheduledDelivery.endpoints(app), SegmentLookups.of(app), state.clock().now())
                .members(chosen).stream().map(EndpointResponse::id).toList();
    }
}
