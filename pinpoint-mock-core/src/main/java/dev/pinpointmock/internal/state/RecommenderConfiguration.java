package dev.pinpointmock.internal.state;

import java.time.Instant;
import java.util.Map;

/**
 * A stored configuration for retrieving recommendations from a recommender model, with the defaults Pinpoint
 * documents already applied. Immutable: an update replaces the record and keeps its id and creation date.
 */
public record RecommenderConfiguration(
        String id,
        String name,
        String description,
        Map<String, String> attributes,
        String recommendationProviderIdType,
        String recommendationProviderRoleArn,
        String recommendationProviderUri,
        String recommendationTransformerUri,
        String recommendationsDisplayName,
        int recommendationsPerMessage,
        Instant creationDate,
        Instant lastModifiedDate) {

    public RecommenderConfiguration {
        attributes = attributes == null ? null : Map.copyOf(attributes);
    }
}
