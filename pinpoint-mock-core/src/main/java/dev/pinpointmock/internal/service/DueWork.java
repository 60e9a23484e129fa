package dev.pinpointmock.internal.service;

import dev.pinpointmock.internal.state.ServiceState;
import java.lang.System.Logger.Level;

/**
 * Everything that waits for a time on the server's clock: campaign runs and ends. The server runs it when
 * a test moves the clock and before it serves each call, so that whatever a call reads reflects the time
 * it was made at.
 */
public final class DueWork {

    private static final System.Logger LOG = System.getLogger("dev.pinpointmock.schedule");

    private DueWork() {
    }

    /** Runs every campaign run that is due; a failure of one is logged and leaves the others to run. */
    public static void run(ServiceState state) {
        try {
            CampaignRunner.runDue(state);
        } catch (RuntimeException unexpected) {
            LOG.log(Level.WARNING, "scheduled work failed error=" + unexpected, unexpected);
        }
    }
}
