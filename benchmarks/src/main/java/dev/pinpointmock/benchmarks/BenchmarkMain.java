package dev.pinpointmock.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The harness: runs the four sections of the README's Benchmarks section in one go and prints their
 * figures, then a summary. Section (a) uses JMH; sections (b), (c) and (d) run probes in fresh JVMs.
 * Arguments: see {@link Settings}.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.parse(args);
        Summary summary = new Summary();
        summary.line("pinpoint-mock benchmarks, " + Instant.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, Java " + System.getProperty("java.version") + (settings.quick() ? ", --quick" : ""));
        summary.line("load average at start: " + loadAverage());

        if (settings.runs('a')) {
            List<String> others = new ArrayList<>(settings.extraTargets());
            Optional<MotoServer> moto = startMoto(settings, others);
            try {
                Measure.progress("(a) throughput, " + settings.threads() + " client thread(s)");
                ThroughputSection section = new ThroughputSection(settings, others);
                section.run();
                summary.throughput(section, settings.threads(), settings.block(), settings.otherBlock());
            } finally {
                moto.ifPresent(MotoServer::close);
            }
            summary.line("load average after (a): " + loadAverage());
        }
        if (settings.runs('b')) {
            Measure.progress("(b) cost per test class");
            int coldRuns = settings.quick() ? 3 : 7;
            List<Map<String, String>> cold = new ArrayList<>();
            List<Map<String, String>> coldJunit = new ArrayList<>();
            for (int i = 0; i < coldRuns; i++) {
                cold.add(ChildJvm.run(LifecycleProbe.class, List.of(), "cold"));
                coldJunit.add(ChildJvm.run(LifecycleProbe.class, List.of(), "cold-junit"));
            }
            Map<String, String> warm = ChildJvm.run(LifecycleProbe.class, List.of(), "warm",
                    settings.quick() ? "50" : "200", settings.quick() ? "500" : "3000",
                    settings.quick() ? "200" : "400");
            Map<String, String> sdk = ChildJvm.run(LifecycleProbe.class, List.of(), "sdk",
                    settings.quick() ? "50" : "200", settings.quick() ? "500" : "3000",
                    settings.quick() ? "200" : "400");
            summary.lifecycle(cold, coldJunit, warm, sdk);
            summary.line("load average after (b): " + loadAverage());
        }
        if (settings.runs('c')) {
            Measure.progress("(c) scale");
            summary.scale(ChildJvm.run(ScaleProbe.class, List.of(), "100000", settings.quick() ? "5" : "15"));
            summary.line("load average after (c): " + loadAverage());
        }
        if (settings.runs('d')) {
            Measure.progress("(d) 32 servers in one JVM");
            summary.manyServers(ChildJvm.run(ManyServersProbe.class, List.of(), "32"));
            summary.line("load average after (d): " + loadAverage());
        }
        summary.print();
    }

    private static Optional<MotoServer> startMoto(Settings settings, List<String> others) {
        if (settings.moto().equals("off")) {
            return Optional.empty();
        }
        if (!settings.moto().equals("auto")) {
            others.add("moto=" + settings.moto());
            return Optional.empty();
        }
        Optional<MotoServer> moto = MotoServer.startIfInstalled();
        moto.ifPresent(server -> others.add(server.spec()));
        return moto;
    }

    /** The 1, 5 and 15 minute load averages of the machine, which other processes share. */
    static String loadAverage() {
        try {
            String[] loads = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return loads[0] + " " + loads[1] + " " + loads[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
