package dev.pinpointmock.internal.service;

import static dev.pinpointmock.internal.service.Errors.badRequest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import software.amazon.awssdk.services.pinpoint.model.Frequency;
import software.amazon.awssdk.services.pinpoint.model.Schedule;

/**
 * A campaign's schedule read as times: when its runs fall, by Frequency, from StartTime (IMMEDIATE meaning
 * the moment it was written) until EndTime. EVENT and IN_APP_EVENT campaigns have no timed runs; they are
 * live from StartTime to EndTime.
 */
record CampaignSchedule(Instant start, Instant end, Frequency frequency) {

    /** The starting UTC offsets that Schedule.Timezone accepts, compared without case. */
    static final Set<String> TIMEZONES = Set.of("UTC", "UTC+01", "UTC+02", "UTC+03", "UTC+03:30", "UTC+04",
            "UTC+04:30", "UTC+05", "UTC+05:30", "UTC+05:45", "UTC+06", "UTC+06:30", "UTC+07", "UTC+08", "UTC+09",
            "UTC+09:30", "UTC+10", "UTC+10:30", "UTC+11", "UTC+12", "UTC+13", "UTC-02", "UTC-03", "UTC-04",
            "UTC-05", "UTC-06", "UTC-07", "UTC-08", "UTC-09", "UTC-10", "UTC-11");

    static final String IMMEDIATE = "IMMEDIATE";

    /**
     * Reads and checks a schedule written at {@code now}. A StartTime before now is refused with AWS's
     * message, unless {@code startAlreadyAccepted} says it is the StartTime the campaign already had.
     */
    static CampaignSchedule of(Schedule schedule, Instant now, boolean startAlreadyAccepted) {
        Instant start;
        if (IMMEDIATE.equalsIgnoreCase(schedule.startTime())) {
            start = now;
        } else {
            start = IsoInstants.parse(schedule.startTime()).orElseThrow(() -> badRequest(
                    "StartTime must be IMMEDIATE or a date-time in ISO 8601 format, not " + schedule.startTime()));
            if (start.isBefore(now) && !startAlreadyAccepted) {
                throw badRequest("StartTime must be at least current time.");
            }
        }
        Instant end = null;
        if (schedule.endTime() != null) {
            end = IsoInstants.parse(schedule.endTime()).orElseThrow(() -> badRequest(
                    "EndTime must be a date-time in ISO 8601 format, not " + schedule.endTime()));
            if (!end.isAfter(start)) {
                throw badRequest("EndTime must be after StartTime");
            }
        }
        if (schedule.timezone() != null && !TIMEZONES.contains(schedule.timezone().toUpperCase(Locale.ROOT))) {
            throw badRequest("Timezone must be UTC or a UTC offset such as UTC+01 or UTC-05:30 from the list"
                    + " Pinpoint documents, not " + schedule.timezone());
        }
        Frequency frequency = schedule.frequency() == null ? Frequency.ONCE : schedule.frequency();
        if (frequency == Frequency.EVENT && schedule.eventFilter() == null) {
            throw badRequest("Missing EventFilter: a campaign with Frequency EVENT needs one");
        }
        if (schedule.eventFilter() != null) {
            SegmentRules.validateAttributes("EventFilter.Dimensions.Attributes",
                    schedule.eventFilter().dimensions().attributes());
            SegmentRules.validateMetrics(schedule.eventFilter().dimensions().metrics());
        }
        return new CampaignSchedule(start, end, frequency);
    }

    /**
     * The recurrence of a schedule that was checked when it was written: its Frequency and EndTime, with no
     * start, for computing the runs after one that happened.
     */
    static CampaignSchedule recurrence(Schedule schedule) {
        Frequency frequency = schedule.frequency() == null ? Frequency.ONCE : schedule.frequency();
        return new CampaignSchedule(null, IsoInstants.parse(schedule.endTime()).orElse(null), frequency);
    }

    /** Whether runs come at times, rather than on events. */
    boolean timed() {
        return frequency != Frequency.EVENT && frequency != Frequency.IN_APP_EVENT;
    }

    boolean recurring() {
        return timed() && frequency != Frequency.ONCE;
    }

    /** The run after the one at {@code run}, or {@code null} when that was the last one. */
    Instant after(Instant run) {
        Instant next = switch (frequency) {
            case HOURLY -> run.plusSeconds(3600);
            case DAILY -> run.plusSeconds(86_400);
            case WEEKLY -> run.plusSeconds(7 * 86_400);
            case MONTHLY -> run.atZone(ZoneOffset.UTC).plusMonths(1).toInstant();
            default -> null;
        };
        return next == null || (end != null && next.isAfter(end)) ? null : next;
    }
}
