package dev.pinpointmock.internal.wire;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the service model says and the SDK's classes do not carry: which members of a structure are
 * required and which string members take one of a fixed set of values. Keyed by structure name, compared
 * without case because the SDK spells some operation shapes differently ({@code SendOtpMessageRequest}).
 */
public final class ModelFacts {

    private static final ModelFacts PINPOINT = load();

    private final Map<String, List<String>> requiredByShape;
    private final Map<String, Map<String, List<String>>> enumValuesByShape;

    private ModelFacts(Map<String, List<String>> requiredByShape,
                       Map<String, Map<String, List<String>>> enumValuesByShape) {
        this.requiredByShape = Map.copyOf(requiredByShape);
        this.enumValuesByShape = Map.copyOf(enumValuesByShape);
    }

    public static ModelFacts pinpoint() {
        return PINPOINT;
    }

    /** The required members of a structure, in the model's order; empty when none are. */
    public List<String> requiredMembers(String shape) {
        return requiredByShape.getOrDefault(shape.toLowerCase(Locale.ROOT), List.of());
    }

    /** The allowed values of an enum-typed member, or {@code null} when the member is a free string. */
    public List<String> enumValues(String shape, String member) {
        return enumValuesByShape.getOrDefault(shape.toLowerCase(Locale.ROOT), Map.of()).get(member);
    }

    private static ModelFacts load() {
        Map<String, List<String>> required = new HashMap<>();
        for (String line : RouteTable.ModelTables.lines("required-members.tsv")) {
            String[] column = line.split("\t");
            required.put(column[0].toLowerCase(Locale.ROOT), List.of(column[1].split(",")));
        }
        Map<String, Map<String, List<String>>> enums = new HashMap<>();
        for (String line : RouteTable.ModelTables.lines("enum-members.tsv")) {
            String[] column = line.split("\t");
            enums.computeIfAbsent(column[0].toLowerCase(Locale.ROOT), shape -> new HashMap<>())
                    .put(column[1], List.of(column[2].split(",")));
        }
        return new ModelFacts(required, enums);
    }
}
