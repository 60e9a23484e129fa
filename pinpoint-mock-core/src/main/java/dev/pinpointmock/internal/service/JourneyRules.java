package dev.pinpointmock.internal.service;

import static dev.pinpointmock.internal.service.Errors.badRequest;

import dev.pinpointmock.internal.state.App;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.pinpoint.model.Activity;
import software.amazon.awssdk.services.pinpoint.model.JourneySchedule;
import software.amazon.awssdk.services.pinpoint.model.RandomSplitEntry;
import software.amazon.awssdk.services.pinpoint.model.StartCondition;
import software.amazon.awssdk.services.pinpoint.model.State;
import software.amazon.awssdk.services.pinpoint.model.WaitTime;
import software.amazon.awssdk.services.pinpoint.model.WriteJourneyRequest;

/**
 * The rules of a journey's definition: activity ids and links that resolve, one kind per activity, no loops,
 * splits whose shares add up, a schedule that ends after it starts, and for a journey being published
 * (ACTIVE), a start condition and a first activity. Publishing failures carry Pinpoint's
 * "Journey validation failed, " prefix.
 */
final class JourneyRules {

    /** Pinpoint's quota of activities in one journey. */
    static final int MAX_ACTIVITIES = 40;
    static final int MAX_BRANCHES = 5;

    static final Set<String> TIMEZONES = Set.of("UTC", "UTC+01", "UTC+02", "UTC+03", "UTC+03:30", "UTC+04",
            "UTC+04:30", "UTC+05", "UTC+05:30", "UTC+05:45", "UTC+06", "UTC+06:30", "UTC+07", "UTC+08", "UTC+08:45",
            "UTC+09", "UTC+09:30", "UTC+10", "UTC+10:30", "UTC+11", "UTC+12", "UTC+12:45", "UTC+13", "UTC+13:45",
            "UTC-02", "UTC-02:30", "UTC-03", "UTC-03:30", "UTC-04", "UTC-05", "UTC-06", "UTC-07", "UTC-08", "UTC-09",
            "UTC-09:30", "UTC-10", "UTC-11");

    private static final Pattern ACTIVITY_ID = Pattern.compile("[A-Za-z0-9]{1,100}");

    private JourneyRules() {
    }

    /** Checks a definition; {@code publishing} when it is to be ACTIVE. */
    static void validate(App app, WriteJourneyRequest write, boolean publishing) {
        if (write.name().isBlank()) {
            throw badRequest("Name must not be empty");
        }
        Map<String, Activity> activities = write.activities();
        if (activities.size() > MAX_ACTIVITIES) {
            throw badRequest("A journey can have at most " + MAX_ACTIVITIES + " activities, not " + activities.size());
        }
        activities.forEach((id, activity) -> validate(activities, id, activity));
        if (write.startActivity() != null && !activities.containsKey(write.startActivity())) {
            throw badRequest("StartActivity " + write.startActivity() + " is not one of the journey's activities");
        }
        requireNoLoop(activities);
        validate(app, write.startCondition());
        validate(write.schedule());
        if (write.refreshFrequency() != null) {
            refreshFrequency(write.refreshFrequency());
        }
        if (publishing) {
            requirePublishable(write);
        }
    }

    /** The RefreshFrequency of a journey as a duration. */
    static Duration refreshFrequency(String text) {
        try {
            Duration frequency = Duration.parse(text);
            if (frequency.isNegative() || frequency.isZero()) {
                throw badRequest("RefreshFrequency must be a positive duration, not " + text);
            }
            return frequency;
        } catch (DateTimeException notADuration) {
            throw badRequest("RefreshFrequency must be a duration in ISO 8601 format such as PT1H, not " + text);
        }
    }

