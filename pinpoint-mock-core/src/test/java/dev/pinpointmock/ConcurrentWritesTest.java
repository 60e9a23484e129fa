package dev.pinpointmock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.pinpoint.PinpointClient;
import software.amazon.awssdk.services.pinpoint.model.ApplicationResponse;

/** Many threads of mixed writes against one server: every count adds up, every merge is atomic. */
class ConcurrentWritesTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 12;
    private static final int KEYS_PER_THREAD = 6;
    private static final String PHONE = "+15555550100";

    private static final ServerFixture FIXTURE = new ServerFixture();
    private static final PlainHttp HTTP = new PlainHttp(FIXTURE.server.endpoint());

    @AfterAll
    static void close() {
        FIXTURE.close();
    }

    @Test
    void mixedWritesFromManyThreadsLoseNothing() throws Exception {
        PinpointClient client = FIXTURE.client;
        ApplicationResponse shared = client.createApp(r -> r.createApplicationRequest(a -> a.name("shared")))
                .applicationResponse();
        Map<String, String> survivors = new ConcurrentHashMap<>();
        Set<String> deleted = ConcurrentHashMap.newKeySet();

        inParallel(thread -> {
            List<ApplicationResponse> mine = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                String name = "app-" + thread + "-" + round;
                ApplicationResponse app = client.createApp(r -> r.createApplicationRequest(a -> a.name(name)
                        .tags(Map.of("owner", name)))).applicationResponse();
                mine.add(app);
                String key = "t" + thread + "-" + round % KEYS_PER_THREAD;
                String value = Integer.toString(round);
                client.tagResource(r -> r.resourceArn(shared.arn()).tagsModel(t -> t.tags(Map.of(key, value))));
                client.tagResource(r -> r.resourceArn(app.arn()).tagsModel(t -> t.tags(Map.of("temp", "x"))));
                client.untagResource(r -> r.resourceArn(app.arn()).tagKeys("temp"));
                String reference = "r-" + thread + "-" + round;
                client.sendOTPMessage(r -> r.applicationId(shared.id()).sendOTPMessageRequestParameters(p -> p
                        .brandName("Shop").channel("SMS").destinationIdentity(PHONE)
                        .originationIdentity("+15555550199").referenceId(reference)));
                if (round % 4 == 3) {
                    ApplicationResponse gone = mine.remove(0);
                    client.deleteApp(r -> r.applicationId(gone.id()));
                    deleted.add(gone.id());
                }
            }
            mine.forEach(app -> survivors.put(app.id(), app.name()));
            return null;
        });

        Map<String, ApplicationResponse> apps = client.getApps(r -> r.pageSize("1000")).applicationsResponse()
                .item().stream().collect(Collectors.toMap(ApplicationResponse::id, app -> app));
        assertThat(deleted).hasSize(THREADS * ROUNDS / 4);
        assertThat(apps.values().stream().filter(app -> app.name().startsWith("app-")).count())
                .isEqualTo(THREADS * ROUNDS - deleted.size());
        assertThat(apps.keySet()).containsAll(survivors.keySet()).doesNotContainAnyElementsOf(deleted);
        survivors.forEach((id, name) -> assertThat(apps.get(id).tags()).containsExactly(Map.entry("owner", name)));
        assertThat(apps.get(shared.id()).tags()).isEqualTo(expectedSharedTags());
        for (int thread = 0; thread < THREADS; thread++) {
            for (int round = 0; round < ROUNDS; round++) {
                assertThat(HTTP.send("GET", "/_aws/pinpoint/" + shared.id() + "/r-" + thread + "-" + round,
                        (String) null).status()).isEqualTo(200);
            }
        }
        assertThat(FIXTURE.server.otps().all()).filteredOn(otp -> otp.applicationId().equals(shared.id()))
                .hasSize(THREADS * ROUNDS);
    }

    @Test
    void concurrentWrongCodesUseNoMoreThanTheAllowedAttempts() throws Exception {
        String appId = FIXTURE.createApp("attempts");
        FIXTURE.client.sendOTPMessage(r -> r.applicationId(appId).sendOTPMessageRequestParameters(p -> p
                .brandName("Shop").channel("SMS").destinationIdentity(PHONE).originationIdentity("+15555550199")
                .referenceId("guess").allowedAttempts(5).codeLength(8)));
        String code = FIXTURE.server.otps().forReference(appId, "guess").code();
        String wrong = code.equals("00000000") ? "11111111" : "00000000";

        inParallel(thread -> {
            for (int i = 0; i < 4; i++) {
                assertThat(verify(appId, "guess", wrong)).isFalse();
            }
            return null;
        });

        assertThat(HTTP.send("GET", "/_aws/pinpoint/" + appId + "/guess", (String) null).json()
                .get("Attempts").getAsInt()).isEqualTo(5);
        assertThat(verify(appId, "guess", code)).isFalse();
    }

    @Test
    void theRightCodeSentByManyThreadsAtOnceVerifiesExactlyOnce() throws Exception {
        String appId = FIXTURE.createApp("race");
        FIXTURE.client.sendOTPMessage(r -> r.applicationId(appId).sendOTPMessageRequestParameters(p -> p
                .brandName("Shop").channel("SMS").destinationIdentity(PHONE).originationIdentity("+15555550199")
                .referenceId("race")));
        String code = FIXTURE.server.otps().forReference(appId, "race").code();

        List<Boolean> answers = inParallel(thread -> verify(appId, "race", code));

        assertThat(answers).containsOnlyOnce(true).hasSize(THREADS);
    }

    private static boolean verify(String appId, String reference, String code) {
        return FIXTURE.client.verifyOTPMessage(r -> r.applicationId(appId).verifyOTPMessageRequestParameters(v -> v
                .referenceId(reference).destinationIdentity(PHONE).otp(code))).verificationResponse().valid();
    }

    private static Map<String, String> expectedSharedTags() {
        Map<String, String> tags = new HashMap<>();
        for (int thread = 0; thread < THREADS; thread++) {
            for (int round = 0; round < ROUNDS; round++) {
                tags.put("t" + thread + "-" + round % KEYS_PER_THREAD, Integer.toString(round));
            }
        }
        return tags;
    }

    /** Runs the work on {@value #THREADS} threads released together, and returns their results. */
    private static <T> List<T> inParallel(ThreadWork<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                int index = thread;
                Callable<T> task = () -> {
                    start.await();
                    return work.run(index);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    interface ThreadWork<T> {
        T run(int thread) throws Exception;
    }
}
