package dev.pinpointmock.internal.state;

import dev.pinpointmock.GeneratedOtp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Every one-time password the server generated, in order, with a bounded wait for the next one. */
public final class OtpLog {

    private final List<GeneratedOtp> generated = new ArrayList<>();

    public synchronized void record(GeneratedOtp otp) {
        generated.add(otp);
        notifyAll();
    }

    public synchronized List<GeneratedOtp> all() {
        return List.copyOf(generated);
    }

    public synchronized Optional<GeneratedOtp> latest(Predicate<GeneratedOtp> matching) {
        for (int i = generated.size() - 1; i >= 0; i--) {
            if (matching.test(generated.get(i))) {
                return Optional.of(generated.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * Waits, at most for the timeout in real time, until a code matching the predicate exists; for code
     * under test that sends from another thread. Returns at once when one already does.
     */
    public synchronized Optional<GeneratedOtp> await(Predicate<GeneratedOtp> matching, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Optional<GeneratedOtp> found = latest(matching);
        while (found.isEmpty()) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                return found;
            }
            wait(Math.max(1, remaining / 1_000_000));
            found = latest(matching);
        }
        return found;
    }

    public synchronized void clear() {
        generated.clear();
    }
}
