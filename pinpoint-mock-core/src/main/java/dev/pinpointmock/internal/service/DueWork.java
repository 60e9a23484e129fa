package dev.pinpointmock.internal.service;

import dev.pinpointmock.internal.state.ServiceState;
import java.lang.System.Logger.Level;

/**
 * Everything that waits for a time on the server's clock: campaign runs, journey starts, waits and ends.
 * The server runs it when a test moves the clock and before it serves each call, so that whatever a call
 * reads reflects the time it was made at.
 */
public final class DueWork {

    private static final System.Logger LOG = System.getLogger("dev.pinpointmock.schedule");

    private DueWork() {
    }

    /** Runs every campaign run and journey step that is due; a failure is logged, never thrown. */
    public static void run(ServiceState state) {
        try {
            CampaignRunner.runDue(state);
            JourneyRunner.runDue(state);
        } catch (RuntimeException unexpected) {
            LOG.log(Level.WARNING, "scheduled work failed error=" + unexpected, unexpected);
        }
    }
}
