package dev.pinpointmock.junit5.internal;

import dev.pinpointmock.PinpointMockServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.pinpoint.PinpointAsyncClient;
import software.amazon.awssdk.services.pinpoint.PinpointClient;

/**
 * One test class's server and its clients, each client made on first use, all closed together. Also
 * closed by JUnit versions that close {@link AutoCloseable} store values; closing twice does nothing.
 */
public final class ClassServer implements AutoCloseable {

    private final String ownerId;
    private final MockSettings settings;
    private final PinpointMockServer server;
    private PinpointClient client;
    private PinpointAsyncClient asyncClient;

    private ClassServer(String ownerId, MockSettings settings, PinpointMockServer server) {
        this.ownerId = ownerId;
        this.settings = settings;
        this.server = server;
    }

    public static ClassServer start(String ownerId, MockSettings settings) {
        PinpointMockServer.Builder builder = PinpointMockServer.builder()
                .region(settings.region())
                .account(settings.account())
                .port(settings.port());
        if (settings.seed() != null) {
            builder.seed(settings.seed());
        }
        return new ClassServer(ownerId, settings, builder.build().start());
    }

    public String ownerId() {
        return ownerId;
    }

    public MockSettings settings() {
        return settings;
    }

    public PinpointMockServer server() {
        return server;
    }

    public synchronized PinpointClient client() {
        if (client == null) {
            var builder = server.clientBuilder();
            if (settings.accessKey() != null) {
                builder.credentialsProvider(credentials());
            }
            client = builder.build();
        }
        return client;
    }

    public synchronized PinpointAsyncClient asyncClient() {
        if (asyncClient == null) {
            var builder = server.asyncClientBuilder();
            if (settings.accessKey() != null) {
                builder.credentialsProvider(credentials());
            }
            asyncClient = builder.build();
        }
        return asyncClient;
    }

    private StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
    }

    @Override
    public synchronized void close() {
        if (client != null) {
            client.close();
            client = null;
        }
        if (asyncClient != null) {
            asyncClient.close();
            asyncClient = null;
        }
        server.close();
    }
}
