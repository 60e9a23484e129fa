package dev.pinpointmock.internal.service;

import dev.pinpointmock.internal.state.App;
import dev.pinpointmock.internal.state.Partition;
import dev.pinpointmock.internal.state.ServiceState;
import java.lang.System.Logger.Level;
import java.time.Instant;

/**
 * Everything that waits for a time on the server's clock: campaign runs, journey starts, waits and ends.
 * The server runs it when a test moves the clock and before it serves each call, so that whatever a call
 * reads reflects the time it was made at.
 */
public final class DueWork {

    private static final System.Logger LOG = System.getLogger("dev.pinpointmock.schedule");

    /**
     * The request id of work no call asked for; none of it answers a request, and drawing a fresh one on
     * every call would shift the ids a seeded server makes.
     */
    private static final String BACKGROUND = "00000000-0000-0000-0000-000000000000";

    private DueWork() {
    }

    /** Runs every campaign run and journey step that is due now; a failure is logged, never thrown. */
    public static void run(ServiceState state) {
        run(state, null);
    }

    /**
     * Runs what was due at a logged call's instant, before the call is replayed from the data directory, so
     * that the replayed call finds the state it found when it was first served.
     */
    public static void replayUntil(ServiceState state, Instant at) {
        run(state, at);
    }

    private static void run(ServiceState state, Instant at) {
        if (!state.hasScheduling()) {
            return;
        }
        try {
            for (Partition partition : state.partitions()) {
                CallContext context = new CallContext(state, partition, BACKGROUND, at, state.ids(), at != null);
                for (App app : partition.apps()) {
                    if (!state.hasScheduling(app)) {
                        continue;
                    }
                    app.campaigns().all().forEach(campaign -> CampaignRunner.runDue(context, app, campaign));
                    app.journeys().all().forEach(journey -> JourneyRunner.runDue(context, app, journey));
                }
            }
        } catch (RuntimeException unexpected) {
            LOG.log(Level.WARNING, "scheduled work failed error=" + unexpected, unexpected);
        }
    }
}
