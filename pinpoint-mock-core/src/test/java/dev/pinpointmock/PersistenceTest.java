package dev.pinpointmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pinpointmock.internal.persist.WriteAheadLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.pinpoint.PinpointClient;

/** A server with a data directory keeps every acknowledged write across restarts. */
class PersistenceTest {

    private static final String PHONE = "+15555550100";

    @TempDir
    Path dataDir;

    @Test
    void everyKindOfWriteSurvivesARestartExactly() {
        String before;
        try (PinpointMockServer server = persistent().start(); PinpointClient client = server.newClient()) {
            String kept = createApp(client, "kept", Map.of("team", "growth"));
            String gone = createApp(client, "gone", Map.of());
            String arn = client.getApp(r -> r.applicationId(kept)).applicationResponse().arn();
            client.tagResource(r -> r.resourceArn(arn).tagsModel(t -> t.tags(Map.of("a", "1", "b", "2"))));
            client.untagResource(r -> r.resourceArn(arn).tagKeys("b"));
            client.deleteApp(r -> r.applicationId(gone));
            sendOtp(client, kept, "signup");
            sendOtp(client, kept, "login");
            String code = server.otps().forReference(kept, "login").code();
            verify(client, kept, "login", code.equals("000000") ? "111111" : "000000");
            verify(client, kept, "signup", server.otps().forReference(kept, "signup").code());
            before = describe(server, client);
        }

        try (PinpointMockServer server = persistent().start(); PinpointClient client = server.newClient()) {
            assertThat(describe(server, client)).isEqualTo(before);
            String kept = server.otps().latest().applicationId();
            String login = server.otps().forReference(kept, "login").code();
            assertThat(verify(client, kept, "signup", server.otps().forReference(kept, "signup").code())).isFalse();
            assertThat(verify(client, kept, "login", login)).isTrue();
        }
    }

    @Test
    void endpointsTemplatesAndEventsOfTheOtherFamiliesSurviveARestartToo() {
        String appId;
        String before;
        try (PinpointMockServer server = persistent().start(); PinpointClient client = server.newClient()) {
            appId = createApp(client, "audience", Map.of());
            PlainHttp http = new PlainHttp(server.endpoint());
            String endpoints = "/v1/apps/" + appId + "/endpoints/";
            accepted(http.send("PUT", endpoints + "e1", "{\"ChannelType\":\"SMS\",\"Address\":\"+15555550100\","
                    + "\"Attributes\":{\"plan\":[\"gold\"]},\"User\":{\"UserId\":\"u1\"}}"));
            accepted(http.send("PUT", endpoints + "e1", "{\"Metrics\":{\"visits\":3}}"));
            accepted(http.send("POST", "/v1/apps/" + appId + "/events", "{\"BatchItem\":{\"e1\":{\"Endpoint\":{},"
                    + "\"Events\":{\"ev1\":{\"EventType\":\"signup\",\"Timestamp\":\"2026-01-01T00:00:00Z\"}}}}}"));
            accepted(http.send("POST", "/v1/templates/welcome/sms", "{\"Body\":\"Hello {{User.UserId}}\"}"));
            accepted(http.send("PUT", "/v1/templates/welcome/sms?create-new-version=true",
                    "{\"Body\":\"Hi again\"}"));
            before = describeOthers(http, appId);
        }

        try (PinpointMockServer server = persistent().start()) {
            assertThat(describeOthers(new PlainHttp(server.endpoint()), appId)).isEqualTo(before);
        }
    }

    private static void accepted(PlainHttp.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isBetween(200, 299);
    }

    private static String describeOthers(PlainHttp http, String appId) {
        return String.join("\n",
                http.send("GET", "/v1/apps/" + appId + "/endpoints/e1", (String) null).body(),
                http.send("GET", "/v1/apps/" + appId + "/users/u1", (String) null).body(),
                http.send("GET", "/v1/templates/welcome/sms", (String) null).body(),
                http.send("GET", "/v1/templates/welcome/SMS/versions", (String) null).body())
                .replaceAll("\"RequestID\":\"[^\"]*\"", "");
    }

