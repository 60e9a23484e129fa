package dev.pinpointmock.internal.service;

import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Helper;
import com.github.jknack.handlebars.Options;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.BinaryOperator;

/**
 * The math, encoding and wording helpers of Pinpoint's message templates that Handlebars does not ship:
 * add, subtract, multiply, divide, modulo, ceiling, floor, round, encode64, decode64, md5, sha256, sha512,
 * uuid, inflect and ordinalize. Numbers may come as literals or as attribute text; a value that is not a
 * number renders nothing.
 */
final class TemplateHelpers {

    /** Quotients keep at most this many decimals, as in the user guide's {@code {{divide 5 2.3}}}. */
    static final int DIVISION_SCALE = 8;

    private TemplateHelpers() {
    }

    static void register(Handlebars handlebars) {
        arithmetic(handlebars, "add", BigDecimal::add);
        arithmetic(handlebars, "subtract", BigDecimal::subtract);
        arithmetic(handlebars, "multiply", BigDecimal::multiply);
        arithmetic(handlebars, "divide", (a, b) -> a.divide(b, DIVISION_SCALE, RoundingMode.HALF_UP));
        arithmetic(handlebars, "modulo", BigDecimal::remainder);
        rounding(handlebars, "ceiling", RoundingMode.CEILING);
        rounding(handlebars, "floor", RoundingMode.FLOOR);
        rounding(handlebars, "round", RoundingMode.HALF_UP);
        handlebars.registerHelper("encode64", (Object value, Options options) -> value == null ? ""
                : Base64.getEncoder().encodeToString(text(value).getBytes(StandardCharsets.UTF_8)));
        handlebars.registerHelper("decode64", (Object value, Options options) -> decode64(value));
        handlebars.registerHelper("md5", digest("MD5"));
        handlebars.registerHelper("sha256", digest("SHA-256"));
        handlebars.registerHelper("sha512", digest("SHA-512"));
        handlebars.registerHelper("uuid", (Object value, Options options) -> UUID.randomUUID().toString());
        handlebars.registerHelper("inflect", TemplateHelpers::inflect);
        handlebars.registerHelper("ordinalize", (Object value, Options options) -> ordinalize(value));
    }

    private static void arithmetic(Handlebars handlebars, String name, BinaryOperator<BigDecimal> operation) {
        handlebars.registerHelper(name, (Object first, Options options) -> {
            BigDecimal a = number(first);
            BigDecimal b = number(options.param(0, null));
            if (a == null || b == null) {
                return "";
            }
            try {
                return plain(operation.apply(a, b));
            } catch (ArithmeticException divisionByZero) {
                return "";
            }
        });
    }

    private static void rounding(Handlebars handlebars, String name, RoundingMode mode) {
        handlebars.registerHelper(name, (Object value, Options options) -> {
            BigDecimal number = number(value);
            return number == null ? "" : plain(number.setScale(0, mode));
        });
    }

    private static Helper<Object> digest(String algorithm) {
        return (value, options) -> {
            try {
                byte[] hash = MessageDigest.getInstance(algorithm).digest(text(value).getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(hash);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("The JVM lacks " + algorithm, e);
            }
        };
    }

    private static String decode64(Object value) {
        try {
            return new String(Base64.getDecoder().decode(text(value).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return "";
        }
    }

    /** {@code {{inflect count singular plural [includeCount=false]}}}: the form that agrees with the count. */
    private static Object inflect(Object count, Options options) {
        BigDecimal number = number(count);
        String singular = text(options.param(0, ""));
        String plural = text(options.param(1, singular));
        String word = number != null && number.compareTo(BigDecimal.ONE) == 0 ? singular : plural;
        boolean includeCount = Boolean.parseBoolean(text(options.hash("includeCount", false)));
        return includeCount && number != null ? plain(number) + " " + word : word;
    }

    /** {@code {{ordinalize 22}}} is 22nd; 11, 12 and 13 take th. */
    private static String ordinalize(Object value) {
        BigDecimal number = number(value);
        if (number == null || number.stripTrailingZeros().scale() > 0) {
            return "";
        }
        long whole = number.longValue();
        long lastTwo = Math.abs(whole) % 100;
        long last = Math.abs(whole) % 10;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th"
                : last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th";
        return whole + suffix;
    }

    /** A number from a literal or from text, or the first value of an attribute list; null if none. */
    static BigDecimal number(Object value) {
        Object single = value instanceof List<?> list ? (list.isEmpty() ? null : list.get(0)) : value;
        if (single == null) {
            return null;
        }
        try {
            return new BigDecimal(text(single).trim(), MathContext.DECIMAL64);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    static String text(Object value) {
        if (value instanceof List<?> list) {
            return list.isEmpty() || list.get(0) == null ? "" : list.get(0).toString();
        }
        return value == null ? "" : value.toString();
    }

    private static String plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
