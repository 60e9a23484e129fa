package dev.pinpointmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.pinpoint.PinpointClient;
import software.amazon.awssdk.services.pinpoint.model.AddressConfiguration;
import software.amazon.awssdk.services.pinpoint.model.BadRequestException;
import software.amazon.awssdk.services.pinpoint.model.ChannelType;

/**
 * A template whose blocks are nested thousands deep exhausts the template engine's stack when rendered;
 * the send is refused with a 400 naming the template, by a server in memory and by one with a data
 * directory (whose calls run on threads of their own), and the server serves on.
 */
class DeepTemplateTest {

    private static final int DEPTH = 30_000;

    @Test
    void anInMemoryServerRefusesTheSend() {
        try (PinpointMockServer server = PinpointMockServer.builder().build().start()) {
            sendsAreRefusedAndTheServerServesOn(server);
        }
    }

    @Test
    void aServerWithADataDirectoryRefusesTheSend(@TempDir Path directory) {
        try (PinpointMockServer server = PinpointMockServer.builder().dataDirectory(directory).build().start()) {
            sendsAreRefusedAndTheServerServesOn(server);
        }
    }

    private static void sendsAreRefusedAndTheServerServesOn(PinpointMockServer server) {
        try (PinpointClient client = server.clientBuilder()
                .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(20))).build()) {
            String app = client.createApp(r -> r.createApplicationRequest(a -> a.name("deep")))
                    .applicationResponse().id();
            client.updateEmailChannel(r -> r.applicationId(app).emailChannelRequest(c -> c
                    .fromAddress("news@shop.example")
                    .identity("arn:aws:ses:us-east-1:000000000000:identity/shop.example").enabled(true)));
            String html = "{{#if a}}".repeat(DEPTH) + "x" + "{{/if}}".repeat(DEPTH);
            client.createEmailTemplate(r -> r.templateName("deep")
                    .emailTemplateRequest(t -> t.subject("s").htmlPart(html)));

            assertThatThrownBy(() -> client.sendMessages(r -> r.applicationId(app).messageRequest(m -> m
                    .addresses(Map.of("ada@shop.example",
                            AddressConfiguration.builder().channelType(ChannelType.EMAIL).build()))
                    .messageConfiguration(c -> c.emailMessage(e -> e.fromAddress("news@shop.example")))
                    .templateConfiguration(t -> t.emailTemplate(e -> e.name("deep"))))))
                    .isInstanceOf(BadRequestException.class)
                    .hasMessageContaining("template deep")
                    .hasMessageContaining("nested too deeply")
                    .satisfies(e -> assertThat(((BadRequestException) e).statusCode()).isEqualTo(400));

            assertThat(client.getApp(r -> r.applicationId(app)).applicationResponse().name()).isEqualTo("deep");
        }
    }
}