    /** What kind of activity this is, by the one member that defines it. */
    static String kind(Activity activity) {
        List<String> kinds = new ArrayList<>();
        if (activity.custom() != null) {
            kinds.add("CUSTOM");
        }
        if (activity.conditionalSplit() != null) {
            kinds.add("ConditionalSplit");
        }
        if (activity.email() != null) {
            kinds.add("EMAIL");
        }
        if (activity.holdout() != null) {
            kinds.add("Holdout");
        }
        if (activity.multiCondition() != null) {
            kinds.add("MultiCondition");
        }
        if (activity.push() != null) {
            kinds.add("PUSH");
        }
        if (activity.randomSplit() != null) {
            kinds.add("RandomSplit");
        }
        if (activity.sms() != null) {
            kinds.add("SMS");
        }
        if (activity.waitValue() != null) {
            kinds.add("Wait");
        }
        if (activity.contactCenter() != null) {
            kinds.add("ContactCenter");
        }
        return kinds.size() == 1 ? kinds.get(0) : kinds.isEmpty() ? null : String.join(",", kinds);
    }

    /** The activities an activity can lead to. */
    static List<String> next(Activity activity) {
        List<String> next = new ArrayList<>();
        Consumer<String> add = id -> {
            if (id != null) {
                next.add(id);
            }
        };
        if (activity.custom() != null) {
            add.accept(activity.custom().nextActivity());
        }
        if (activity.email() != null) {
            add.accept(activity.email().nextActivity());
        }
        if (activity.sms() != null) {
            add.accept(activity.sms().nextActivity());
        }
        if (activity.push() != null) {
            add.accept(activity.push().nextActivity());
        }
        if (activity.holdout() != null) {
            add.accept(activity.holdout().nextActivity());
        }
        if (activity.waitValue() != null) {
            add.accept(activity.waitValue().nextActivity());
        }
        if (activity.contactCenter() != null) {
            add.accept(activity.contactCenter().nextActivity());
        }
        if (activity.conditionalSplit() != null) {
            add.accept(activity.conditionalSplit().trueActivity());
            add.accept(activity.conditionalSplit().falseActivity());
        }
        if (activity.randomSplit() != null) {
            activity.randomSplit().branches().forEach(branch -> add.accept(branch.nextActivity()));
        }
        if (activity.multiCondition() != null) {
            activity.multiCondition().branches().forEach(branch -> add.accept(branch.nextActivity()));
            add.accept(activity.multiCondition().defaultActivity());
        }
        return next;
    }

    private static void validate(Map<String, Activity> activities, String id, Activity activity) {
        if (!ACTIVITY_ID.matcher(id).matches()) {
            throw badRequest("Activity ids must be 1 to 100 letters and digits, not " + id);
        }
        String kind = kind(activity);
        if (kind == null || kind.contains(",")) {
            throw badRequest("Activity " + id + " must define exactly one kind of activity"
                    + (kind == null ? "" : ", not " + kind));
        }
        for (String next : next(activity)) {
            if (!activities.containsKey(next)) {
                throw badRequest("Activity " + id + " leads to " + next + ", which is not one of the journey's"
                        + " activities");
            }
        }
        if (activity.holdout() != null && (activity.holdout().percentage() < 0
                || activity.holdout().percentage() > 100)) {
            throw badRequest("The Percentage of holdout activity " + id + " must be between 0 and 100");
        }
        if (activity.randomSplit() != null) {
            List<RandomSplitEntry> branches = activity.randomSplit().branches();
            int total = branches.stream().mapToInt(b -> b.percentage() == null ? 0 : b.percentage()).sum();
            if (branches.isEmpty() || branches.size() > MAX_BRANCHES || total != 100) {
                throw badRequest("Random split " + id + " needs 1 to " + MAX_BRANCHES
                        + " branches whose percentages add up to 100");
            }
        }
        if (activity.multiCondition() != null && activity.multiCondition().branches().size() > MAX_BRANCHES) {
            throw badRequest("Multivariate split " + id + " can have at most " + MAX_BRANCHES + " branches");
        }
        if (activity.waitValue() != null) {
            validate(id, activity.waitValue().waitTime());
        }
    }

