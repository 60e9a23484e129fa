package dev.pinpointmock.internal.state;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import software.amazon.awssdk.services.pinpoint.model.TemplateType;

/**
 * The message templates of one account in one region. A template is known by its name and type together:
 * an email template and an SMS template may share a name. Names are case sensitive.
 */
public final class TemplateStore {

    private static final Comparator<MessageTemplate> BY_NAME_THEN_TYPE =
            Comparator.comparing(MessageTemplate::name).thenComparing(template -> template.type().toString());

    private record Key(String name, TemplateType type) {
    }

    /** How many compiled forms are kept before the memo starts again. */
    static final int MAX_COMPILED = 1_000;

    private final ConcurrentMap<Key, MessageTemplate> templates = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Object> compiled = new ConcurrentHashMap<>();

    /** Adds a template; false, with nothing changed, when one of that name and type exists. */
    public boolean add(MessageTemplate template) {
        return templates.putIfAbsent(new Key(template.name(), template.type()), template) == null;
    }

    public Optional<MessageTemplate> find(String name, TemplateType type) {
        return Optional.ofNullable(templates.get(new Key(name, type)));
    }

    /** Deletes a template with all its versions. */
    public Optional<MessageTemplate> remove(String name, TemplateType type) {
        MessageTemplate removed = templates.remove(new Key(name, type));
        if (removed != null) {
            removed.markRemoved();
        }
        return Optional.ofNullable(removed);
    }

    /**
     * The compiled form of a template part, made once per distinct text and kept with the templates, so
     * that rendering one template for many recipients compiles each part once. The memo forgets everything
     * when it holds {@value #MAX_COMPILED} forms; compiling is a pure function of the key, so that changes
     * nothing but time.
     */
    public <T> T compiled(String key, Function<String, T> compiler) {
        if (compiled.size() >= MAX_COMPILED) {
            compiled.clear();
        }
        @SuppressWarnings("unchecked")
        T form = (T) compiled.computeIfAbsent(key, compiler);
        return form;
    }

    /** Every template, ordered by name and then type. */
    public List<MessageTemplate> all() {
        return templates.values().stream().sorted(BY_NAME_THEN_TYPE).toList();
    }
}