    @Test
    void concurrentWritesReplayToTheSameState() throws Exception {
        String before;
        try (PinpointMockServer server = persistent().start(); PinpointClient client = server.newClient()) {
            String shared = createApp(client, "shared", Map.of());
            String arn = client.getApp(r -> r.applicationId(shared)).applicationResponse().arn();
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                List<Future<?>> writers = new java.util.ArrayList<>();
                for (int thread = 0; thread < 6; thread++) {
                    int t = thread;
                    writers.add(pool.submit(() -> {
                        for (int i = 0; i < 8; i++) {
                            String id = createApp(client, "w" + t + "-" + i, Map.of("n", "" + i));
                            String key = "k" + t;
                            String value = "" + i;
                            client.tagResource(r -> r.resourceArn(arn).tagsModel(m -> m.tags(Map.of(key, value))));
                            sendOtp(client, id, "r" + i);
                            if (i % 3 == 0) {
                                client.deleteApp(r -> r.applicationId(id));
                            }
                        }
                    }));
                }
                for (Future<?> writer : writers) {
                    writer.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            before = describe(server, client);
        }

        try (PinpointMockServer server = persistent().start(); PinpointClient client = server.newClient()) {
            assertThat(describe(server, client)).isEqualTo(before);
        }
    }

    @Test
    void aRejectedCallIsNotLogged() throws IOException {
        try (PinpointMockServer server = persistent().start(); PinpointClient client = server.newClient()) {
            createApp(client, "one", Map.of());
            long size = Files.size(logFile());

            new PlainHttp(server.endpoint()).send("POST", "/v1/apps", "{\"tags\":{}}").assertError(400,
                    "BadRequestException");
            new PlainHttp(server.endpoint()).send("DELETE", "/v1/apps/" + "0".repeat(32), (String) null)
                    .assertError(404, "NotFoundException");

            assertThat(Files.size(logFile())).isEqualTo(size);
        }
    }

    @Test
    void resetForgetsTheDirectoryToo() {
        try (PinpointMockServer server = persistent().start(); PinpointClient client = server.newClient()) {
            createApp(client, "forgotten", Map.of());
            server.reset();
            createApp(client, "remembered", Map.of());
        }

        try (PinpointMockServer server = persistent().start(); PinpointClient client = server.newClient()) {
            assertThat(client.getApps(r -> { }).applicationsResponse().item())
                    .extracting(app -> app.name()).containsExactly("remembered");
        }
    }

    @Test
    void anUnfinishedLastLineIsCutOffAndTheRestKept() throws IOException {
        try (PinpointMockServer server = persistent().start(); PinpointClient client = server.newClient()) {
            createApp(client, "whole", Map.of());
        }
        Files.writeString(logFile(), "{\"operation\":\"CreateApp\",\"acc", StandardOpenOption.APPEND);

        try (PinpointMockServer server = persistent().start(); PinpointClient client = server.newClient()) {
            assertThat(client.getApps(r -> { }).applicationsResponse().item())
                    .extracting(app -> app.name()).containsExactly("whole");
            createApp(client, "after", Map.of());
        }
        try (PinpointMockServer server = persistent().start(); PinpointClient client = server.newClient()) {
            assertThat(client.getApps(r -> { }).applicationsResponse().item()).hasSize(2);
        }
    }

    @Test
    void aFileOfANewerFormatIsReportedAndLeftUntouched() throws IOException {
        Files.writeString(logFile(), "{\"format\":\"pinpoint-mock write-ahead log\",\"version\":2}\n{\"future\":1}\n");
        byte[] content = Files.readAllBytes(logFile());

        assertThatThrownBy(() -> persistent().start())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(logFile().toString())
                .hasMessageContaining("a newer pinpoint-mock wrote it (format version 2")
                .hasMessageContaining("left untouched");
        assertThat(Files.readAllBytes(logFile())).isEqualTo(content);
    }

    @Test
    void aFileThatIsNotALogIsReportedAndLeftUntouched() throws IOException {
        Files.writeString(logFile(), "name,phone\nann,+15555550100\n");

        assertThatThrownBy(() -> persistent().start())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not a pinpoint-mock write-ahead log");
        assertThat(Files.readString(logFile())).isEqualTo("name,phone\nann,+15555550100\n");
    }

    @Test
    void aDamagedLineBeforeTheEndIsReportedAndLeftUntouched() throws IOException {
        try (PinpointMockServer server = persistent().start(); PinpointClient client = server.newClient()) {
            createApp(client, "first", Map.of());
        }
        String damaged = Files.readString(logFile()) + "{\"operation\":\n";
        Files.writeString(logFile(), damaged);

        assertThatThrownBy(() -> persistent().start())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 3 is damaged");
        assertThat(Files.readString(logFile())).isEqualTo(damaged);
    }

    @Test
    void aDirectoryThatIsAFileIsReported() throws IOException {
        Path file = Files.writeString(dataDir.resolve("plain-file"), "x");

        assertThatThrownBy(() -> PinpointMockServer.builder().dataDirectory(file).build().start())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot be read or written");
    }

    @Test
    void twoServersNeverShareADirectory() {
        try (PinpointMockServer first = persistent().start()) {
            assertThatThrownBy(() -> persistent().start())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("another process");
            assertThat(first.endpoint()).isNotNull();
        }
    }

    private PinpointMockServer persistent() {
        return PinpointMockServer.builder().dataDirectory(dataDir).build();
    }

    private Path logFile() {
        return dataDir.resolve(WriteAheadLog.FILE_NAME);
    }

    private static String createApp(PinpointClient client, String name, Map<String, String> tags) {
        return client.createApp(r -> r.createApplicationRequest(a -> a.name(name).tags(tags)))
                .applicationResponse().id();
    }

    private static void sendOtp(PinpointClient client, String appId, String reference) {
        client.sendOTPMessage(r -> r.applicationId(appId).sendOTPMessageRequestParameters(p -> p.brandName("Shop")
                .channel("SMS").destinationIdentity(PHONE).originationIdentity("+15555550199").referenceId(reference)));
    }

    private static boolean verify(PinpointClient client, String appId, String reference, String code) {
        return client.verifyOTPMessage(r -> r.applicationId(appId).verifyOTPMessageRequestParameters(v -> v
                .referenceId(reference).destinationIdentity(PHONE).otp(code))).verificationResponse().valid();
    }

    /** Everything a client can see of the state, ids and dates included, and every generated code. */
    private static String describe(PinpointMockServer server, PinpointClient client) {
        PlainHttp http = new PlainHttp(server.endpoint());
        StringBuilder state = new StringBuilder(http.send("GET", "/v1/apps?page-size=1000", (String) null).body());
        for (GeneratedOtp otp : server.otps().all()) {
            PlainHttp.Answer record = http.send("GET", "/_aws/pinpoint/" + otp.applicationId() + "/"
                    + otp.referenceId(), (String) null);
            state.append('\n').append(record.status() == 200 ? record.body() : record.status());
        }
        return state.append('\n').append(server.otps().all()).toString().replace(server.endpoint().toString(), "");
    }
}