    private static void validate(String id, WaitTime wait) {
        if (wait == null || (wait.waitFor() == null) == (wait.waitUntil() == null)) {
            throw badRequest("Wait activity " + id + " needs a WaitTime with either WaitFor or WaitUntil");
        }
        if (wait.waitFor() != null) {
            try {
                Duration.parse(wait.waitFor());
            } catch (DateTimeException notADuration) {
                throw badRequest("WaitFor of activity " + id + " must be an ISO 8601 duration such as PT1H, not "
                        + wait.waitFor());
            }
        } else if (IsoInstants.parse(wait.waitUntil()).isEmpty()) {
            throw badRequest("WaitUntil of activity " + id + " must be an ISO 8601 date-time, not "
                    + wait.waitUntil());
        }
    }

    private static void requireNoLoop(Map<String, Activity> activities) {
        Set<String> done = new HashSet<>();
        for (String id : activities.keySet()) {
            visit(activities, id, new HashSet<>(), done);
        }
    }

    private static void visit(Map<String, Activity> activities, String id, Set<String> path, Set<String> done) {
        if (done.contains(id)) {
            return;
        }
        if (!path.add(id)) {
            throw badRequest("The activities of a journey cannot form a loop; " + id + " leads back to itself");
        }
        for (String next : next(activities.get(id))) {
            visit(activities, next, path, done);
        }
        path.remove(id);
        done.add(id);
    }

    private static void validate(App app, StartCondition start) {
        if (start == null) {
            return;
        }
        String segmentId = start.segmentStartCondition() != null ? start.segmentStartCondition().segmentId()
                : start.eventStartCondition() != null ? start.eventStartCondition().segmentId() : null;
        if (segmentId != null && app.segments().get(segmentId).isEmpty()) {
            throw Errors.notFound("Segment not found: " + segmentId);
        }
    }

    private static void validate(JourneySchedule schedule) {
        if (schedule == null) {
            return;
        }
        if (schedule.startTime() != null && schedule.endTime() != null
                && !schedule.endTime().isAfter(schedule.startTime())) {
            throw badRequest("The journey's EndTime must be after its StartTime");
        }
        if (schedule.timezone() != null && !TIMEZONES.contains(schedule.timezone().toUpperCase(Locale.ROOT))) {
            throw badRequest("Timezone must be UTC or a UTC offset such as UTC+01 or UTC-03:30 from the list"
                    + " Pinpoint documents, not " + schedule.timezone());
        }
    }

    private static void requirePublishable(WriteJourneyRequest write) {
        StartCondition start = write.startCondition();
        if (start == null || (start.segmentStartCondition() == null && start.eventStartCondition() == null)) {
            throw badRequest("Journey validation failed, the journey needs a StartCondition with a segment or an"
                    + " event");
        }
        if (write.activities().isEmpty() || write.startActivity() == null) {
            throw badRequest("Journey validation failed, the journey needs activities and a StartActivity");
        }
        JourneySchedule schedule = write.schedule();
        if (schedule != null && schedule.timezone() != null && schedule.startTime() != null) {
            ZoneOffset offset = offset(schedule.timezone());
            if (offset.getTotalSeconds() != 0) {
                throw badRequest("Journey validation failed, Start time " + schedule.startTime()
                        + " doesn't have the same offset as the journey's schedule offset: " + schedule.timezone());
            }
        }
    }

    /** The UTC offset a Timezone such as {@code UTC+05:30} names. */
    static ZoneOffset offset(String timezone) {
        String text = timezone.toUpperCase(Locale.ROOT);
        return text.equals("UTC") ? ZoneOffset.UTC : ZoneOffset.of(text.substring(3));
    }

    /** Whether a State may be sent to CreateJourney or UpdateJourney. */
    static void requireWritable(State state) {
        if (state != null && state != State.DRAFT && state != State.ACTIVE) {
            throw badRequest("State must be DRAFT or ACTIVE when a journey is created or updated, not " + state
                    + "; use UpdateJourneyState to pause, resume or cancel it");
        }
    }

    /** When the journey's schedule starts, or {@code now} when it names no start. */
    static Instant start(WriteJourneyRequest write, Instant now) {
        return write.schedule() == null || write.schedule().startTime() == null ? now : write.schedule().startTime();
    }
}
