package dev.pinpointmock.internal.state;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** The S3 objects a test registered for import jobs and the ones export jobs wrote, by {@code s3://} URL. */
public final class ObjectStore {

    private final Map<String, byte[]> objects = new ConcurrentSkipListMap<>();

    public void put(String url, byte[] content) {
        objects.put(url, content.clone());
    }

    public Optional<byte[]> get(String url) {
        byte[] content = objects.get(url);
        return content == null ? Optional.empty() : Optional.of(content.clone());
    }

    /** The URLs that start with a prefix, in order. */
    public List<String> urls(String prefix) {
        return objects.keySet().stream().filter(url -> url.startsWith(prefix)).toList();
    }

    public void clear() {
        objects.clear();
    }
}
