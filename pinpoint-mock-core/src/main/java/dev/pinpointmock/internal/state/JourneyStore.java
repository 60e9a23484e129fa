package dev.pinpointmock.internal.state;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The journeys of one application, by journey id. */
public final class JourneyStore {

    private final Map<String, StoredJourney> journeys = new ConcurrentHashMap<>();

    public Optional<StoredJourney> get(String id) {
        return Optional.ofNullable(journeys.get(id));
    }

    public Collection<StoredJourney> all() {
        return List.copyOf(journeys.values());
    }

    public void add(StoredJourney journey) {
        journeys.put(journey.id(), journey);
    }

    public Optional<StoredJourney> remove(String id) {
        return Optional.ofNullable(journeys.remove(id));
    }
}
