package dev.pinpointmock.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Collects each section's figures as text and prints them together at the end of a run. */
final class Summary {

    private final List<String> lines = new ArrayList<>();

    void line(String text) {
        lines.add(text);
    }

    private void line(String format, Object... values) {
        lines.add(String.format(Locale.ROOT, format, values));
    }

    void throughput(ThroughputSection section, int threads, int block, int otherBlock) {
        List<String> names = section.targetNames();
        List<String> others = names.subList(2, names.size());
        line("");
        line("(a) Throughput, calls per second (JMH; %d client thread(s); one sync PinpointClient with the Apache"
                + " HTTP client per target; targets called in turn, %d call(s) each; %d each in a run with another"
                + " implementation)", threads, block, otherBlock);
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-15s %9s %9s %18s %8s",
                "operation", "mock", "limit", "mock/limit", "mock us"));
        others.forEach(other -> header.append(String.format(Locale.ROOT, " %9s %18s", other, "mock/" + other)));
        line(header.toString());
        List<String> operations = new ArrayList<>(section.figures().keySet());
        section.notMeasured().keySet().stream().filter(op -> !operations.contains(op)).forEach(operations::add);
        for (String operation : operations) {
            Map<String, ThroughputSection.Figure> figures = section.figures().getOrDefault(operation, Map.of());
            Map<String, String> refused = section.notMeasured().getOrDefault(operation, Map.of());
            ThroughputSection.Figure mock = figures.get(Target.MOCK);
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-15s %9s %9s %18s %8s", operation,
                    rate(mock, refused.get(Target.MOCK)), rate(figures.get(Target.LIMIT), refused.get(Target.LIMIT)),
                    ratio(figures.get(Target.LIMIT)),
                    mock == null ? "-" : String.format(Locale.ROOT, "%.0f", 1e6 / mock.perSecond())));
            for (String other : others) {
                row.append(String.format(Locale.ROOT, " %9s %18s", rate(figures.get(other), refused.get(other)),
                        ratio(figures.get(other))));
            }
            line(row.toString());
        }
        line("  ratios: median of the measurement iterations (lowest to highest); mock us: one call's round trip");
        section.notMeasured().forEach((operation, refusals) -> refusals.forEach((target, why) ->
                line("  %s on %s: %s", operation, target, why)));
    }

    void lifecycle(List<Map<String, String>> cold, List<Map<String, String>> coldJunit, Map<String, String> warm,
                   Map<String, String> sdk) {
        line("");
        line("(b) Cost per test class, ms: start server, make client (inject), first call (CreateApp), close both");
        line("%-38s %8s %8s %8s %8s %8s", "", "start", "client", "call", "stop", "total");
        line("%-38s %8s %8s %8s %8s %8s", "cold, median of " + cold.size() + " fresh JVMs",
                coldMedian(cold, "cold.start"), coldMedian(cold, "cold.client"), coldMedian(cold, "cold.firstCall"),
                coldMedian(cold, "cold.stop"), coldMedian(cold, "cold.total"));
        for (String mode : List.of("warm", "steady")) {
            for (String stat : List.of("median", "p99")) {
                line("%-38s %8s %8s %8s %8s %8s", mode + " (after " + warm.get(mode + ".after") + "), " + stat
                        + " of " + warm.get(mode + ".cycles"), warm.get(mode + ".start." + stat),
                        warm.get(mode + ".client." + stat), warm.get(mode + ".firstCall." + stat),
                        warm.get(mode + ".stop." + stat), warm.get(mode + ".total." + stat));
            }
        }
        line("The client alone against the limit, no server started or stopped (its floor from the AWS SDK):");
        for (String mode : List.of("warm", "steady")) {
            for (String stat : List.of("median", "p99")) {
                String phase = "sdk." + mode + ".";
                line("%-38s %8s %8s %8s %8s %8s", "  " + mode + ", " + stat, "-", sdk.get(phase + "client." + stat),
                        sdk.get(phase + "firstCall." + stat), sdk.get(phase + "stop." + stat),
                        sdk.get(phase + "total." + stat));
            }
        }
        line("Through the JUnit launcher, one @Test class with @PinpointMock and one call, vs the same class without:");
        line("  cold (fresh JVM, JUnit already loaded): %s ms, median of %d",
                coldMedian(coldJunit, "cold.junit.withExtension"), coldJunit.size());
        for (String mode : List.of("warm", "steady")) {
            line("  %s: with %s ms (p99 %s), without %s ms (p99 %s): the extension adds %s ms at the median", mode,
                    warm.get(mode + ".junit.withExtension.median"), warm.get(mode + ".junit.withExtension.p99"),
                    warm.get(mode + ".junit.withoutExtension.median"), warm.get(mode + ".junit.withoutExtension.p99"),
                    String.format(Locale.ROOT, "%.3f", number(warm.get(mode + ".junit.withExtension.median"))
                            - number(warm.get(mode + ".junit.withoutExtension.median"))));
        }
    }

    void scale(Map<String, String> scale) {
        line("");
        line("(c) Scale, one server in a fresh JVM");
        if (scale.containsKey("scale.pending")) {
            line("  pending: %s", scale.get("scale.pending"));
            return;
        }
        line("  heap in use after %s endpoints: %s MB (%s MB before them, %s bytes each); loaded in %s s",
                scale.get("scale.endpoints"), scale.get("scale.heapAfterMb"), scale.get("scale.heapBeforeMb"),
                scale.get("scale.heapPerEndpointBytes"), scale.get("scale.loadSeconds"));
        if ("evaluated".equals(scale.get("scale.segment"))) {
            line("  segment over them (attribute plan = free): %s ms median, %s ms max, %s members",
                    scale.get("scale.segment.medianMs"), scale.get("scale.segment.maxMs"),
                    scale.get("scale.segment.members"));
        } else {
            line("  segment over them: %s", scale.get("scale.segment"));
        }
        line("  SendMessages to 1,000 endpoints: %s ms median, %s ms max, in %s call(s)%s",
                scale.get("scale.send1000.medianMs"), scale.get("scale.send1000.maxMs"),
                scale.get("scale.send1000.calls"), scale.containsKey("scale.send1000.refusedInOneCall")
                        ? " (one call of 1,000 is refused: " + scale.get("scale.send1000.refusedInOneCall") + ")" : "");
    }

    void manyServers(Map<String, String> many) {
        line("");
        line("(d) %s servers at once in one fresh JVM, each with a client that made one call",
                many.get("many.servers"));
        line("  threads: %s before, %s with the servers, %s with their clients, %s after closing all",
                many.get("many.threadsBefore"), many.get("many.threadsWithServers"),
                many.get("many.threadsWithClients"), many.get("many.threadsAfterClose"));
        line("  per server: %s threads (%s with its client); heap %s MB (%s MB with its client)",
                many.get("many.threadsPerServer"), many.get("many.threadsPerServerWithClient"),
                many.get("many.heapPerServerMb"), many.get("many.heapPerServerWithClientMb"));
        line("  heap in use: %s MB before, %s MB with the servers, %s MB with their clients",
                many.get("many.heapBeforeMb"), many.get("many.heapWithServersMb"), many.get("many.heapWithClientsMb"));
    }

    void print() {
        System.out.println();
        System.out.println("==== Summary ====");
        lines.forEach(System.out::println);
    }

    private static String rate(ThroughputSection.Figure figure, String refusal) {
        if (figure == null) {
            return refusal == null ? "-" : refusal.startsWith("pending") ? "pending" : "n/a";
        }
        return String.format(Locale.ROOT, "%,.0f", figure.perSecond());
    }

    private static String ratio(ThroughputSection.Figure figure) {
        return figure == null ? "-" : String.format(Locale.ROOT, "%.2f (%.2f-%.2f)", figure.mockRatio(),
                figure.lowestRatio(), figure.highestRatio());
    }

    private static String coldMedian(List<Map<String, String>> runs, String key) {
        double[] values = runs.stream().mapToDouble(run -> number(run.get(key))).toArray();
        return String.format(Locale.ROOT, "%.1f", Measure.median(values));
    }

    private static double number(String text) {
        return text == null ? Double.NaN : Double.parseDouble(text);
    }
}
