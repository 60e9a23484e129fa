package dev.pinpointmock.internal.state;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One Pinpoint application (project) and everything that belongs to it; deleting it deletes them all. */
public final class App {

    private final String id;
    private final String name;
    private final String arn;
    private final Instant creationDate;
    private final Map<String, OtpEntry> otpsByReference = new ConcurrentHashMap<>();

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
}
