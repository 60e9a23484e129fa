package dev.pinpointmock.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pinpointmock.PinpointMockServer;
import java.nio.file.Path;
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

    @Test
    void everyOptionIsRead() {
        StandaloneOptions options = StandaloneOptions.parse(new String[] {"--host", "0.0.0.0", "--port", "0",
            "--region", "eu-west-1", "--account", "123456789012", "--data-dir", "/var/lib/pinpoint-mock",
            "--access-key-id", "AKID", "--secret-access-key", "shh"}, Map.of());

        assertThat(options).isEqualTo(new StandaloneOptions("0.0.0.0", 0, "eu-west-1", "123456789012",
                Path.of("/var/lib/pinpoint-mock"), "AKID", "shh"));
    }

    @Test
    void theCredentialsMayComeFromTheEnvironmentToStayOutOfTheProcessList() {
        StandaloneOptions options = StandaloneOptions.parse(new String[0],
                Map.of("PINPOINT_MOCK_ACCESS_KEY_ID", "AKID", "PINPOINT_MOCK_SECRET_ACCESS_KEY", "from-env"));

        assertThat(options.accessKeyId()).isEqualTo("AKID");
        assertThat(options.secretAccessKey()).isEqualTo("from-env");
    }

    @Test
    void anAccessKeyWithoutASecretIsRefused() {
        assertThatThrownBy(() -> StandaloneOptions.parse(new String[] {"--access-key-id", "AKID"}, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("both an access key id and a secret");
    }

    @Test
    void theSecretIsNeverPrinted() {
        StandaloneOptions options = StandaloneOptions.parse(
                new String[] {"--access-key-id", "AKID", "--secret-access-key", "do-not-print-me"}, Map.of());

        assertThat(options.toString()).contains("AKID").doesNotContain("do-not-print-me");
    }
}
