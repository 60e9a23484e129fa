package dev.pinpointmock.internal.service;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Pinpoint's date strings: ISO-8601 in UTC with milliseconds, as in {@code 2019-01-28T23:55:11.534Z}. */
public final class Dates {

    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Dates() {
    }

    public static String iso(Instant instant) {
        return ISO_MILLIS.format(instant);
    }
}
