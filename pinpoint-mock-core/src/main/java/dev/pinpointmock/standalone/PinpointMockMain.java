package dev.pinpointmock.standalone;

import dev.pinpointmock.PinpointMockServer;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a server until Ctrl-C, for the AWS CLI, boto3 or any SDK:
 * {@code java -jar pinpoint-mock-core-VERSION-standalone.jar [--port 4566] [--host 127.0.0.1]}.
 */
public final class PinpointMockMain {

    static final int DEFAULT_PORT = 4566;

    private PinpointMockMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        PinpointMockServer server;
        try {
            server = StandaloneOptions.parse(args).toBuilder().build();
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(StandaloneOptions.USAGE);
            System.exit(2);
            return;
        }
        server.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            System.out.println("pinpoint-mock stopped");
            stopped.countDown();
        }, "pinpoint-mock-shutdown"));
        System.out.println("pinpoint-mock ready at " + server.endpoint() + " (region " + server.region()
                + ", account " + server.account() + "); Ctrl-C stops it");
        stopped.await();
    }
}
