package dev.pinpointmock;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.services.pinpoint.PinpointClient;

/**
 * Kills the standalone server ({@code destroyForcibly}, as {@code kill -9}) while several clients write to
 * it, starts it again on the same data directory, and finds every write that was acknowledged.
 */
class KillDuringWritesTest {

    private static final int WRITERS = 4;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 60;
    private static final String PHONE = "+15555550100";

    @TempDir
    Path work;

    @Test
    void everyAcknowledgedWriteSurvivesAKillInTheMiddleOfABurst() throws Exception {
        Path dataDir = work.resolve("data");
        Path errors = work.resolve("stderr.log");
        Map<String, String> appNames = new ConcurrentHashMap<>();
        Map<String, String> tagValues = new ConcurrentHashMap<>();
        Map<String, String> otpCodes = new ConcurrentHashMap<>();
        CountDownLatch acknowledged = new CountDownLatch(ACKNOWLEDGED_BEFORE_KILL);
        List<Throwable> interrupted = new ArrayList<>();

        StandaloneProcess first = StandaloneProcess.start(errors, "--data-dir", dataDir.toString());
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<Throwable>> writers = new ArrayList<>();
        try (PinpointClient client = client(first.endpoint())) {
            PlainHttp http = new PlainHttp(first.endpoint());
            for (int writer = 0; writer < WRITERS; writer++) {
                int w = writer;
                writers.add(pool.submit(() -> {
                    try {
                        for (int i = 0; ; i++) {
                            String name = "w" + w + "-" + i;
                            var app = client.createApp(r -> r.createApplicationRequest(a -> a.name(name)))
                                    .applicationResponse();
                            appNames.put(app.id(), name);
                            acknowledged.countDown();
                            client.tagResource(r -> r.resourceArn(app.arn()).tagsModel(t -> t.tags(Map.of("n", name))));
                            tagValues.put(app.id(), name);
                            acknowledged.countDown();
                            client.sendOTPMessage(r -> r.applicationId(app.id()).sendOTPMessageRequestParameters(p -> p
                                    .brandName("Shop").channel("SMS").destinationIdentity(PHONE)
                                    .originationIdentity("+15555550199").referenceId("ref")));
                            otpCodes.put(app.id(), "");
                            acknowledged.countDown();
                            otpCodes.put(app.id(), http.send("GET", "/_aws/pinpoint/" + app.id() + "/ref",
                                    (String) null).json().get("Code").getAsString());
                        }
                    } catch (RuntimeException killed) {
                        return killed;
                    }
                }));
            }
            assertThat(acknowledged.await(120, TimeUnit.SECONDS)).isTrue();
            first.kill();
            for (Future<Throwable> writer : writers) {
                interrupted.add(writer.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
            first.kill();
        }

        assertThat(interrupted).as("every writer was still writing when the server died").doesNotContainNull();
        assertThat(appNames).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL / 3);
        try (StandaloneProcess second = StandaloneProcess.start(errors, "--data-dir", dataDir.toString());
             PinpointClient client = client(second.endpoint())) {
            PlainHttp http = new PlainHttp(second.endpoint());
            appNames.forEach((id, name) ->
                    assertThat(client.getApp(r -> r.applicationId(id)).applicationResponse().name()).isEqualTo(name));
            tagValues.forEach((id, value) ->
                    assertThat(client.getApp(r -> r.applicationId(id)).applicationResponse().tags())
                            .containsEntry("n", value));
            otpCodes.forEach((id, code) -> {
                PlainHttp.Answer stored = http.send("GET", "/_aws/pinpoint/" + id + "/ref", (String) null);
                assertThat(stored.status()).as("OTP of %s", id).isEqualTo(200);
                if (!code.isEmpty()) {
                    assertThat(stored.json().get("Code").getAsString()).isEqualTo(code);
                }
            });
        }
        assertThat(Files.readString(errors)).doesNotContain("could not replay");
    }

    private static PinpointClient client(URI endpoint) {
        return PinpointClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClientBuilder(ApacheHttpClient.builder())
                .overrideConfiguration(c -> c.retryStrategy(DefaultRetryStrategy.doNotRetry())
                        .apiCallTimeout(Duration.ofSeconds(20)))
                .build();
    }
}
