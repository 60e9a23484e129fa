package dev.pinpointmock.internal.service;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Pinpoint's date strings: ISO-8601 in UTC with milliseconds, as in {@code 2019-01-28T23:55:11.534Z}. */
public final class Dates {

    private Dates() {
    }

    /**
     * The instant at millisecond precision, always with three digits of milliseconds, for years 0 to 9999.
     * Written digit by digit because a {@code DateTimeFormatter} (also the one behind
     * {@link Instant#toString()}) cost a tenth of serving a call that answers a few dates.
     */
    public static String iso(Instant instant) {
        LocalDateTime time = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        if (time.getYear() < 0 || time.getYear() > 9999) {
            return instant.toString();
        }
        char[] text = new char[24];
        digits(text, 0, time.getYear(), 4);
        text[4] = '-';
        digits(text, 5, time.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, time.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, time.getHour(), 2);
        text[13] = ':';
        digits(text, 14, time.getMinute(), 2);
        text[16] = ':';
        digits(text, 17, time.getSecond(), 2);
        text[19] = '.';
        digits(text, 20, instant.getNano() / 1_000_000, 3);
        text[23] = 'Z';
        return new String(text);
    }

    private static void digits(char[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
