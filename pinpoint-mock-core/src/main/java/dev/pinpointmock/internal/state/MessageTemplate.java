package dev.pinpointmock.internal.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.pinpoint.model.TemplateType;

/**
 * A message template of one type with all its versions, as Pinpoint keeps them: the first version is 1, each
 * new version takes the next number, numbers are never reused, and exactly one version is active. Every
 * change is atomic; a change to a template that was deleted meanwhile reports {@link Change#GONE}.
 */
public final class MessageTemplate {

    /** The most versions one template can have (Pinpoint's quota, not adjustable). */
    public static final int MAX_VERSIONS = 5_000;

    /** What became of a requested change. */
    public enum Change {
        DONE,
        /** The template was deleted before the change could be made. */
        GONE,
        NO_SUCH_VERSION,
        /** An overwrite named a version that exists but is not the latest. */
        NOT_LATEST,
        TOO_MANY_VERSIONS,
        /** A version delete named the active version. */
        ACTIVE_VERSION
    }

    private final String name;
    private final TemplateType type;
    private final String arn;
    private final Instant creationDate;
    private final NavigableMap<Integer, TemplateVersion> versions = new TreeMap<>();
    private int lastNumber;
    private int activeNumber;
    private Instant lastModifiedDate;
    private boolean removed;

    public MessageTemplate(String name, TemplateType type, String arn, SdkPojo content, Instant now) {
        this.name = name;
        this.type = type;
        this.arn = arn;
        this.creationDate = now;
        this.lastNumber = 1;
        this.activeNumber = 1;
        this.lastModifiedDate = now;
        versions.put(1, new TemplateVersion(1, content, now, now));
    }

    public String name() {
        return name;
    }

    public TemplateType type() {
        return type;
    }

    public String arn() {
        return arn;
    }

    public Instant creationDate() {
        return creationDate;
    }

    /** When any version was last created or written. */
    public synchronized Instant lastModifiedDate() {
        return lastModifiedDate;
    }

    public synchronized TemplateVersion active() {
        return versions.get(activeNumber);
    }

    /** The version with the highest number. */
    public synchronized TemplateVersion latest() {
        return versions.lastEntry().getValue();
    }

    public synchronized Optional<TemplateVersion> version(int number) {
        return Optional.ofNullable(versions.get(number));
    }

    /** Every version, oldest first. */
    public synchronized List<TemplateVersion> versions() {
        return new ArrayList<>(versions.values());
    }

    /**
     * Overwrites a version's content. Without an expected version it overwrites the latest; with one, that
     * number must be the latest, which keeps two writers from overwriting each other's work unseen.
     */
    public synchronized Change overwrite(Integer expectedVersion, SdkPojo content, Instant now) {
        if (removed) {
            return Change.GONE;
        }
        int latest = versions.lastKey();
        if (expectedVersion != null && expectedVersion != latest) {
            return versions.containsKey(expectedVersion) ? Change.NOT_LATEST : Change.NO_SUCH_VERSION;
        }
        versions.put(latest, versions.get(latest).overwrittenWith(content, now));
        lastModifiedDate = now;
        return Change.DONE;
    }

    /** Saves content as a new version numbered after every version this template ever had. */
    public synchronized Change addVersion(SdkPojo content, Instant now) {
        if (removed) {
            return Change.GONE;
        }
        if (versions.size() >= MAX_VERSIONS) {
            return Change.TOO_MANY_VERSIONS;
        }
        lastNumber++;
        versions.put(lastNumber, new TemplateVersion(lastNumber, content, now, now));
        lastModifiedDate = now;
        return Change.DONE;
    }

    /** Makes a version the active one; {@code null} names the latest. */
    public synchronized Change activate(Integer number) {
        if (removed) {
            return Change.GONE;
        }
        int chosen = number == null ? versions.lastKey() : number;
        if (!versions.containsKey(chosen)) {
            return Change.NO_SUCH_VERSION;
        }
        activeNumber = chosen;
        return Change.DONE;
    }

    /** Deletes one version; the active version stays until another version is made active. */
    public synchronized Change removeVersion(int number) {
        if (removed) {
            return Change.GONE;
        }
        if (!versions.containsKey(number)) {
            return Change.NO_SUCH_VERSION;
        }
        if (number == activeNumber) {
            return Change.ACTIVE_VERSION;
        }
        versions.remove(number);
        return Change.DONE;
    }

    /** Called by the store when the whole template is deleted; later changes report {@link Change#GONE}. */
    synchronized void markRemoved() {
        removed = true;
    }
}
