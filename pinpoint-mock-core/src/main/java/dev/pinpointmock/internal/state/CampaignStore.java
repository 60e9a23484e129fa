package dev.pinpointmock.internal.state;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The campaigns of one application, by campaign id. */
public final class CampaignStore {

    private final Map<String, StoredCampaign> campaigns = new ConcurrentHashMap<>();

    public Optional<StoredCampaign> get(String id) {
        return Optional.ofNullable(campaigns.get(id));
    }

    public Collection<StoredCampaign> all() {
        return List.copyOf(campaigns.values());
    }

    public void add(StoredCampaign campaign) {
        campaigns.put(campaign.id(), campaign);
    }

    public Optional<StoredCampaign> remove(String id) {
        return Optional.ofNullable(campaigns.remove(id));
    }
}
