package dev.pinpointmock.internal.state;

import dev.pinpointmock.DeliveredMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Every message the server would have delivered, in order, with a bounded wait for the next one. */
public final class MessageLog {

    private final List<DeliveredMessage> delivered = new ArrayList<>();

    public synchronized void record(DeliveredMessage message) {
        delivered.add(message);
        notifyAll();
    }

    public synchronized List<DeliveredMessage> all() {
        return List.copyOf(delivered);
    }

    public synchronized List<DeliveredMessage> matching(Predicate<DeliveredMessage> condition) {
        return delivered.stream().filter(condition).toList();
    }

    public synchronized Optional<DeliveredMessage> latest(Predicate<DeliveredMessage> condition) {
        for (int i = delivered.size() - 1; i >= 0; i--) {
            if (condition.test(delivered.get(i))) {
                return Optional.of(delivered.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * Waits, at most for the timeout in real time, until a message matching the condition exists; for
     * code under test that sends from another thread. Returns at once when one already does.
     */
    public synchronized Optional<DeliveredMessage> await(Predicate<DeliveredMessage> condition, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Optional<DeliveredMessage> found = latest(condition);
        while (found.isEmpty()) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                return found;
            }
            wait(Math.max(1, remaining / 1_000_000));
            found = latest(condition);
        }
        return found;
    }

    public synchronized void clear() {
        delivered.clear();
    }
}
