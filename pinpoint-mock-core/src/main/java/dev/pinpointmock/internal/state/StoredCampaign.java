package dev.pinpointmock.internal.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.pinpoint.model.ActivityResponse;
import software.amazon.awssdk.services.pinpoint.model.CampaignResponse;
import software.amazon.awssdk.services.pinpoint.model.CampaignStatus;

/**
 * One campaign: its versions (each as the API describes it, without state and tags), its live status, the
 * activities of its runs, and what it has sent to each endpoint, which its limits count. Every change
 * happens under the campaign's lock, so a run and an update of the same campaign never interleave.
 */
public final class StoredCampaign {

    private final String id;
    private final Instant creationDate;
    private final String salt;
    private final VersionHistory<CampaignResponse> versions;
    private final List<RunActivity> activities = new ArrayList<>();
    private final Map<String, List<Instant>> sentByEndpoint = new HashMap<>();
    private CampaignStatus status;
    private Instant nextRun;
    private int runs;

    /**
     * A new campaign.
     *
     * @param salt a random string drawn at creation, which makes the campaign's split of endpoints among
     *     holdout and treatments stable across runs and reproducible under the server's seed
     */
    public StoredCampaign(String id, Instant creationDate, String salt, CampaignResponse first,
                          CampaignStatus status, Instant nextRun) {
        this.id = id;
        this.creationDate = creationDate;
        this.salt = salt;
        this.versions = new VersionHistory<>(first);
        this.status = status;
        this.nextRun = nextRun;
    }

    public String id() {
        return id;
    }

    public Instant creationDate() {
        return creationDate;
    }

    public String salt() {
        return salt;
    }

    public VersionHistory<CampaignResponse> versions() {
        return versions;
    }

    public synchronized CampaignStatus status() {
        return status;
    }

    /** When the campaign runs next, or {@code null} when it is not waiting for a time. */
    public synchronized Instant nextRun() {
        return nextRun;
    }

    public synchronized int runs() {
        return runs;
    }

    /** Runs a change of the campaign under its lock and answers what the change answers. */
    public synchronized <T> T change(Function<StoredCampaign, T> change) {
        return change.apply(this);
    }

    /** Sets the status and next run; call it inside {@link #change}. */
    public synchronized void schedule(CampaignStatus newStatus, Instant newNextRun) {
        this.status = newStatus;
        this.nextRun = newNextRun;
    }

    /**
     * One activity of a run (one treatment's part of it), with the endpoints it delivered to and their
     * channels, which the campaign's KPIs count.
     */
    public record RunActivity(ActivityResponse response, Map<String, String> channelsByDeliveredEndpoint) {

        public RunActivity {
            channelsByDeliveredEndpoint = Map.copyOf(channelsByDeliveredEndpoint);
        }
    }

    /** Records a finished run and its activities; call it inside {@link #change}. */
    public synchronized void recordRun(List<RunActivity> runActivities) {
        runs++;
        activities.addAll(runActivities);
    }

    /** The activities of every run, oldest first. */
    public synchronized List<ActivityResponse> activities() {
        return activities.stream().map(RunActivity::response).toList();
    }

    /** The activities of every run with what they delivered, oldest first. */
    public synchronized List<RunActivity> runActivities() {
        return List.copyOf(activities);
    }

    /** Counts a message sent to an endpoint, for the campaign's limits. */
    public synchronized void countSent(String endpointId, Instant at) {
        sentByEndpoint.computeIfAbsent(endpointId, key -> new ArrayList<>()).add(at);
    }

    /** The instants at which the campaign sent to an endpoint, oldest first. */
    public synchronized List<Instant> sentTo(String endpointId) {
        return List.copyOf(sentByEndpoint.getOrDefault(endpointId, List.of()));
    }
}
