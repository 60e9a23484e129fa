package dev.pinpointmock.internal.state;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.pinpoint.model.TemplateType;

/**
 * The state of one account in one region, as Pinpoint keeps it: nothing crosses between partitions.
 */
public final class Partition {

    private final String account;
    private final String region;
    private final Map<String, App> apps = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> tagsByArn = new ConcurrentHashMap<>();
    private final TemplateStore templates = new TemplateStore();
    private final RecommenderStore recommenders = new RecommenderStore();

    public Partition(String account, String region) {
        this.account = account;
        this.region = region;
    }

    public String account() {
        return account;
    }

    public String region() {
        return region;
    }

    /** The ARN of a resource of this partition, as in {@code arn(\"apps/\" + id)}. */
    public String arn(String resource) {
        return "arn:aws:mobiletargeting:" + region + ":" + account + ":" + resource;
    }

    public Optional<App> app(String id) {
        return Optional.ofNullable(apps.get(id));
    }

    public Collection<App> apps() {
        return apps.values();
    }

    public void addApp(App app) {
        apps.put(app.id(), app);
    }

    /** The message templates of this account and region; templates belong to no application. */
    public TemplateStore templates() {
        return templates;
    }

    /** The recommender model configurations of this account and region. */
    public RecommenderStore recommenders() {
        return recommenders;
    }

    /** Removes an application with its tags and those of everything under it. */
    public Optional<App> removeApp(String id) {
        App removed = apps.remove(id);
        if (removed != null) {
            tagsByArn.keySet().removeIf(arn -> arn.equals(removed.arn()) || arn.startsWith(removed.arn() + "/"));
        }
        return Optional.ofNullable(removed);
    }

    /** Whether the resource an ARN of this partition names (after {@code account:}) exists. */
    public boolean resourceExists(String resource) {
        String[] parts = resource.split("/");
        if (parts.length == 3 && parts[0].equals("templates")) {
            TemplateType type = TemplateType.fromValue(parts[2]);
            return type != TemplateType.UNKNOWN_TO_SDK_VERSION && templates.find(parts[1], type).isPresent();
        }
        if (parts.length < 2 || !parts[0].equals("apps")) {
            return false;
        }
        App app = apps.get(parts[1]);
        if (app == null || parts.length == 2) {
            return app != null;
        }
        return parts.length == 4 && app.hasChild(parts[2], parts[3]);
    }

    public Map<String, String> tags(String arn) {
        Map<String, String> tags = tagsByArn.get(arn);
        return tags == null ? Map.of() : Map.copyOf(tags);
    }

    public void tag(String arn, Map<String, String> tags) {
        tagWithin(arn, tags, Integer.MAX_VALUE);
    }

    /**
     * Adds tags to a resource unless the resource would then carry more than {@code maxTags}; atomic, so
     * concurrent calls cannot pass the limit together.
     *
     * @return whether the tags were added
     */
    public boolean tagWithin(String arn, Map<String, String> tags, int maxTags) {
        boolean[] added = {false};
        tagsByArn.compute(arn, (key, existing) -> {
            Map<String, String> merged = existing == null ? new LinkedHashMap<>() : new LinkedHashMap<>(existing);
            merged.putAll(tags);
            if (merged.size() > maxTags) {
                return existing;
            }
            added[0] = true;
            return merged;
        });
        return added[0];
    }

    /** Forgets every tag of a resource, as when the resource is deleted. */
    public void removeTags(String arn) {
        tagsByArn.remove(arn);
    }

    public void untag(String arn, Collection<String> keys) {
        tagsByArn.computeIfPresent(arn, (key, existing) -> {
            Map<String, String> remaining = new LinkedHashMap<>(existing);
            remaining.keySet().removeAll(keys);
            return remaining.isEmpty() ? null : remaining;
        });
    }
}
