package dev.pinpointmock.internal.service;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.pinpoint.model.EndpointDemographic;
import software.amazon.awssdk.services.pinpoint.model.EndpointLocation;
import software.amazon.awssdk.services.pinpoint.model.EndpointResponse;

/** An endpoint as one line of an export file: the JSON of EndpointResponse, members under their API names. */
final class ExportedEndpoint {

    private ExportedEndpoint() {
    }

    static String json(EndpointResponse endpoint) {
        JsonObject json = new JsonObject();
        put(json, "Address", endpoint.address());
        put(json, "ApplicationId", endpoint.applicationId());
        json.add("Attributes", lists(endpoint.attributes()));
        put(json, "ChannelType", endpoint.channelTypeAsString());
        put(json, "CohortId", endpoint.cohortId());
        put(json, "CreationDate", endpoint.creationDate());
        if (endpoint.demographic() != null) {
            EndpointDemographic d = endpoint.demographic();
            JsonObject demographic = new JsonObject();
            put(demographic, "AppVersion", d.appVersion());
            put(demographic, "Locale", d.locale());
            put(demographic, "Make", d.make());
            put(demographic, "Model", d.model());
            put(demographic, "ModelVersion", d.modelVersion());
            put(demographic, "Platform", d.platform());
            put(demographic, "PlatformVersion", d.platformVersion());
            put(demographic, "Timezone", d.timezone());
            json.add("Demographic", demographic);
        }
        put(json, "EffectiveDate", endpoint.effectiveDate());
        put(json, "EndpointStatus", endpoint.endpointStatus());
        put(json, "Id", endpoint.id());
        if (endpoint.location() != null) {
            EndpointLocation l = endpoint.location();
            JsonObject location = new JsonObject();
            put(location, "City", l.city());
            put(location, "Country", l.country());
            if (l.latitude() != null) {
                location.addProperty("Latitude", l.latitude());
            }
            if (l.longitude() != null) {
                location.addProperty("Longitude", l.longitude());
            }
            put(location, "PostalCode", l.postalCode());
            put(location, "Region", l.region());
            json.add("Location", location);
        }
        JsonObject metrics = new JsonObject();
        endpoint.metrics().forEach(metrics::addProperty);
        json.add("Metrics", metrics);
        put(json, "OptOut", endpoint.optOut());
        put(json, "RequestId", endpoint.requestId());
        if (endpoint.user() != null) {
            JsonObject user = new JsonObject();
            put(user, "UserId", endpoint.user().userId());
            if (endpoint.user().hasUserAttributes()) {
                user.add("UserAttributes", lists(endpoint.user().userAttributes()));
            }
            json.add("User", user);
        }
        return json.toString();
    }

    private static void put(JsonObject json, String name, String value) {
        if (value != null) {
            json.addProperty(name, value);
        }
    }

    private static JsonObject lists(Map<String, List<String>> values) {
        JsonObject json = new JsonObject();
        values.forEach((name, list) -> {
            JsonArray array = new JsonArray();
            list.forEach(array::add);
            json.add(name, array);
        });
        return json;
    }
}
