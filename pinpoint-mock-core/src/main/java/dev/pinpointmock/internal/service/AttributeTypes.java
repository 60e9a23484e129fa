package dev.pinpointmock.internal.service;

import static dev.pinpointmock.internal.service.Errors.badRequest;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.pinpoint.model.EndpointResponse;

/** The three attribute types of RemoveAttributes' path, and how each reads an endpoint's names. */
final class AttributeTypes {

    static final String CUSTOM = "endpoint-custom-attributes";
    static final String METRIC = "endpoint-metric-attributes";
    static final String USER = "endpoint-user-attributes";

    private AttributeTypes() {
    }

    static String check(String attributeType) {
        if (!Set.of(CUSTOM, METRIC, USER).contains(attributeType)) {
            throw badRequest("Invalid attribute type " + attributeType + "; use " + CUSTOM + ", " + METRIC
                    + " or " + USER);
        }
        return attributeType;
    }

    /** The names of this type that an endpoint has. */
    static Set<String> namesOf(String attributeType, EndpointResponse endpoint) {
        Map<String, ?> values = switch (attributeType) {
            case CUSTOM -> endpoint.attributes();
            case METRIC -> endpoint.metrics();
            default -> endpoint.user() == null ? Map.of() : endpoint.user().userAttributes();
        };
        return values.keySet();
    }

    /** Whether a name matches an entry of a Blacklist: the exact name, or a glob with * and ?. */
    static boolean matches(String name, List<String> blacklist) {
        for (String entry : blacklist) {
            if (entry.equals(name) || glob(entry).matcher(name).matches()) {
                return true;
            }
        }
        return false;
    }

    private static Pattern glob(String pattern) {
        String regex = pattern.chars()
                .mapToObj(c -> switch (c) {
                    case '*' -> ".*";
                    case '?' -> ".";
                    default -> Pattern.quote(Character.toString(c));
                })
                .collect(Collectors.joining());
        return Pattern.compile(regex);
    }
}
