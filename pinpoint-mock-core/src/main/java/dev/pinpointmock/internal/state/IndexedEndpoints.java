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
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.services.pinpoint.model.EndpointResponse;

/**
 * The endpoints of one application by key, in the order they were first stored, with indexes by
 * {@code User.UserId} and by address kept up to date on every change. A write that touches one endpoint
 * then finds the user's other endpoints, or the others with its address, without reading every endpoint
 * (with 100,000 endpoints, a batch of writes that each read them all took many minutes).
 *
 * <p>A change can be undone: between {@link #beginChange()} and {@link #commitChange()}, the first time a
 * key is touched its endpoint and store order are noted, and {@link #rollBackChange()} puts them back.
 *
 * <p>Not thread-safe: {@link EndpointStore} reads and changes it under its lock.
 */
final class IndexedEndpoints extends AbstractMap<String, EndpointResponse> {

    private final LinkedHashMap<String, EndpointResponse> byKey;
    private final HashMap<String, Long> firstStored;
    private final HashMap<String, List<String>> keysByUser;
    private final HashMap<String, List<String>> keysByAddress;
    private long stores;

    /** Each key the change under way touched, as it was before; {@code null} when no change is under way. */
    private Map<String, Before> touched;
    private long storesBefore;

    /** An endpoint (or none) and its place in store order, before a change touched its key. */
    private record Before(EndpointResponse endpoint, Long firstStored) {
    }

    IndexedEndpoints() {
        this.byKey = new LinkedHashMap<>();
        this.firstStored = new HashMap<>();
        this.keysByUser = new HashMap<>();
        this.keysByAddress = new HashMap<>();
    }

    /** Starts noting what changes, so that {@link #rollBackChange()} can undo it. */
    void beginChange() {
        touched = new HashMap<>();
        storesBefore = stores;
    }

    /** Keeps the change under way. */
    void commitChange() {
        touched = null;
    }

    /** Undoes the change under way: every endpoint, index and the store order are as before it began. */
    void rollBackChange() {
        Map<String, Before> undo = touched;
        touched = null;
        boolean reorder = false;
        for (Map.Entry<String, Before> entry : undo.entrySet()) {
            String key = entry.getKey();
            Before before = entry.getValue();
            if (before.endpoint() == null) {
                remove(key);
            } else {
                reorder |= !byKey.containsKey(key);
                put(key, before.endpoint());
                firstStored.put(key, before.firstStored());
            }
        }
        stores = storesBefore;
        if (reorder) {
            List<String> keys = new ArrayList<>(byKey.keySet());
            keys.sort(Comparator.comparing(firstStored::get));
            Map<String, EndpointResponse> values = new HashMap<>(byKey);
            byKey.clear();
            keys.forEach(key -> byKey.put(key, values.get(key)));
        }
    }

    private void note(String key) {
        if (touched != null && !touched.containsKey(key)) {
            touched.put(key, new Before(byKey.get(key), firstStored.get(key)));
        }
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
        note(key);
        EndpointResponse old = byKey.put(key, endpoint);
        if (old == null) {
            firstStored.put(key, stores++);
        }
        reindex(key, old, endpoint);
        return old;
    }

    @Override
    public EndpointResponse remove(Object key) {
        if (!(key instanceof String name) || !byKey.containsKey(name)) {
            return null;
        }
        note(name);
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
                                note(key);
                                EndpointResponse old = current.setValue(endpoint);
                                reindex(key, old, endpoint);
                                return old;
                            }
                        };
                    }

                    @Override
                    public void remove() {
                        note(current.getKey());
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
        if (keys.size() <= 1) {
            return keys.isEmpty() ? List.of() : List.of(byKey.get(keys.get(0)));
        }
        List<String> ordered = new ArrayList<>(keys);
        ordered.sort(Comparator.comparing(firstStored::get));
        List<EndpointResponse> endpoints = new ArrayList<>(ordered.size());
        ordered.forEach(key -> endpoints.add(byKey.get(key)));
        return List.copyOf(endpoints);
    }

    /** Moves a key between the indexes' entries when the endpoint's user or address changed, only then. */
    private void reindex(String key, EndpointResponse old, EndpointResponse endpoint) {
        String oldUser = userId(old);
        String newUser = userId(endpoint);
        if (!Objects.equals(oldUser, newUser)) {
            drop(keysByUser, oldUser, key);
            add(keysByUser, newUser, key);
        }
        String oldAddress = address(old);
        String newAddress = address(endpoint);
        if (!Objects.equals(oldAddress, newAddress)) {
            drop(keysByAddress, oldAddress, key);
            add(keysByAddress, newAddress, key);
        }
    }

    private void unindex(String key, EndpointResponse endpoint) {
        drop(keysByUser, userId(endpoint), key);
        drop(keysByAddress, address(endpoint), key);
    }

    private static String address(EndpointResponse endpoint) {
        return endpoint == null ? null : endpoint.address();
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
