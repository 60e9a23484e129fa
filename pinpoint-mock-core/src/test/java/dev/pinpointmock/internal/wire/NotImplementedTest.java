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

/**
 * Every operation has a handler today, so the answer to one without a handler is shown on a router with
 * an empty registry: the operation's name in a 501, in Pinpoint's error shape, never a made-up 200.
 */
class NotImplementedTest {

    @Test
    void anOperationWithoutAHandlerSaysSoByName() throws Exception {
        ServiceState state = new ServiceState(MockClock.system(), Ids.seeded(1), 1, 10);
        Undertow server = Undertow.builder().addHttpListener(0, "127.0.0.1")
                .setHandler(PinpointHttpHandler.create(state, new OperationRegistry(), "us-east-1", "000000000000"))
                .build();
        server.start();
        try {
            int port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/apps/abc/campaigns")).GET()
                            .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(501);
            assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("NotImplementedException");
            assertThat(response.body()).contains("GetCampaigns").contains("\"RequestID\"");
        } finally {
            server.stop();
        }
    }
}
