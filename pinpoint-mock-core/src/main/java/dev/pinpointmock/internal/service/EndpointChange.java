package dev.pinpointmock.internal.service;

import static dev.pinpointmock.internal.service.Errors.badRequest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.pinpoint.model.EndpointBatchItem;
import software.amazon.awssdk.services.pinpoint.model.EndpointDemographic;
import software.amazon.awssdk.services.pinpoint.model.EndpointLocation;
import software.amazon.awssdk.services.pinpoint.model.EndpointRequest;
import software.amazon.awssdk.services.pinpoint.model.EndpointUser;
import software.amazon.awssdk.services.pinpoint.model.PublicEndpoint;

/**
 * What one write sent for an endpoint, whichever operation sent it (UpdateEndpoint, a batch item, or
 * the endpoint of a PutEvents batch). A member that was not sent is {@code null}, so a merge keeps the
 * stored value.
 */
record EndpointChange(
        String address,
        Map<String, List<String>> attributes,
        String channelType,
        EndpointDemographic demographic,
        String effectiveDate,
        String endpointStatus,
        EndpointLocation location,
        Map<String, Double> metrics,
        String optOut,
        String requestId,
        EndpointUser user) {

    static final int MAX_ATTRIBUTE_NAME = 50;
    static final int MAX_ATTRIBUTE_VALUE = 100;
    static final int MAX_ATTRIBUTE_VALUES = 50;

    static EndpointChange of(EndpointRequest sent) {
        return new EndpointChange(sent.address(), sent.hasAttributes() ? sent.attributes() : null,
                sent.channelTypeAsString(), sent.demographic(), sent.effectiveDate(), sent.endpointStatus(),
                sent.location(), sent.hasMetrics() ? sent.metrics() : null, sent.optOut(), sent.requestId(),
                sent.user());
    }

    static EndpointChange of(EndpointBatchItem sent) {
        return new EndpointChange(sent.address(), sent.hasAttributes() ? sent.attributes() : null,
                sent.channelTypeAsString(), sent.demographic(), sent.effectiveDate(), sent.endpointStatus(),
                sent.location(), sent.hasMetrics() ? sent.metrics() : null, sent.optOut(), sent.requestId(),
                sent.user());
    }

    static EndpointChange of(PublicEndpoint sent) {
        return new EndpointChange(sent.address(), sent.hasAttributes() ? sent.attributes() : null,
                sent.channelTypeAsString(), sent.demographic(), sent.effectiveDate(), sent.endpointStatus(),
                sent.location(), sent.hasMetrics() ? sent.metrics() : null, sent.optOut(), sent.requestId(),
                sent.user());
    }

    /** The user attributes sent, or {@code null} when the write sent none. */
    Map<String, List<String>> userAttributes() {
        return user != null && user.hasUserAttributes() ? user.userAttributes() : null;
    }

    /** Checks the members on their own; the rules that need the stored endpoint are in EndpointWriter. */
    EndpointChange validate() {
        if (optOut != null && !optOut.equals("ALL") && !optOut.equals("NONE")) {
            throw badRequest("OptOut must be ALL or NONE, not " + optOut);
        }
        if (endpointStatus != null && !endpointStatus.equals("ACTIVE") && !endpointStatus.equals("INACTIVE")) {
            throw badRequest("EndpointStatus must be ACTIVE or INACTIVE, not " + endpointStatus);
        }
        if (effectiveDate != null) {
            parseDate("EffectiveDate", effectiveDate);
        }
        validateAttributes("Attributes", attributes);
        validateAttributes("User.UserAttributes", userAttributes());
        if (metrics != null) {
            metrics.keySet().forEach(name -> validateName("Metrics", name));
        }
        return this;
    }

    static Instant parseDate(String member, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw badRequest(member + " must be an ISO-8601 date such as 2024-01-31T12:00:00.000Z, not " + text);
        }
    }

    private static void validateAttributes(String member, Map<String, List<String>> attributes) {
        if (attributes == null) {
            return;
        }
        attributes.forEach((name, values) -> {
            validateName(member, name);
            if (values == null) {
                throw badRequest(member + "." + name + " must be a list of strings");
            }
            if (values.size() > MAX_ATTRIBUTE_VALUES) {
                throw badRequest(member + "." + name + " has " + values.size()
                        + " values; an attribute can have at most " + MAX_ATTRIBUTE_VALUES);
            }
            for (String value : values) {
                if (value == null || value.length() > MAX_ATTRIBUTE_VALUE) {
                    throw badRequest("Each value of " + member + "." + name + " must be a string of at most "
                            + MAX_ATTRIBUTE_VALUE + " characters");
                }
            }
        });
    }

    private static void validateName(String member, String name) {
        if (name.isEmpty() || name.length() > MAX_ATTRIBUTE_NAME) {
            throw badRequest("Names in " + member + " must be 1 to " + MAX_ATTRIBUTE_NAME
                    + " characters long: " + name);
        }
    }
}
