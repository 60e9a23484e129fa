package dev.pinpointmock.internal.state;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import software.amazon.awssdk.services.pinpoint.model.ApplicationSettingsResource;
import software.amazon.awssdk.services.pinpoint.model.EventStream;

/** One Pinpoint application (project) and everything that belongs to it; deleting it deletes them all. */
public final class App {

    private final String id;
    private final String name;
    private final String arn;
    private final Instant creationDate;
    private final Map<String, OtpEntry> otpsByReference = new ConcurrentHashMap<>();
    private final EndpointStore endpoints = new EndpointStore();
    private final ChannelStore channels = new ChannelStore();
    private final AtomicReference<ApplicationSettingsResource> settings = new AtomicReference<>();
    private final AtomicReference<EventStream> eventStream = new AtomicReference<>();
    private final SegmentStore segments = new SegmentStore();
    private final CampaignStore campaigns = new CampaignStore();
    private final JourneyStore journeys = new JourneyStore();
    private final JobStore jobs = new JobStore();

    public App(String id, String name, String arn, Instant creationDate) {
        this.id = id;
        this.name = name;
        this.arn = arn;
        this.creationDate = creationDate;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String arn() {
        return arn;
    }

    public Instant creationDate() {
        return creationDate;
    }

    /** The live one-time passwords, one per reference id: a new send for a reference replaces the old. */
    public Map<String, OtpEntry> otpsByReference() {
        return otpsByReference;
    }

    /** The endpoints and users of the application. */
    public EndpointStore endpoints() {
        return endpoints;
    }

    /** The channels (SMS, email, push, voice) configured for the application. */
    public ChannelStore channels() {
        return channels;
    }

    /** The application's settings as last updated, or {@code null} before any update. */
    public AtomicReference<ApplicationSettingsResource> settings() {
        return settings;
    }

    /** The event stream of the application, or {@code null} when none is set. */
    public AtomicReference<EventStream> eventStream() {
        return eventStream;
    }

    /** The segments of the application, with their versions. */
    public SegmentStore segments() {
        return segments;
    }

    /** The campaigns of the application, with their versions, status and activities. */
    public CampaignStore campaigns() {
        return campaigns;
    }

    /** The journeys of the application, with their state and runs. */
    public JourneyStore journeys() {
        return journeys;
    }

    /** The import and export jobs of the application. */
    public JobStore jobs() {
        return jobs;
    }

    /**
     * Whether a resource under this application exists, as the tail of its ARN names it: {@code segments}
     * and an id, say.
     */
    public boolean hasChild(String kind, String id) {
        return switch (kind) {
            case "segments" -> segments.get(id).isPresent();
            case "campaigns" -> campaigns.get(id).isPresent();
            case "journeys" -> journeys.get(id).isPresent();
            default -> false;
        };
    }
}
