package dev.pinpointmock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pinpointmock.internal.persist.LoggedCall;
import dev.pinpointmock.internal.persist.WriteAheadLog;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.pinpoint.PinpointClient;

/**
 * Measures what durability costs a write; skipped in the normal run. Run it with
 * {@code mvn -B -q -pl pinpoint-mock-core test -Dtest=DurabilityCostTest -Dpinpoint.measureDurability=true}.
 * Calls to an in-memory and a persistent server alternate in rounds, so that the load of a shared machine
 * weighs on both alike; medians are reported.
 */
@EnabledIfSystemProperty(named = "pinpoint.measureDurability", matches = "true")
class DurabilityCostTest {

    private static final int ROUNDS = 10;
    private static final int CALLS_PER_ROUND = 100;
    private static final int APPENDS = 1000;

    @TempDir
    Path work;

    @Test
    void measureTheCostOfAWriteWithAndWithoutADataDirectory() {
        long[] inMemory = new long[ROUNDS * CALLS_PER_ROUND];
        long[] durable = new long[ROUNDS * CALLS_PER_ROUND];
        try (PinpointMockServer memoryServer = PinpointMockServer.builder().build().start();
             PinpointMockServer durableServer = PinpointMockServer.builder().dataDirectory(work.resolve("server"))
                     .build().start();
             PinpointClient memoryClient = memoryServer.newClient();
             PinpointClient durableClient = durableServer.newClient()) {
            createApps(memoryClient, new long[CALLS_PER_ROUND], 0);
            createApps(durableClient, new long[CALLS_PER_ROUND], 0);
            for (int round = 0; round < ROUNDS; round++) {
                createApps(memoryClient, inMemory, round * CALLS_PER_ROUND);
                createApps(durableClient, durable, round * CALLS_PER_ROUND);
            }
        }
        double forced = median(appends(work.resolve("forced"), true));
        double unforced = median(appends(work.resolve("unforced"), false));

        System.out.printf(Locale.ROOT, "CreateApp over HTTP, one client, median: in memory %.0f us, with a data"
                + " directory %.0f us (+%.0f us a write)%n", median(inMemory), median(durable),
                median(durable) - median(inMemory));
        System.out.printf(Locale.ROOT, "Write-ahead log append alone, median: %.0f us forced to disk, %.1f us"
                + " without force%n", forced, unforced);
        assertThat(forced).isPositive();
    }

    private static void createApps(PinpointClient client, long[] nanos, int from) {
        for (int i = 0; i < CALLS_PER_ROUND; i++) {
            String name = "cost-" + (from + i);
            long start = System.nanoTime();
            client.createApp(r -> r.createApplicationRequest(a -> a.name(name).tags(Map.of("n", name))));
            nanos[from + i] = System.nanoTime() - start;
        }
    }

    private static long[] appends(Path dir, boolean force) {
        long[] nanos = new long[APPENDS];
        try (WriteAheadLog log = WriteAheadLog.open(dir, force)) {
            LoggedCall call = new LoggedCall("CreateApp", "000000000000", "us-east-1",
                    "3f0c2a4e-0000-4000-8000-000000000000", Instant.now(), Map.of(), Map.of(), Map.of(),
                    "{\"Name\":\"cost\",\"tags\":{\"n\":\"1\"}}", List.of("0123456789abcdef0123456789abcdef"));
            for (int i = 0; i < APPENDS; i++) {
                long start = System.nanoTime();
                log.append(call);
                nanos[i] = System.nanoTime() - start;
            }
        }
        return nanos;
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1000.0;
    }
}
