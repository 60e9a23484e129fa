package dev.pinpointmock;

import dev.pinpointmock.internal.state.FaultPlan;
import dev.pinpointmock.internal.wire.RouteTable;
import java.time.Duration;
import java.util.Objects;

/**
 * Makes the server fail or slow down on purpose, to test the paths production reaches on a bad day: a
 * throttled call, a retry, a timeout.
 *
 * <pre>{@code
 * server.faults().on("SendMessages").times(2).respond(PinpointError.TOO_MANY_REQUESTS);
 * server.faults().onEveryOperation().fraction(0.1).respond(PinpointError.INTERNAL_SERVER_ERROR);
 * server.faults().on("GetApp").delay(Duration.ofSeconds(2));
 * }</pre>
 *
 * <p>A call that a fault answers with an error has no effect on the state. A delayed call takes effect at
 * once and its answer leaves after the delay, as when a network is slow. Fractions draw from the
 * server's seed, so a seeded server fails the same calls on every run. Rules apply in the order they were
 * added; a rule whose count is spent is dropped.
 */
public final class Faults {

    private final FaultPlan plan;

    Faults(FaultPlan plan) {
        this.plan = plan;
    }

    /**
     * Starts a rule for one operation, named as in the Pinpoint API ({@code SendMessages},
     * {@code SendOTPMessage}).
     *
     * @throws IllegalArgumentException if the API has no operation of that name
     */
    public Rule on(String operation) {
        Objects.requireNonNull(operation, "operation");
        if (RouteTable.pinpoint().find(operation).isEmpty()) {
            throw new IllegalArgumentException("Pinpoint has no operation named " + operation
                    + "; use the API's names, such as SendMessages or GetApp");
        }
        return new Rule(operation);
    }

    /** Starts a rule that applies to every operation. */
    public Rule onEveryOperation() {
        return new Rule(null);
    }

    /** Removes every rule. */
    public void clear() {
        plan.clear();
    }

    /** One fault rule being built: by default it applies to the next call only. */
    public final class Rule {

        private final String operation;
        private int times = 1;
        private double fraction = -1;

        private Rule(String operation) {
            this.operation = operation;
        }

        /** Applies to the next {@code count} matching calls. */
        public Rule times(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("times takes a count of 1 or more, not " + count);
            }
            this.times = count;
            this.fraction = -1;
            return this;
        }

        /** Applies to every matching call, each with this probability, until {@link Faults#clear()}. */
        public Rule fraction(double probability) {
            if (!(probability > 0 && probability <= 1)) {
                throw new IllegalArgumentException("fraction takes a probability in (0, 1], not " + probability);
            }
            this.fraction = probability;
            return this;
        }

        /** Answers the matching calls with this error and its default message. */
        public void respond(PinpointError error) {
            respond(error, Objects.requireNonNull(error, "error").defaultMessage());
        }

        /** Answers the matching calls with this error and message. */
        public void respond(PinpointError error, String message) {
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(message, "message");
            plan.add(new FaultPlan.Rule(operation, times, fraction,
                    new FaultPlan.Fault(error.status(), error.type(), message, Duration.ZERO)));
        }

        /** Sends the answers to the matching calls only after this real-time delay. */
        public void delay(Duration delay) {
            Objects.requireNonNull(delay, "delay");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("delay must not be negative: " + delay);
            }
            plan.add(new FaultPlan.Rule(operation, times, fraction, new FaultPlan.Fault(0, null, null, delay)));
        }
    }
}
