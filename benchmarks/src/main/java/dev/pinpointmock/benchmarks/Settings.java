package dev.pinpointmock.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The harness's arguments.
 *
 * <pre>
 * --quick             shorter JMH iterations and fewer cycles: a smoke run, figures less steady
 * --sections abcd     which sections to run (default all four)
 * --ops A,B           operations of section (a) (default GetApp,CreateApp,SendOTPMessage,UpdateEndpoint,SendMessages10)
 * --threads N         client threads of section (a), sharing one client (default 1)
 * --block N           calls to each target in a row within a round of section (a) (default 1)
 * --other-block N     the same when another implementation is in the round (default 100)
 * --target NAME=URL   another implementation to measure in section (a), already listening (repeatable)
 * --moto auto|off|URL start moto's server if installed (default), leave it out, or use one already running
 * --verbose           JMH's own output too
 * </pre>
 */
record Settings(boolean quick, String sections, List<String> operations, int threads, int block,
                int otherBlock, List<String> extraTargets, String moto, boolean verbose) {

    static Settings parse(String... args) {
        boolean quick = false;
        boolean verbose = false;
        String sections = "abcd";
        List<String> operations = Arrays.stream(Operation.values()).map(Operation::label).toList();
        int threads = 1;
        int block = 1;
        int otherBlock = 100;
        List<String> targets = new ArrayList<>();
        String moto = "auto";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--verbose" -> verbose = true;
                case "--sections" -> sections = args[++i];
                case "--ops" -> operations = List.of(args[++i].split(","));
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--block" -> block = Integer.parseInt(args[++i]);
                case "--other-block" -> otherBlock = Integer.parseInt(args[++i]);
                case "--target" -> targets.add(args[++i]);
                case "--moto" -> moto = args[++i];
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]
                        + "; see the Javadoc of Settings or the README's Benchmarks section");
            }
        }
        operations.forEach(Operation::named);
        if (sections.isEmpty() || !sections.chars().allMatch(c -> "abcd".indexOf(c) >= 0)) {
            throw new IllegalArgumentException("--sections takes letters of abcd, not " + sections);
        }
        if (block < 1 || otherBlock < 1 || threads < 1) {
            throw new IllegalArgumentException("--block, --other-block and --threads take a number of at least 1");
        }
        return new Settings(quick, sections, operations, threads, block, otherBlock, List.copyOf(targets), moto,
                verbose);
    }

    boolean runs(char section) {
        return sections.indexOf(section) >= 0;
    }
}
