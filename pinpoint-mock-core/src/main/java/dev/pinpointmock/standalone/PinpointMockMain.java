package dev.pinpointmock.standalone;

import dev.pinpointmock.PinpointMockServer;
import java.lang.System.Logger.Level;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a server until Ctrl-C, for the AWS CLI, boto3 or any SDK:
 * {@code java -jar pinpoint-mock-core-VERSION-standalone.jar [--port 4566] [--host 127.0.0.1] [--data-dir DIR]}.
 * {@link StandaloneOptions#USAGE} lists every option. A data directory that cannot be used, or a port that is
 * taken, ends the process with status 1 and a message on standard error.
 */
public final class PinpointMockMain {

    static final int DEFAULT_PORT = 4566;

    private static final System.Logger LOG = System.getLogger("dev.pinpointmock.standalone");

    /** One line per log record, as a terminal wants it, unless the user chose a format. */
    private static final String LOG_FORMAT = "java.util.logging.SimpleFormatter.format";

    private PinpointMockMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (System.getProperty(LOG_FORMAT) == null) {
            System.setProperty(LOG_FORMAT, "%1$tFT%1$tT.%1$tL %4$s %5$s%6$s%n");
        }
        StandaloneOptions options;
        PinpointMockServer server;
        try {
            options = StandaloneOptions.parse(args);
            server = options.toBuilder().build();
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(StandaloneOptions.USAGE);
            System.exit(StandaloneOptions.isHelp(args) ? 0 : 2);
            return;
        }
        try {
            server.start();
        } catch (IllegalStateException e) {
            System.err.println("pinpoint-mock: " + e.getMessage());
            System.exit(1);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            // Not through java.util.logging: its own shutdown hook may have closed the handlers already.
            System.err.println("pinpoint-mock stopped");
            stopped.countDown();
        }, "pinpoint-mock-shutdown"));
        LOG.log(Level.INFO, "pinpoint-mock ready at {0} (region {1}, account {2}, {3}{4}); Ctrl-C stops it",
                server.endpoint(), server.region(), server.account(),
                options.dataDirectory() == null ? "state in memory" : "state kept in " + options.dataDirectory(),
                options.accessKeyId() == null ? "" : ", signatures checked");
        stopped.await();
    }
}
