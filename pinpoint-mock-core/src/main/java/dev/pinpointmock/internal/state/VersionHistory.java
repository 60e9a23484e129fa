package dev.pinpointmock.internal.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The versions of one resource, numbered from 1 in the order they were written. A version is never changed
 * or renumbered once written; {@link #append} makes the next one from the latest, atomically.
 *
 * @param <V> what one version holds
 */
public final class VersionHistory<V> {

    private final List<V> versions = new ArrayList<>();

    /** A history whose version 1 is the given one. */
    public VersionHistory(V first) {
        versions.add(first);
    }

    public synchronized V latest() {
        return versions.get(versions.size() - 1);
    }

    public synchronized int latestNumber() {
        return versions.size();
    }

    /** The version with this number, if it was written. */
    public synchronized Optional<V> version(int number) {
        return number >= 1 && number <= versions.size() ? Optional.of(versions.get(number - 1)) : Optional.empty();
    }

    /** Every version, oldest (number 1) first. */
    public synchronized List<V> all() {
        return List.copyOf(versions);
    }

    /**
     * Writes the next version, made from the latest one and the number the new one gets. An exception from
     * {@code next} writes nothing.
     */
    public synchronized V append(Function<Written<V>, V> next) {
        V made = next.apply(new Written<>(latest(), versions.size() + 1));
        versions.add(made);
        return made;
    }

    /** The latest version and the number the next one gets. */
    public record Written<V>(V latest, int nextNumber) {
    }
}
