package dev.pinpointmock.internal.state;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/** The fault rules a test installed, consulted once per call before the call is served. */
public final class FaultPlan {

    /** What a fault does: answer an error (status above 0) or delay the answer. */
    public record Fault(int status, String type, String message, Duration delay) {

        public boolean isError() {
            return status > 0;
        }
    }

    /** A rule: its operation ({@code null} for all), a remaining count or a probability, and its fault. */
    public record Rule(String operation, int times, double fraction, Fault fault) {
    }

    private final List<MutableRule> rules = new ArrayList<>();
    private final Random random;

    public FaultPlan(long seed) {
        this.random = new Random(seed);
    }

    public synchronized void add(Rule rule) {
        rules.add(new MutableRule(rule));
    }

    public synchronized void clear() {
        rules.clear();
    }

    /** The fault that applies to this call, if any; counts one use of a counted rule. */
    public synchronized Fault next(String operation) {
        Iterator<MutableRule> iterator = rules.iterator();
        while (iterator.hasNext()) {
            MutableRule rule = iterator.next();
            if (rule.rule.operation() != null && !rule.rule.operation().equals(operation)) {
                continue;
            }
            if (rule.rule.fraction() > 0) {
                if (random.nextDouble() < rule.rule.fraction()) {
                    return rule.rule.fault();
                }
                continue;
            }
            if (--rule.remaining <= 0) {
                iterator.remove();
            }
            return rule.rule.fault();
        }
        return null;
    }

    private static final class MutableRule {
        private final Rule rule;
        private int remaining;

        MutableRule(Rule rule) {
            this.rule = rule;
            this.remaining = rule.times();
        }
    }
}
