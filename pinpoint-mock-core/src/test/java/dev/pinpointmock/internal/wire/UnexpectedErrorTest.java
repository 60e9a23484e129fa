package dev.pinpointmock.internal.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pinpointmock.MockClock;
import dev.pinpointmock.internal.service.OperationRegistry;
import dev.pinpointmock.internal.state.Ids;
import dev.pinpointmock.internal.state.ServiceState;
import io.undertow.Undertow;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.pinpoint.model.GetAppsRequest;

/**
 * A handler that fails with an Error rather than an exception (no handler does on purpose; a router with one
 * such handler stands in for a bug) still answers Pinpoint's 500: its error type and a JSON message.
 */
class UnexpectedErrorTest {

    @Test
    void anErrorInAHandlerIsAnInternalServerErrorInPinpointsShape() throws Exception {
        ServiceState state = new ServiceState(MockClock.system(), Ids.seeded(1), 1, 10);
        OperationRegistry operations = new OperationRegistry().on("GetApps", GetAppsRequest.class, (c, r) -> {
            throw new StackOverflowError();
        });
        Undertow server = Undertow.builder().addHttpListener(0, "127.0.0.1")
                .setHandler(PinpointHttpHandler.create(state, operations, "us-east-1", "000000000000"))
                .build();
        server.start();
        try {
            int port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/apps")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("InternalServerErrorException");
            assertThat(response.body()).contains("\"Message\":\"Internal server error\"").contains("\"RequestID\"");
        } finally {
            server.stop();
        }
    }
}
