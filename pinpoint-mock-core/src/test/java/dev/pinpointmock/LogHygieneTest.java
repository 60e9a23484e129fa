package dev.pinpointmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.pinpoint.PinpointClient;
import software.amazon.awssdk.services.pinpoint.model.PinpointException;

/**
 * What the server writes to its log: never a credential, one-time codes only in the documented INFO line
 * (once, not again when a data directory is replayed), and a warning when it listens beyond loopback.
 */
class LogHygieneTest {

    private static final String SECRET = "s3cr3t/LOG+HYGIENE/never-logged";
    private static final String WRONG_SECRET = "an0ther/WRONG+secret";
    private static final String PHONE = "+15555550100";

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger ours = Logger.getLogger("dev.pinpointmock");
    private Level previousLevel;

    @TempDir
    Path dataDir;

    @BeforeEach
    void capture() {
        previousLevel = ours.getLevel();
        ours.setLevel(Level.ALL);
        ours.addHandler(capture);
    }

    @AfterEach
    void release() {
        ours.removeHandler(capture);
        ours.setLevel(previousLevel);
    }

    @Test
    void credentialsNeverAndCodesOnlyInTheOtpLineReachTheLog() {
        List<String> codes = new java.util.ArrayList<>();
        try (PinpointMockServer server = server().start(); PinpointClient client = server.newClient()) {
            String appId = client.createApp(r -> r.createApplicationRequest(a -> a.name("logs"))).applicationResponse()
                    .id();
            for (int i = 0; i < 3; i++) {
                String reference = "ref-" + i;
                client.sendOTPMessage(r -> r.applicationId(appId).sendOTPMessageRequestParameters(p -> p
                        .brandName("Shop").channel("SMS").destinationIdentity(PHONE)
                        .originationIdentity("+15555550199").referenceId(reference).codeLength(8)));
                codes.add(server.otps().forReference(appId, reference).code());
            }
            try (PinpointClient wrong = PinpointClient.builder().endpointOverride(server.endpoint())
                    .region(Region.US_EAST_1).credentialsProvider(StaticCredentialsProvider.create(
                            AwsBasicCredentials.create("AKIDLOGS", WRONG_SECRET))).build()) {
                assertThatThrownBy(() -> wrong.getApps(r -> { })).isInstanceOf(PinpointException.class);
            }
            new PlainHttp(server.endpoint()).send("GET", "/v1/apps", (String) null);
        }
        try (PinpointMockServer replayed = server().start()) {
            assertThat(replayed.otps().all()).hasSize(3);
        }

        List<String> lines = records.stream().map(LogHygieneTest::text).toList();
        assertThat(lines).noneMatch(line -> line.contains(SECRET) || line.contains(WRONG_SECRET));
        for (String code : codes) {
            assertThat(lines.stream().filter(line -> line.contains(code)).toList())
                    .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                    .matches("OTP for application ID [0-9a-f]{32} reference ID ref-[0-9]: " + code);
        }
    }

    @Test
    void listeningBeyondLoopbackIsAWarning() {
        try (PinpointMockServer server = PinpointMockServer.builder().host("0.0.0.0").build().start()) {
            assertThat(records).anySatisfy(record -> {
                assertThat(record.getLevel()).isEqualTo(Level.WARNING);
                assertThat(text(record)).contains("listens on 0.0.0.0").contains("no credentials are configured");
            });
        }
    }

    @Test
    void listeningOnLoopbackIsNoWarning() {
        try (PinpointMockServer server = PinpointMockServer.builder().build().start()) {
            assertThat(server.endpoint().getHost()).isEqualTo("127.0.0.1");
            assertThat(records).noneMatch(record -> text(record).contains("listens on"));
        }
    }

    private PinpointMockServer server() {
        return PinpointMockServer.builder().credentials("AKIDLOGS", SECRET).dataDirectory(dataDir).build();
    }

    private static String text(LogRecord record) {
        StringWriter text = new StringWriter();
        text.append(new SimpleFormatter().formatMessage(record));
        if (record.getThrown() != null) {
            record.getThrown().printStackTrace(new PrintWriter(text));
        }
        return text.toString();
    }
}
