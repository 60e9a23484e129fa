package dev.pinpointmock.benchmarks;

import java.util.concurrent.TimeUnit;
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
import software.amazon.awssdk.services.pinpoint.PinpointClient;

/**
 * Section (a): calls per second of one operation against one target, through one synchronous
 * {@link PinpointClient} shared by the benchmark's threads. {@link BenchmarkMain} chooses the parameters,
 * iterations and threads; the annotations' values are only defaults for running this class alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ThroughputBenchmark {

    /** {@code mock}, {@code limit} or {@code NAME=URL}; see {@link Target}. */
    @Param({Target.MOCK})
    public String target;

    /** An {@link Operation} label, such as {@code GetApp}. */
    @Param({"GetApp"})
    public String operation;

    private Target server;
    private PinpointClient client;
    private Operation.Call call;

    @Setup(Level.Trial)
    public void start() {
        Clients.quietServerLogs();
        server = Target.open(target);
        client = Clients.of(server.endpoint());
        call = Operation.named(operation).prepare(client);
        call.apply(client);
    }

    @TearDown(Level.Trial)
    public void stop() {
        client.close();
        server.close();
    }

    @Benchmark
    public Object call() {
        return call.apply(client);
    }
}
