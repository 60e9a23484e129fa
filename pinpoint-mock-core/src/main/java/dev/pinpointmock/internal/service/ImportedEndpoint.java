package dev.pinpointmock.internal.service;

import static dev.pinpointmock.internal.service.Errors.badRequest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.pinpoint.model.ChannelType;
import software.amazon.awssdk.services.pinpoint.model.EndpointBatchItem;
import software.amazon.awssdk.services.pinpoint.model.EndpointDemographic;
import software.amazon.awssdk.services.pinpoint.model.EndpointLocation;
import software.amazon.awssdk.services.pinpoint.model.EndpointUser;

/**
 * One row of an import file as the endpoint it defines. The names Pinpoint's import accepts are the
 * members of EndpointRequest in dotted form, plus {@code Id}; any other name, a ChannelType Pinpoint does
 * not have, or a number that is not one, fails the row with a BadRequestException saying so.
 */
final class ImportedEndpoint {

    private static final List<String> SCALARS = List.of("Id", "Address", "ChannelType", "OptOut", "EffectiveDate",
            "EndpointStatus", "RequestId", "User.UserId");
    private static final List<String> DEMOGRAPHIC = List.of("AppVersion", "Locale", "Make", "Model", "ModelVersion",
            "Platform", "PlatformVersion", "Timezone");
    private static final List<String> LOCATION = List.of("City", "Country", "Latitude", "Longitude", "PostalCode",
            "Region");

    private ImportedEndpoint() {
    }

    /** Whether a row names only a user, to bring that user's existing endpoints into the segment. */
    static boolean userOnly(ImportFiles.Row row) {
        return row.values().size() == 1 && row.values().containsKey("User.UserId");
    }

    static EndpointBatchItem of(ImportFiles.Row row) {
        Map<String, List<String>> values = row.values();
        if (values.containsKey("")) {
            throw badRequest(values.get("").get(0));
        }
        EndpointBatchItem.Builder item = EndpointBatchItem.builder();
        EndpointDemographic.Builder demographic = EndpointDemographic.builder();
        EndpointLocation.Builder location = EndpointLocation.builder();
        EndpointUser.Builder user = EndpointUser.builder();
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        Map<String, List<String>> userAttributes = new LinkedHashMap<>();
        Map<String, Double> metrics = new LinkedHashMap<>();
        boolean hasDemographic = false;
        boolean hasLocation = false;
        boolean hasUser = false;

        for (Map.Entry<String, List<String>> entry : values.entrySet()) {
            String name = entry.getKey();
            String value = entry.getValue().isEmpty() ? null : entry.getValue().get(0);
            if (name.startsWith("Attributes.")) {
                attributes.put(name.substring("Attributes.".length()), entry.getValue());
            } else if (name.startsWith("User.UserAttributes.")) {
                userAttributes.put(name.substring("User.UserAttributes.".length()), entry.getValue());
                hasUser = true;
            } else if (name.startsWith("Metrics.")) {
                metrics.put(name.substring("Metrics.".length()), number(name, value));
            } else if (name.startsWith("Demographic.") && DEMOGRAPHIC.contains(name.substring(12))) {
                demographic(demographic, name.substring(12), value);
                hasDemographic = true;
            } else if (name.startsWith("Location.") && LOCATION.contains(name.substring(9))) {
                String member = name.substring(9);
                if (member.equals("Latitude") || member.equals("Longitude")) {
                    double degrees = number(name, value);
                    location = member.equals("Latitude") ? location.latitude(degrees) : location.longitude(degrees);
                } else {
                    location(location, member, value);
                }
                hasLocation = true;
            } else if (SCALARS.contains(name)) {
                scalar(item, user, name, value);
                hasUser |= name.equals("User.UserId");
            } else {
                throw badRequest("Unknown attribute " + name + "; an endpoint definition has the members of"
                        + " EndpointRequest, and Id");
            }
        }
        if (hasDemographic) {
            item.demographic(demographic.build());
        }
        if (hasLocation) {
            item.location(location.build());
        }
        if (hasUser) {
            item.user(user.userAttributes(userAttributes.isEmpty() ? null : userAttributes).build());
        }
        return item.attributes(attributes.isEmpty() ? null : attributes)
                .metrics(metrics.isEmpty() ? null : metrics)
                .build();
    }

    private static void scalar(EndpointBatchItem.Builder item, EndpointUser.Builder user, String name, String value) {
        switch (name) {
            case "Id" -> item.id(value);
            case "Address" -> item.address(value);
            case "ChannelType" -> {
                if (ChannelType.fromValue(value) == ChannelType.UNKNOWN_TO_SDK_VERSION) {
                    throw badRequest("Invalid ChannelType " + value);
                }
                item.channelType(value);
            }
            case "OptOut" -> item.optOut(value);
            case "EffectiveDate" -> item.effectiveDate(value);
            case "EndpointStatus" -> item.endpointStatus(value);
            case "RequestId" -> item.requestId(value);
            default -> user.userId(value);
        }
    }

    private static void demographic(EndpointDemographic.Builder demographic, String member, String value) {
        switch (member) {
            case "AppVersion" -> demographic.appVersion(value);
            case "Locale" -> demographic.locale(value);
            case "Make" -> demographic.make(value);
            case "Model" -> demographic.model(value);
            case "ModelVersion" -> demographic.modelVersion(value);
            case "Platform" -> demographic.platform(value);
            case "PlatformVersion" -> demographic.platformVersion(value);
            default -> demographic.timezone(value);
        }
    }

    private static void location(EndpointLocation.Builder location, String member, String value) {
        switch (member) {
            case "City" -> location.city(value);
            case "Country" -> location.country(value);
            case "PostalCode" -> location.postalCode(value);
            default -> location.region(value);
        }
    }

    private static double number(String name, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException | NullPointerException notANumber) {
            throw badRequest(name + " must be a number, not " + value);
        }
    }
}
