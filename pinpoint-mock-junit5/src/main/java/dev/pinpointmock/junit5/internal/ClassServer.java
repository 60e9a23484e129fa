package dev.pinpointmock.junit5.internal;

import dev.pinpointmock.PinpointMockServer;
import dev.pinpointmock.junit5.PinpointMock;
import software.amazon.awssdk.services.pinpoint.PinpointClient;

/**
 * One test class's server and its client, made on first use and closed together. Also closed by JUnit
 * versions that close {@link AutoCloseable} store values, so a class whose {@code afterAll} never ran
 * leaks nothing; closing twice does nothing.
 */
final class ClassServer implements AutoCloseable {

    private final String ownerId;
    private final PinpointMockServer server;
    private PinpointClient client;

    private ClassServer(String ownerId, PinpointMockServer server) {
        this.ownerId = ownerId;
        this.server = server;
    }

    static ClassServer start(String ownerId, PinpointMock settings) {
        PinpointMockServer server = PinpointMockServer.builder()
                .region(settings.region())
                .account(settings.account())
                .build()
                .start();
        return new ClassServer(ownerId, server);
    }

    String ownerId() {
        return ownerId;
    }

    PinpointMockServer server() {
        return server;
    }

    synchronized PinpointClient client() {
        if (client == null) {
            client = server.newClient();
        }
        return client;
    }

    @Override
    public synchronized void close() {
        if (client != null) {
            client.close();
            client = null;
        }
        server.close();
    }
}
