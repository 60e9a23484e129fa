package dev.pinpointmock.internal.state;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.pinpoint.model.EndpointResponse;

/**
 * The endpoints of one application by key, in the order they were first stored, with indexes by
 * {@code User.UserId} and by address kept up to date on every change. A write that touches one endpoint
 * then finds the user's other endpoints, or the others with its address, without reading every endpoint
 * (with 100,000 endpoints, a batch of writes that each read them all took many minutes).
 *
 * <p>Not thread-safe: {@link EndpointStore} changes a private copy under its lock and publishes it.
 */
final class IndexedEndpoints extends AbstractMap<String, EndpointResponse> {

    private final LinkedHashMap<String, EndpointResponse> byKey;
    private final HashMap<String, Long> firstStored;
    private final HashMap<String, List<String>> keysByUser;
    private final HashMap<String, List<String>> keysByAddress;
    private long stores;

    IndexedEndpoints() {
        this(new LinkedHashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), 0);
    }

    private IndexedEndpoints(LinkedHashMap<String, EndpointResponse> byKey, HashMap<String, Long> firstStored,
                             HashMap<String, List<String>> keysByUser, HashMap<String, List<String>> keysByAddress,
                             long stores) {
        this.byKey = byKey;
        this.firstStored = firstStored;
        this.keysByUser = keysByUser;
        this.keysByAddress = keysByAddress;
        this.stores = stores;
    }

    /** A copy to change; the index lists are immutable, so they are shared until a change replaces one. */
    IndexedEndpoints copy() {
        return new IndexedEndpoints(new LinkedHashMap<>(byKey), new HashMap<>(firstStored),
                new HashMap<>(keysByUser), new HashMap<>(keysByAddress), stores);
    }

    /** The endpoints whose {@code User.UserId} is this id, in the order they were first stored. */
    List<EndpointResponse> ofUser(String userId) {
        return inStoredOrder(keysByUser.getOrDefault(userId, List.of()));
    }

    /** The endpoints whose address is this one, in the order they were first stored. */
    List<EndpointResponse> withAddress(String address) {
        return inStoredOrder(keysByAddress.getOrDefault(address, List.of()));
    }

    @Override
    public EndpointResponse get(Object key) {
        return byKey.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return byKey.containsKey(key);
    }

    @Override
    public int size() {
        return byKey.size();
    }

    @Override
    public EndpointResponse put(String key, EndpointResponse endpoint) {
        EndpointResponse old = byKey.put(key, endpoint);
        if (old == null) {
            firstStored.put(key, stores++);
        }
        unindex(key, old);
        index(key, endpoint);
        return old;
    }

    @Override
    public EndpointResponse remove(Object key) {
        EndpointResponse old = byKey.remove(key);
        if (old != null) {
            firstStored.remove(key);
            unindex((String) key, old);
        }
        return old;
    }

    @Override
    public Set<Entry<String, EndpointResponse>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, EndpointResponse>> iterator() {
                Iterator<Entry<String, EndpointResponse>> entries = byKey.entrySet().iterator();
                return new Iterator<>() {
                    private Entry<String, EndpointResponse> current;

                    @Override
                    public boolean hasNext() {
                        return entries.hasNext();
                    }

                    @Override
                    public Entry<String, EndpointResponse> next() {
                        current = entries.next();
                        return new SimpleEntry<>(current) {
                            private static final long serialVersionUID = 1L;

                            @Override
                            public EndpointResponse setValue(EndpointResponse endpoint) {
                                String key = current.getKey();
                                EndpointResponse old = current.setValue(endpoint);
                                unindex(key, old);
                                index(key, endpoint);
                                return old;
                            }
                        };
                    }

                    @Override
                    public void remove() {
                        entries.remove();
                        firstStored.remove(current.getKey());
                        unindex(current.getKey(), current.getValue());
                    }
                };
            }

            @Override
            public int size() {
                return byKey.size();
            }
        };
    }

    private List<EndpointResponse> inStoredOrder(List<String> keys) {
        List<String> ordered = new ArrayList<>(keys);
        ordered.sort(Comparator.comparing(firstStored::get));
        List<EndpointResponse> endpoints = new ArrayList<>(ordered.size());
        ordered.forEach(key -> endpoints.add(byKey.get(key)));
        return List.copyOf(endpoints);
    }

    private void index(String key, EndpointResponse endpoint) {
        add(keysByUser, userId(endpoint), key);
        add(keysByAddress, endpoint == null ? null : endpoint.address(), key);
    }

    private void unindex(String key, EndpointResponse endpoint) {
        drop(keysByUser, userId(endpoint), key);
        drop(keysByAddress, endpoint == null ? null : endpoint.address(), key);
    }

    private static String userId(EndpointResponse endpoint) {
        return endpoint == null || endpoint.user() == null ? null : endpoint.user().userId();
    }

    private static void add(Map<String, List<String>> index, String value, String key) {
        if (value != null) {
            List<String> keys = index.getOrDefault(value, List.of());
            if (!keys.contains(key)) {
                List<String> more = new ArrayList<>(keys);
                more.add(key);
                index.put(value, List.copyOf(more));
            }
        }
    }

    private static void drop(Map<String, List<String>> index, String value, String key) {
        if (value != null) {
            List<String> keys = index.getOrDefault(value, List.of());
            if (keys.contains(key)) {
                List<String> fewer = new ArrayList<>(keys);
                fewer.remove(key);
                if (fewer.isEmpty()) {
                    index.remove(value);
                } else {
                    index.put(value, List.copyOf(fewer));
                }
            }
        }
    }
}
