package dev.pinpointmock.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/** Small measuring helpers of the probes: percentiles, heap after collection, formatting. */
final class Measure {

    private Measure() {
    }

    /** The value at a percentile (0 to 100) of samples, by the nearest-rank method. */
    static double percentile(double[] samples, double percentile) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static double median(double[] samples) {
        return percentile(samples, 50);
    }

    /** Heap in use, in MB, after full collections have freed what they can. */
    static double heapUsedMb() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used / 1_000_000.0;
    }

    static int liveThreads() {
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }

    static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000.0;
    }

    static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** Prints one result line for the parent harness: {@code RESULT key=value}. */
    static void result(String key, Object value) {
        System.out.println("RESULT " + key + "=" + value);
    }

    /** Prints a progress line on standard error, where the parent passes it through. */
    static void progress(String message) {
        System.err.println("  [" + Thread.currentThread().getStackTrace()[2].getClassName()
                .replaceFirst(".*\\.", "") + "] " + message);
    }
}
