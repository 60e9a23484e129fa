package dev.pinpointmock.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import software.amazon.awssdk.services.pinpoint.PinpointClient;
import software.amazon.awssdk.services.pinpoint.model.PinpointException;

/**
 * Section (a): each operation's throughput on pinpoint-mock, on the limit and on every other target, with
 * {@link ThroughputBenchmark}. A target that cannot serve an operation (moto has no endpoints; an
 * operation not yet implemented answers 501) is tried once and reported as such instead of measured.
 * Every figure is the median over JMH's measurement iterations; each ratio is the median of the
 * iterations' ratios, whose calls were interleaved. pinpoint-mock and the limit are measured on their own
 * first, then with each other target in the loop for the ratio to it (see {@link #measure}).
 */
final class ThroughputSection {

    /** Calls per second of one target, and its ratio to pinpoint-mock's (mock / target) with its spread. */
    record Figure(double perSecond, double mockRatio, double lowestRatio, double highestRatio) {
    }

    private final Settings settings;
    private final List<String> others;
    private final Map<String, Map<String, Figure>> figures = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> notMeasured = new LinkedHashMap<>();

    ThroughputSection(Settings settings, List<String> others) {
        this.settings = settings;
        this.others = List.copyOf(others);
    }

    void run() throws RunnerException {
        Clients.quietServerLogs();
        for (String operation : settings.operations()) {
            String pending = refusal(Target.MOCK, operation);
            if (pending == null) {
                pending = refusal(Target.LIMIT, operation);
            }
            if (pending != null) {
                for (String target : targetNames()) {
                    notMeasured(operation, target, pending);
                }
                continue;
            }
            List<String> able = new ArrayList<>();
            for (String other : others) {
                String refusal = refusal(other, operation);
                if (refusal == null) {
                    able.add(other);
                } else {
                    notMeasured(operation, Target.nameOf(other), refusal);
                }
            }
            measure(operation, able);
        }
    }

    Map<String, Map<String, Figure>> figures() {
        return figures;
    }

    Map<String, Map<String, String>> notMeasured() {
        return notMeasured;
    }

    List<String> targetNames() {
        List<String> names = new ArrayList<>(List.of(Target.MOCK, Target.LIMIT));
        others.forEach(other -> names.add(Target.nameOf(other)));
        return names;
    }

    /**
     * pinpoint-mock and the limit alone, call by call by default; then each other target in its own run, in
     * blocks of {@code --other-block} calls. A server in another process goes on working after it answers
     * (moto serves each call on a thread of its own, logs it and closes the connection), and call by call
     * that work would land on the next target's call; in blocks, each target's calls run as a suite's
     * calls to one mock run.
     */
    private void measure(String operation, List<String> able) throws RunnerException {
        List<double[]> mockAndLimit = iterations(run(operation, "", settings.block()));
        record(operation, Target.MOCK, mockAndLimit, 0);
        record(operation, Target.LIMIT, mockAndLimit, 1);
        for (String other : able) {
            record(operation, Target.nameOf(other), iterations(run(operation, other, settings.otherBlock())), 2);
        }
    }

    private Collection<RunResult> run(String operation, String other, int block) throws RunnerException {
        return new Runner(new OptionsBuilder()
                .include(ThroughputBenchmark.class.getName() + ".round")
                .param("operation", operation)
                .param("other", other)
                .param("block", String.valueOf(block))
                .forks(1)
                .threads(settings.threads())
                .warmupIterations(settings.quick() ? 2 : 3)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(settings.quick() ? 6 : 15)
                .measurementTime(TimeValue.seconds(1))
                .shouldFailOnError(true)
                .verbosity(settings.verbose() ? VerboseMode.NORMAL : VerboseMode.SILENT)
                .build()).run();
    }

    /** Each measurement iteration's nanoseconds of mock, limit and other calls, and its rounds. */
    private static List<double[]> iterations(Collection<RunResult> results) {
        List<double[]> iterations = new ArrayList<>();
        for (BenchmarkResult benchmark : results.stream().flatMap(r -> r.getBenchmarkResults().stream()).toList()) {
            for (IterationResult iteration : benchmark.getIterationResults()) {
                var counters = iteration.getSecondaryResults();
                iterations.add(new double[] {counters.get("mockNanos").getScore(),
                        counters.get("limitNanos").getScore(), counters.get("otherNanos").getScore(),
                        counters.get("rounds").getScore()});
            }
        }
        return iterations;
    }

    private void record(String operation, String target, List<double[]> iterations, int column) {
        double[] rates = iterations.stream().mapToDouble(i -> i[3] * 1e9 / i[column]).toArray();
        double[] ratios = iterations.stream().mapToDouble(i -> i[column] / i[0]).toArray();
        Figure figure = new Figure(Measure.median(rates), Measure.median(ratios), Measure.percentile(ratios, 0),
                Measure.percentile(ratios, 100));
        figures.computeIfAbsent(operation, k -> new LinkedHashMap<>()).put(target, figure);
        if (column == 0) {
            System.out.println(String.format(Locale.ROOT, "  %-15s %-8s %,10.0f calls/s", operation, target,
                    figure.perSecond()));
            return;
        }
        System.out.println(String.format(Locale.ROOT, "  %-15s %-8s %,10.0f calls/s, mock/%s %.2f (%.2f to %.2f)",
                operation, target, figure.perSecond(), target, figure.mockRatio(), figure.lowestRatio(),
                figure.highestRatio()));
    }

    private void notMeasured(String operation, String target, String why) {
        notMeasured.computeIfAbsent(operation, k -> new LinkedHashMap<>()).put(target, why);
        System.out.println("  " + operation + " on " + target + ": not measured, " + why);
    }

    /** Why a target cannot serve an operation, tried once with a fresh fixture; {@code null} if it can. */
    private static String refusal(String spec, String operation) {
        try (Target target = Target.open(spec);
             PinpointClient client = Clients.of(target.endpoint())) {
            Operation.named(operation).prepare(client).apply(client);
            return null;
        } catch (PinpointException e) {
            String type = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode();
            return e.statusCode() == 501 ? "pending (NotImplemented)" : "answers " + e.statusCode() + " " + type;
        } catch (RuntimeException e) {
            return "fails: " + e.getClass().getSimpleName() + " " + String.valueOf(e.getMessage()).lines()
                    .findFirst().orElse("");
        }
    }
}
