package dev.pinpointmock.internal.service;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Reads the date-times that Pinpoint takes as strings: ISO-8601 instants such as {@code 2024-05-01T09:00:00Z},
 * with or without fractions of a second, or with a UTC offset such as {@code +02:00}.
 */
final class IsoInstants {

    private IsoInstants() {
    }

    /** The instant a string names, or empty when it is not an ISO-8601 date-time. */
    static Optional<Instant> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text.trim()).toInstant());
        } catch (DateTimeException notAnOffsetDateTime) {
            return Optional.empty();
        }
    }

    /** As {@link #parse}, and also a plain date such as {@code 2024-05-01}, read as its start in UTC. */
    static Optional<Instant> parseDateOrInstant(String text) {
        Optional<Instant> instant = parse(text);
        if (instant.isPresent() || text == null) {
            return instant;
        }
        try {
            return Optional.of(LocalDate.parse(text.trim()).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
    }
}
