package dev.pinpointmock.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pinpointmock.PinpointMockServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StandaloneOptionsTest {

    @Test
    void defaultsToPort4566OnTheLoopbackInterface() {
        StandaloneOptions options = StandaloneOptions.parse(new String[0], Map.of());

        assertThat(options).isEqualTo(new StandaloneOptions("127.0.0.1", 4566, "us-east-1", "000000000000", null,
                null, null));
    }

    @Test
    void readsEveryOption() {
        StandaloneOptions options = StandaloneOptions.parse(new String[] {
            "--port", "0", "--host", "127.0.0.2", "--region", "eu-west-1", "--account", "123456789012"}, Map.of());

        assertThat(options).isEqualTo(new StandaloneOptions("127.0.0.2", 0, "eu-west-1", "123456789012", null,
                null, null));
        try (PinpointMockServer server = options.toBuilder().build().start()) {
            assertThat(server.endpoint().getHost()).isEqualTo("127.0.0.2");
            assertThat(server.region()).isEqualTo("eu-west-1");
        }
    }

    @Test
    void refusesWhatItCannotRead() {
        assertThatThrownBy(() -> StandaloneOptions.parse(new String[] {"--port"}))
                .hasMessageContaining("--port needs a value");
        assertThatThrownBy(() -> StandaloneOptions.parse(new String[] {"--port", "x"}))
                .hasMessageContaining("--port takes a number");
        assertThatThrownBy(() -> StandaloneOptions.parse(new String[] {"--colour", "red"}))
                .hasMessageContaining("Unknown option --colour");
    }
}
