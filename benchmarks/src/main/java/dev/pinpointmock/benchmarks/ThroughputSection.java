package dev.pinpointmock.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import software.amazon.awssdk.services.pinpoint.PinpointClient;
import software.amazon.awssdk.services.pinpoint.model.PinpointException;

/**
 * Section (a): each operation's throughput on pinpoint-mock, on the limit and on every other target, with
 * JMH. The targets of one operation are measured one after the other, so that they see the same load on a
 * shared machine. A target that cannot serve an operation (moto has no endpoints; an operation not yet
 * implemented answers 501) is tried once and reported as such instead of measured.
 */
final class ThroughputSection {

    /** One measured figure: calls per second and JMH's 99.9% error. */
    record Score(double perSecond, double error) {
    }

    private final Settings settings;
    private final List<String> targets;
    private final Map<String, Map<String, Score>> scores = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> notMeasured = new LinkedHashMap<>();

    ThroughputSection(Settings settings, List<String> otherTargets) {
        this.settings = settings;
        this.targets = new ArrayList<>(List.of(Target.MOCK, Target.LIMIT));
        this.targets.addAll(otherTargets);
    }

    void run() throws RunnerException {
        Clients.quietServerLogs();
        for (String operation : settings.operations()) {
            List<String> able = new ArrayList<>();
            for (String target : targets) {
                String refusal = refusal(target, Operation.named(operation));
                if (refusal == null) {
                    able.add(target);
                } else {
                    notMeasured.computeIfAbsent(operation, k -> new LinkedHashMap<>()).put(Target.nameOf(target), refusal);
                    System.out.println("  " + operation + " on " + Target.nameOf(target) + ": not measured, " + refusal);
                }
            }
            if (!able.isEmpty()) {
                measure(operation, able);
            }
        }
    }

    Map<String, Map<String, Score>> scores() {
        return scores;
    }

    Map<String, Map<String, String>> notMeasured() {
        return notMeasured;
    }

    List<String> targetNames() {
        return targets.stream().map(Target::nameOf).toList();
    }

    private void measure(String operation, List<String> able) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(ThroughputBenchmark.class.getName() + ".call")
                .param("operation", operation)
                .param("target", able.toArray(String[]::new))
                .forks(1)
                .threads(settings.threads())
                .warmupIterations(settings.quick() ? 2 : 3)
                .warmupTime(TimeValue.seconds(settings.quick() ? 1 : 2))
                .measurementIterations(settings.quick() ? 3 : 5)
                .measurementTime(TimeValue.seconds(settings.quick() ? 1 : 2))
                .shouldFailOnError(true)
                .verbosity(settings.verbose() ? VerboseMode.NORMAL : VerboseMode.SILENT);
        for (RunResult result : new Runner(options.build()).run()) {
            String target = Target.nameOf(result.getParams().getParam("target"));
            Score score = new Score(result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreError());
            scores.computeIfAbsent(operation, k -> new LinkedHashMap<>()).put(target, score);
            System.out.println(String.format(Locale.ROOT, "  %-15s %-14s %,10.0f calls/s  +- %,.0f",
                    operation, target, score.perSecond(), score.error()));
        }
    }

    /** Why a target cannot serve an operation, tried once with a fresh fixture; {@code null} if it can. */
    private static String refusal(String spec, Operation operation) {
        try (Target target = Target.open(spec);
             PinpointClient client = Clients.of(target.endpoint())) {
            operation.prepare(client).apply(client);
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
