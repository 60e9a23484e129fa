package dev.pinpointmock.internal.service;

import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Options;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Locale;

/**
 * The date helpers of Pinpoint's message templates, {@code now} and {@code dateFormat}. Both take an output
 * format of {@code full}, {@code long}, {@code medium} (the default) or {@code short}, or a date pattern, and
 * a {@code tz} time zone id (UTC when omitted). {@code now} prints the server's clock, so a test that moves
 * the clock sees the date move.
 */
final class DateHelpers {

    private DateHelpers() {
    }

    static void register(Handlebars handlebars) {
        handlebars.registerHelper("now", (Object format, Options options) -> {
            Instant now = options.data(HandlebarsEngine.NOW);
            ZoneId zone = zone(options);
            // Called with no format, Handlebars passes the current context object instead.
            String chosen = format instanceof CharSequence text ? text.toString() : null;
            return formatter(chosen, zone)
                    .format((now == null ? Instant.EPOCH : now).atZone(zone));
        });
        handlebars.registerHelper("dateFormat", (Object value, Options options) -> {
            ZoneId zone = zone(options);
            String output = options.hash("outputFormat") != null
                    ? TemplateHelpers.text(options.hash("outputFormat"))
                    : options.params.length > 0 ? TemplateHelpers.text(options.param(0)) : null;
            ZonedDateTime date = parse(value, options.hash("inputFormat"), zone);
            return date == null ? "" : formatter(output, zone).format(date);
        });
    }

    private static ZoneId zone(Options options) {
        Object tz = options.hash("tz");
        if (tz == null || TemplateHelpers.text(tz).isEmpty()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(TemplateHelpers.text(tz));
        } catch (DateTimeException unknownZone) {
            return ZoneOffset.UTC;
        }
    }

    private static DateTimeFormatter formatter(String format, ZoneId zone) {
        String chosen = format == null || format.isEmpty() ? "medium" : format;
        DateTimeFormatter formatter = switch (chosen) {
            case "full" -> DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL);
            case "long" -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG);
            case "medium" -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
            case "short" -> DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT);
            default -> DateTimeFormatter.ofPattern(chosen);
        };
        return formatter.withLocale(Locale.US).withZone(zone);
    }

    /**
     * A date from a variable: an ISO-8601 timestamp such as an endpoint's CreationDate, an ISO date, or text
     * in the given input pattern, read in the given zone when it names no offset. Null when unreadable.
     */
    private static ZonedDateTime parse(Object value, Object inputFormat, ZoneId zone) {
        if (value instanceof Date date) {
            return date.toInstant().atZone(zone);
        }
        if (value instanceof Instant instant) {
            return instant.atZone(zone);
        }
        String text = TemplateHelpers.text(value).trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            if (inputFormat != null) {
                TemporalAccessor parsed = DateTimeFormatter.ofPattern(TemplateHelpers.text(inputFormat), Locale.US)
                        .parseBest(text, ZonedDateTime::from, LocalDateTime::from, LocalDate::from);
                return atZone(parsed, zone);
            }
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, OffsetDateTime::from,
                    LocalDateTime::from);
            return atZone(parsed, zone);
        } catch (DateTimeException | IllegalArgumentException notADateTime) {
            try {
                return LocalDate.parse(text).atStartOfDay(zone);
            } catch (DateTimeException notADate) {
                return null;
            }
        }
    }

    private static ZonedDateTime atZone(TemporalAccessor parsed, ZoneId zone) {
        if (parsed instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(zone);
        }
        if (parsed instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(zone);
        }
        if (parsed instanceof LocalDateTime local) {
            return local.atZone(zone);
        }
        return ((LocalDate) parsed).atStartOfDay(zone);
    }
}
