package dev.pinpointmock.internal.state;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Counts of what a journey run's participants did: overall, and per activity. */
public final class JourneyCounters {

    private final Map<String, Long> journey = new TreeMap<>();
    private final Map<String, Map<String, Long>> activities = new LinkedHashMap<>();

    public synchronized void count(String metric) {
        journey.merge(metric, 1L, Long::sum);
    }

    public synchronized void count(String activityId, String metric) {
        activities.computeIfAbsent(activityId, key -> new TreeMap<>()).merge(metric, 1L, Long::sum);
    }

    public synchronized Map<String, Long> journey() {
        return Map.copyOf(journey);
    }

    public synchronized Map<String, Long> activity(String activityId) {
        return Map.copyOf(activities.getOrDefault(activityId, Map.of()));
    }
}
