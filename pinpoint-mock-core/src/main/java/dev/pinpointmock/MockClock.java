package dev.pinpointmock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The server's own clock, which a test moves instead of sleeping. It drives one-time password expiry and
 * every date the server writes, and moving it runs the scheduled campaigns and journeys that become due.
 *
 * <p>It follows the system clock by default, shifted by whatever {@link #advance} and {@link #setTo}
 * added, so dates look real when nobody touches it. {@link #freeze()} stops it, for tests that assert on
 * exact dates. Being a {@link Clock}, it can be handed to the code under test so that both sides agree on
 * the time.
 */
public final class MockClock extends Clock {

    private final Clock source;
    private volatile Duration offset = Duration.ZERO;
    private volatile Instant frozenAt;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    private MockClock(Clock source) {
        this.source = source;
    }

    /** A clock that follows the system's UTC clock until moved. */
    public static MockClock system() {
        return new MockClock(Clock.systemUTC());
    }

    /** The current instant of this clock; the same as {@link #instant()}. */
    public Instant now() {
        return instant();
    }

    @Override
    public Instant instant() {
        Instant frozen = frozenAt;
        return frozen != null ? frozen : source.instant().plus(offset);
    }

    /**
     * Moves the clock forward. A code sent with a validity period of five minutes is expired after
     * {@code advance(Duration.ofMinutes(5))}.
     *
     * @throws IllegalArgumentException if the duration is negative; use {@link #setTo} to go back
     */
    public MockClock advance(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("Cannot advance the clock by a negative duration " + duration
                    + "; call setTo(instant) to move it back");
        }
        synchronized (this) {
            if (frozenAt != null) {
                frozenAt = frozenAt.plus(duration);
            } else {
                offset = offset.plus(duration);
            }
        }
        moved();
        return this;
    }

    /** Moves the clock to an instant, forward or back; a running clock goes on ticking from there. */
    public MockClock setTo(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        synchronized (this) {
            if (frozenAt != null) {
                frozenAt = instant;
            } else {
                offset = Duration.between(source.instant(), instant);
            }
        }
        moved();
        return this;
    }

    /**
     * Runs a task after every {@link #advance} and {@link #setTo}, on the thread that moved the clock; the
     * server uses it to run the campaigns, journeys and jobs that the new time makes due, so that they have
     * run when {@code advance} returns.
     */
    void onMove(Runnable task) {
        listeners.add(Objects.requireNonNull(task, "task"));
    }

    private void moved() {
        for (Runnable listener : listeners) {
            listener.run();
        }
    }

    /** Stops the clock at its current instant; only {@link #advance} and {@link #setTo} move it then. */
    public synchronized MockClock freeze() {
        frozenAt = instant();
        return this;
    }

    /** Lets a frozen clock tick again from the instant it shows. */
    public synchronized MockClock resume() {
        Instant frozen = frozenAt;
        if (frozen != null) {
            frozenAt = null;
            offset = Duration.between(source.instant(), frozen);
        }
        return this;
    }

    /** Whether {@link #freeze()} stopped the clock. */
    public boolean isFrozen() {
        return frozenAt != null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** A view of this clock in another zone; it moves whenever this clock moves. */
    @Override
    public Clock withZone(ZoneId zone) {
        MockClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    @Override
    public String toString() {
        return "MockClock[" + instant() + (isFrozen() ? ", frozen]" : "]");
    }
}
