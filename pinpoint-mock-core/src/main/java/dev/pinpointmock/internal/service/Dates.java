package dev.pinpointmock.internal.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Pinpoint's date strings: ISO-8601 in UTC with milliseconds, as in {@code 2019-01-28T23:55:11.534Z}. */
public final class Dates {

    private Dates() {
    }

    /**
     * The instant at millisecond precision, always with three digits of milliseconds. Built on
     * {@link Instant#toString()}, which leaves out a zero fraction, because formatting every date of every
     * response through a {@code DateTimeFormatter} cost more than the rest of a GetApp.
     */
    public static String iso(Instant instant) {
        Instant millis = instant.truncatedTo(ChronoUnit.MILLIS);
        String text = millis.toString();
        return millis.getNano() == 0 ? text.substring(0, text.length() - 1) + ".000Z" : text;
    }
}
