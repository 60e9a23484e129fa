package dev.pinpointmock.benchmarks;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.pinpoint.PinpointClient;

/**
 * The one client configuration of every measurement: the synchronous {@link PinpointClient} with the Apache
 * HTTP client, region us-east-1 and static test credentials, as {@code PinpointMockServer.newClient()} and
 * the extension make it. Only the endpoint changes between targets.
 */
final class Clients {

    private Clients() {
    }

    static PinpointClient of(URI endpoint) {
        return PinpointClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClientBuilder(ApacheHttpClient.builder())
                .build();
    }

    /** Keeps the server's per-call INFO lines (one per generated OTP) out of the benchmark output. */
    static void quietServerLogs() {
        QUIET.setLevel(java.util.logging.Level.WARNING);
    }

    private static final java.util.logging.Logger QUIET = java.util.logging.Logger.getLogger("dev.pinpointmock");
}
