package dev.pinpointmock.internal.state;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.UnaryOperator;

/** The recommender model configurations of one account in one region. */
public final class RecommenderStore {

    /** The order GetRecommenderConfigurations pages through: oldest first, ties by id. */
    public static final Comparator<RecommenderConfiguration> CREATION_ORDER =
            Comparator.comparing(RecommenderConfiguration::creationDate).thenComparing(RecommenderConfiguration::id);

    private final ConcurrentMap<String, RecommenderConfiguration> byId = new ConcurrentHashMap<>();

    public void add(RecommenderConfiguration configuration) {
        byId.put(configuration.id(), configuration);
    }

    public Optional<RecommenderConfiguration> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Replaces a configuration atomically; empty when there is none with that id. */
    public Optional<RecommenderConfiguration> update(String id, UnaryOperator<RecommenderConfiguration> change) {
        return Optional.ofNullable(byId.computeIfPresent(id, (key, existing) -> change.apply(existing)));
    }

    public Optional<RecommenderConfiguration> remove(String id) {
        return Optional.ofNullable(byId.remove(id));
    }

    public List<RecommenderConfiguration> all() {
        return byId.values().stream().sorted(CREATION_ORDER).toList();
    }
}
