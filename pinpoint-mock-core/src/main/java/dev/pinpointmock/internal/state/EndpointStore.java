package dev.pinpointmock.internal.state;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.services.pinpoint.model.EndpointResponse;

/**
 * The endpoints of one application, keyed by id without regard to case (Pinpoint documents endpoint ids
 * as case-insensitive), and the attribute names that RemoveAttributes took out of the application.
 *
 * <p>Reads see one consistent snapshot. A write runs on a private copy under the store's lock and
 * replaces the snapshot only when it returns, so a change of many endpoints (a batch, a user's
 * attributes, an address taken over) is atomic and a write that throws changes nothing. The copy keeps
 * indexes by user and by address, so a write finds related endpoints without reading them all.
 */
public final class EndpointStore {

    private volatile IndexedEndpoints endpoints = new IndexedEndpoints();
    private final Map<String, Set<String>> removedAttributeNames = new HashMap<>();

    /** The key an endpoint id is stored under. */
    public static String key(String endpointId) {
        return endpointId.toLowerCase(Locale.ROOT);
    }

    public Optional<EndpointResponse> get(String endpointId) {
        return Optional.ofNullable(endpoints.get(key(endpointId)));
    }

    public Collection<EndpointResponse> all() {
        return java.util.Collections.unmodifiableCollection(endpoints.values());
    }

    /** The endpoints whose {@code User.UserId} is exactly this id, oldest first. */
    public List<EndpointResponse> ofUser(String userId) {
        return endpoints.ofUser(userId);
    }

    /** The endpoints of a user within a map being written, oldest first. */
    public static List<EndpointResponse> ofUser(Map<String, EndpointResponse> endpoints, String userId) {
        if (endpoints instanceof IndexedEndpoints indexed) {
            return indexed.ofUser(userId);
        }
        return endpoints.values().stream()
                .filter(endpoint -> endpoint.user() != null && userId.equals(endpoint.user().userId()))
                .toList();
    }

    /** The endpoints with this address within a map being written, oldest first. */
    public static List<EndpointResponse> withAddress(Map<String, EndpointResponse> endpoints, String address) {
        if (endpoints instanceof IndexedEndpoints indexed) {
            return indexed.withAddress(address);
        }
        return endpoints.values().stream().filter(endpoint -> address.equals(endpoint.address())).toList();
    }

    /**
     * Applies a change to a copy of the endpoints, keyed as {@link #key(String)} does, and publishes the
     * copy when the change returns. An exception leaves the store as it was.
     */
    public synchronized <T> T write(Function<Map<String, EndpointResponse>, T> change) {
        IndexedEndpoints copy = endpoints.copy();
        T result = change.apply(copy);
        endpoints = copy;
        return result;
    }

    /** The names of one attribute type that RemoveAttributes removed; new values of them are not captured. */
    public synchronized Set<String> removedAttributeNames(String attributeType) {
        return Set.copyOf(removedAttributeNames.getOrDefault(attributeType, Set.of()));
    }

    public synchronized void removeAttributeNames(String attributeType, Collection<String> names) {
        removedAttributeNames.computeIfAbsent(attributeType, type -> new HashSet<>()).addAll(names);
    }
}
