package dev.pinpointmock.benchmarks;

import static dev.pinpointmock.benchmarks.Measure.fixed;
import static dev.pinpointmock.benchmarks.Measure.millisSince;
import static dev.pinpointmock.benchmarks.Measure.result;

import dev.pinpointmock.PinpointMockServer;
import java.util.List;
import dev.pinpointmock.benchmarks.fixtures.WithPinpointMock;
import dev.pinpointmock.benchmarks.fixtures.WithoutPinpointMock;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import software.amazon.awssdk.services.pinpoint.PinpointClient;

/**
 * Section (b): what {@code @PinpointMock} costs a test class, run in a JVM of its own.
 *
 * <p>{@code cold}: the first cycle of a fresh JVM, phase by phase: start the server (as the extension's
 * {@code beforeAll} does), make the injected client, the class's first call (CreateApp), then close the
 * client and stop the server (its {@code afterAll}). {@code cold-junit}: a fresh JVM runs a plain test
 * class once (so JUnit itself is loaded), then times a {@code @PinpointMock} class with one call through
 * the JUnit launcher. {@code warm N S M}: M measured cycles of each kind after N warm-up cycles, and M more
 * after S cycles in all, with the median and 99th percentile of each phase, and of each test class through
 * the launcher. {@code sdk N S M}: the same measure of the client alone: each cycle makes a client of the
 * limit (a server already running that answers canned bytes), makes the first call and closes the client,
 * twice, as a mock cycle and its {@code @PinpointMock} class make two clients; the first is timed. It is
 * the floor that the AWS SDK sets at the same point of the JIT's work, whatever the server.
 */
public final class LifecycleProbe {

    private static final String[] PHASES = {"start", "client", "firstCall", "stop", "total"};

    /** One launcher for the whole run, as a build tool uses one for all of its test classes. */
    private static Launcher launcher;

    private LifecycleProbe() {
    }

    public static void main(String[] args) {
        Clients.quietServerLogs();
        switch (args[0]) {
            case "cold" -> report("cold", new double[][] {cycle()}, false);
            case "cold-junit" -> {
                runClass(WithoutPinpointMock.class);
                result("cold.junit.withExtension", fixed(runClass(WithPinpointMock.class), 2));
            }
            case "warm" -> warm(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "sdk" -> sdk(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException("cold, cold-junit, warm N S M or sdk N S M, not " + args[0]);
        }
    }

    /**
     * Measures {@code cycles} cycles after {@code warmup} warm-up cycles ({@code warm.*}), then again after
     * {@code steady} cycles in all ({@code steady.*}): a suite's first few hundred classes still run code the
     * JIT has not finished compiling (most of it the AWS SDK's), its later classes do not.
     */
    private static void warm(int warmup, int steady, int cycles) {
        int done = 0;
        for (String mode : List.of("warm", "steady")) {
            for (int target = mode.equals("warm") ? warmup : steady; done < target; done++) {
                cycle();
                runClass(WithoutPinpointMock.class);
                runClass(WithPinpointMock.class);
            }
            double[][] phases = new double[cycles][];
            double[] with = new double[cycles];
            double[] without = new double[cycles];
            for (int i = 0; i < cycles; i++) {
                phases[i] = cycle();
                without[i] = runClass(WithoutPinpointMock.class);
                with[i] = runClass(WithPinpointMock.class);
            }
            done += cycles;
            report(mode, phases, true);
            result(mode + ".after", done - cycles);
            result(mode + ".cycles", cycles);
            result(mode + ".junit.withExtension.median", fixed(Measure.median(with), 3));
            result(mode + ".junit.withExtension.p99", fixed(Measure.percentile(with, 99), 3));
            result(mode + ".junit.withoutExtension.median", fixed(Measure.median(without), 3));
            result(mode + ".junit.withoutExtension.p99", fixed(Measure.percentile(without, 99), 3));
        }
    }

    /** The client alone, against the limit, measured as {@link #warm} measures a whole cycle. */
    private static void sdk(int warmup, int steady, int cycles) {
        try (Target limit = Target.open(Target.LIMIT)) {
            int done = 0;
            for (String mode : List.of("warm", "steady")) {
                for (int target = mode.equals("warm") ? warmup : steady; done < target; done++) {
                    clientCycle(limit);
                    clientCycle(limit);
                }
                double[][] phases = new double[cycles][];
                for (int i = 0; i < cycles; i++) {
                    phases[i] = clientCycle(limit);
                    clientCycle(limit);
                }
                done += cycles;
                report("sdk." + mode, phases, true);
            }
        }
    }

    /** Make a client of the target, its first call (CreateApp), close it; milliseconds of each, and in all. */
    private static double[] clientCycle(Target target) {
        long begin = System.nanoTime();
        PinpointClient client = Clients.of(target.endpoint());
        double inject = millisSince(begin);

        long mark = System.nanoTime();
        client.createApp(r -> r.createApplicationRequest(a -> a.name("shop")));
        double firstCall = millisSince(mark);

        mark = System.nanoTime();
        client.close();
        double stop = millisSince(mark);
        return new double[] {0, inject, firstCall, stop, millisSince(begin)};
    }

    /** One test class's life without JUnit, as the extension lives it; milliseconds of each phase. */
    private static double[] cycle() {
        long begin = System.nanoTime();
        PinpointMockServer server = PinpointMockServer.builder().region("us-east-1").account("000000000000")
                .build().start();
        double start = millisSince(begin);

        long mark = System.nanoTime();
        PinpointClient client = server.newClient();
        double inject = millisSince(mark);

        mark = System.nanoTime();
        client.createApp(r -> r.createApplicationRequest(a -> a.name("shop")));
        double firstCall = millisSince(mark);

        mark = System.nanoTime();
        client.close();
        server.close();
        double stop = millisSince(mark);
        return new double[] {start, inject, firstCall, stop, millisSince(begin)};
    }

    /** Runs one test class through the JUnit Platform launcher; its milliseconds, failing if a test failed. */
    private static double runClass(Class<?> testClass) {
        if (launcher == null) {
            launcher = LauncherFactory.create();
        }
        long begin = System.nanoTime();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        launcher.execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClass(testClass))
                .build(), summary);
        double millis = millisSince(begin);
        if (summary.getSummary().getTotalFailureCount() > 0 || summary.getSummary().getTestsSucceededCount() != 1) {
            throw new IllegalStateException(testClass.getSimpleName() + " did not pass: "
                    + summary.getSummary().getFailures());
        }
        return millis;
    }

    private static void report(String mode, double[][] cycles, boolean percentiles) {
        for (int p = 0; p < PHASES.length; p++) {
            double[] samples = new double[cycles.length];
            for (int i = 0; i < cycles.length; i++) {
                samples[i] = cycles[i][p];
            }
            if (percentiles) {
                result(mode + "." + PHASES[p] + ".median", fixed(Measure.median(samples), 3));
                result(mode + "." + PHASES[p] + ".p99", fixed(Measure.percentile(samples, 99), 3));
            } else {
                result(mode + "." + PHASES[p], fixed(samples[0], 2));
            }
        }
    }
}
