package dev.pinpointmock;

import software.amazon.awssdk.services.pinpoint.PinpointClient;

/** One started server and a client of it, for a core test class; closed by the class's @AfterAll. */
final class ServerFixture implements AutoCloseable {

    final PinpointMockServer server = PinpointMockServer.builder().build().start();
    final PinpointClient client = server.newClient();

    String createApp(String name) {
        return client.createApp(r -> r.createApplicationRequest(a -> a.name(name))).applicationResponse().id();
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
