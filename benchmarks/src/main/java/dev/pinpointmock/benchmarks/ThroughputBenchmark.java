package dev.pinpointmock.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;
import software.amazon.awssdk.services.pinpoint.PinpointClient;

/**
 * Section (a): one operation called on pinpoint-mock, on the limit and optionally on another implementation,
 * through one synchronous {@link PinpointClient} configuration (one client per target). Each benchmark
 * operation is a round that calls every target once, one after the other and each round starting with the
 * next target, and the time of each target's calls is summed apart. Interleaving the targets call by call
 * makes them share whatever else the machine is doing, so their ratio holds on a machine whose load moves;
 * the throughput of a target is its calls divided by its own time. {@link BenchmarkMain} chooses the
 * parameters, iterations and threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ThroughputBenchmark {

    private static final int WARM_UP_CALLS = 5_000;
    private static final int WARM_UP_CALLS_OF_OTHERS = 200;
    private static final long WARM_UP_LIMIT_NANOS = 20_000_000_000L;

    /** An {@link Operation} label, such as {@code GetApp}. */
    @Param({"GetApp"})
    public String operation;

    /** Calls to each target in a row within a round: 1 alternates call by call. */
    @Param({"1"})
    public int block;

    /** Another implementation as {@code NAME=URL}, or empty for pinpoint-mock and the limit alone. */
    @Param({""})
    public String other;

    private final List<Target> targets = new ArrayList<>();
    private final List<PinpointClient> clients = new ArrayList<>();
    private final List<Operation.Call> calls = new ArrayList<>();

    /** Nanoseconds spent in each target's calls, and the rounds, summed over an iteration. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Elapsed {
        public long mockNanos;
        public long limitNanos;
        public long otherNanos;
        public long rounds;

        void add(int target, long nanos) {
            switch (target) {
                case 0 -> mockNanos += nanos;
                case 1 -> limitNanos += nanos;
                default -> otherNanos += nanos;
            }
        }

        @Setup(Level.Iteration)
        public void clear() {
            mockNanos = 0;
            limitNanos = 0;
            otherNanos = 0;
            rounds = 0;
        }
    }

    @Setup(Level.Trial)
    public void start() {
        Clients.quietServerLogs();
        open(Target.MOCK, WARM_UP_CALLS);
        open(Target.LIMIT, WARM_UP_CALLS);
        if (!other.isEmpty()) {
            open(other, WARM_UP_CALLS_OF_OTHERS);
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        clients.forEach(PinpointClient::close);
        targets.forEach(Target::close);
    }

    /**
     * Calls each target {@link #block} times in a row, starting with a different one each round so that
     * none always goes first. A round counts as {@code block} rounds.
     */
    @Benchmark
    public void round(Elapsed elapsed, Blackhole blackhole) {
        int count = calls.size();
        int first = (int) (elapsed.rounds / block % count);
        for (int i = 0; i < count; i++) {
            int target = (first + i) % count;
            long start = System.nanoTime();
            for (int call = 0; call < block; call++) {
                blackhole.consume(calls.get(target).apply(clients.get(target)));
            }
            elapsed.add(target, System.nanoTime() - start);
        }
        elapsed.rounds += block;
    }

    /**
     * Opens a target, makes the operation's fixture on it and calls it until the JIT has compiled the paths
     * of the client and of an in-process server (a fresh JVM serves its first thousand calls many times
     * slower), within a time limit for slow targets.
     */
    private void open(String spec, int warmUpCalls) {
        Target target = Target.open(spec);
        PinpointClient client = Clients.of(target.endpoint());
        Operation.Call call = Operation.named(operation).prepare(client);
        targets.add(target);
        clients.add(client);
        calls.add(call);
        long deadline = System.nanoTime() + WARM_UP_LIMIT_NANOS;
        for (int i = 0; i < warmUpCalls && System.nanoTime() < deadline; i++) {
            call.apply(client);
        }
    }
}
