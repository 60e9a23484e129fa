package dev.pinpointmock.internal.service;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.EscapingStrategy;
import com.github.jknack.handlebars.Formatter;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.HandlebarsException;
import com.github.jknack.handlebars.Template;
import com.github.jknack.handlebars.context.MapValueResolver;
import com.github.jknack.handlebars.helper.ConditionalHelpers;
import com.github.jknack.handlebars.helper.StringHelpers;
import dev.pinpointmock.internal.state.TemplateStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Handlebars as Pinpoint's templates use it: the built-in helpers, the conditional, string, math and
 * encoding helpers of the Pinpoint user guide, and inline partials. Configured once; rendering is
 * thread-safe, and each call carries the instant that {@code now} prints, so the server's movable clock
 * drives it.
 */
final class HandlebarsEngine {

    /** The context data key under which a render carries its instant. */
    static final String NOW = "pinpointmock.now";

    private static final HandlebarsEngine HTML = new HandlebarsEngine(EscapingStrategy.HBS4);
    private static final HandlebarsEngine TEXT = new HandlebarsEngine(EscapingStrategy.NOOP);

    private final Handlebars handlebars;
    private final String name;

    private HandlebarsEngine(EscapingStrategy escaping) {
        this.name = escaping == EscapingStrategy.NOOP ? "text" : "html";
        Handlebars configured = new Handlebars().with(escaping).with(HandlebarsEngine::format);
        StringHelpers.register(configured);
        for (ConditionalHelpers helper : ConditionalHelpers.values()) {
            configured.registerHelper(helper.name(), helper);
        }
        TemplateHelpers.register(configured);
        DateHelpers.register(configured);
        this.handlebars = configured;
    }

    /** The engine for HTML parts: {@code {{value}}} escapes HTML, {@code {{{value}}}} does not. */
    static HandlebarsEngine html() {
        return HTML;
    }

    /** The engine for text parts (subjects, SMS, voice, push, in-app): values are written as they are. */
    static HandlebarsEngine text() {
        return TEXT;
    }

    /**
     * Renders one part of a template, compiling it through the given store's memo.
     *
     * @throws IllegalArgumentException with Handlebars' explanation when the text is not a template that
     *                                  Handlebars can compile or render
     */
    String render(String text, Map<String, Object> variables, Instant now, TemplateStore memo) {
        if (text == null) {
            return null;
        }
        try {
            Template template = memo.compiled(name + "\u0000" + text, key -> compile(text));
            Context context = Context.newBuilder(variables).resolver(MapValueResolver.INSTANCE).build();
            try {
                context.data(NOW, now);
                return template.apply(context);
            } finally {
                context.destroy();
            }
        } catch (HandlebarsException | IOException | UncheckedIOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private Template compile(String text) {
        try {
            return handlebars.compileInline(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How a variable prints: a list prints its first value, as Pinpoint's attributes and substitutions do,
     * and a whole number kept as a double prints without a fraction.
     */
    private static Object format(Object value, Formatter.Chain next) {
        if (value instanceof List<?> list) {
            return list.isEmpty() || list.get(0) == null ? "" : format(list.get(0), next);
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
        }
        return next.format(value);
    }
}
