package dev.pinpointmock.internal.state;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The channels of one application, by channel id ({@code sms}, {@code apns_sandbox}, ...). Each keeps
 * the settings its updates sent, merged, including credentials that responses never show.
 */
public final class ChannelStore {

    /**
     * A channel as stored.
     *
     * @param id the channel id in the API's paths, such as {@code gcm}
     * @param settings the members of the update requests by model member name, later ones replacing earlier
     * @param creationDate when the channel was first updated
     * @param lastModifiedDate when it was last updated
     * @param version 1 after the first update, one more after each later one
     */
    public record StoredChannel(String id, Map<String, Object> settings, Instant creationDate,
                                Instant lastModifiedDate, int version) {

        /** Whether the channel sends; a channel that never said is enabled. */
        public boolean enabled() {
            return !Boolean.FALSE.equals(settings.get("Enabled"));
        }
    }

    private final Map<String, StoredChannel> channels = new ConcurrentHashMap<>();

    public Optional<StoredChannel> get(String id) {
        return Optional.ofNullable(channels.get(id));
    }

    public Collection<StoredChannel> all() {
        return channels.values();
    }

    /**
     * Creates or updates a channel atomically: the sent settings replace the stored ones member by member,
     * then the validator sees the merged settings and may throw, which leaves the channel as it was.
     */
    public StoredChannel update(String id, Map<String, Object> sent, Instant now,
                                Consumer<Map<String, Object>> validator) {
        return channels.compute(id, (key, existing) -> {
            Map<String, Object> merged = new LinkedHashMap<>(existing == null ? Map.of() : existing.settings());
            merged.putAll(sent);
            validator.accept(merged);
            return existing == null
                    ? new StoredChannel(id, Map.copyOf(merged), now, now, 1)
                    : new StoredChannel(id, Map.copyOf(merged), existing.creationDate(), now, existing.version() + 1);
        });
    }

    public Optional<StoredChannel> remove(String id) {
        return Optional.ofNullable(channels.remove(id));
    }
}
