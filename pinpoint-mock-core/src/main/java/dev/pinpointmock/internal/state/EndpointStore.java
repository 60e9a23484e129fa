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
 * <p>Reads and writes take the store's lock, so a read sees a change of many endpoints (a batch, a user's
 * attributes, an address taken over) whole or not at all. A write changes the endpoints in place and notes
 * what it touched, so that one that throws is undone and changes nothing; it costs what it touches, not
 * what the application holds. Indexes by user and by address let a write find related endpoints without
 * reading them all.
 */
public final class EndpointStore {

    private final IndexedEndpoints endpoints = new IndexedEndpoints();
    private final Map<String, Set<String>> removedAttributeNames = new HashMap<>();

    /** The key an endpoint id is stored under. */
    public static String key(String endpointId) {
        return endpointId.toLowerCase(Locale.ROOT);
    }

    public synchronized Optional<EndpointResponse> get(String endpointId) {
        return Optional.ofNullable(endpoints.get(key(endpointId)));
    }

    /** The endpoints now, in the order they were first stored; later writes do not change the list. */
    public synchronized Collection<EndpointResponse> all() {
        return List.copyOf(endpoints.values());
    }

    /** The endpoints whose {@code User.UserId} is exactly this id, oldest first. */
    public synchronized List<EndpointResponse> ofUser(String userId) {
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
     * Applies a change to the endpoints, keyed as {@link #key(String)} does. An exception undoes it and
     * leaves the store as it was.
     */
    public synchronized <T> T write(Function<Map<String, EndpointResponse>, T> change) {
        endpoints.beginChange();
        try {
            T result = change.apply(endpoints);
            endpoints.commitChange();
            return result;
        } catch (RuntimeException | Error failure) {
            endpoints.rollBackChange();
            throw failure;
        }
    }

    /** The names of one attribute type that RemoveAttributes removed; new values of them are not captured. */
    public synchronized Set<String> removedAttributeNames(String attributeType) {
        return Set.copyOf(removedAttributeNames.getOrDefault(attributeType, Set.of()));
    }

    public synchronized void removeAttributeNames(String attributeType, Collection<String> names) {
        removedAttributeNames.computeIfAbsent(attributeType, type -> new HashSet<>()).addAll(names);
    }
}
