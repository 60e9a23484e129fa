package dev.pinpointmock.internal.wire;

import com.google.gson.JsonObject;
import dev.pinpointmock.GeneratedOtp;
import dev.pinpointmock.internal.service.Dates;
import dev.pinpointmock.internal.service.Errors;
import dev.pinpointmock.internal.state.OtpEntry;
import dev.pinpointmock.internal.state.ServiceState;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code GET /_aws/pinpoint/{application-id}/{reference-id}}: the stored one-time password of a reference,
 * in the JSON form LocalStack users know, for reading codes from outside the JVM ({@code curl}). Not part
 * of the Pinpoint API.
 */
final class OtpDebugEndpoint implements HttpHandler {

    static final String TEMPLATE = "/_aws/pinpoint/{application-id}/{reference-id}";

    static final Route ROUTE = new Route("OtpDebug", "GET", TEMPLATE, 200, null, null);

    private final ServiceState state;

    OtpDebugEndpoint(ServiceState state) {
        this.state = state;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        String requestId = state.ids().requestId();
        try {
            Map<String, String> labels = PinpointHttpHandler.pathLabels(ROUTE, exchange.getRequestURI());
            OtpEntry entry = state.findApp(labels.get("application-id"))
                    .orElseThrow(Errors::applicationNotFound)
                    .otpsByReference().get(labels.get("reference-id"));
            if (entry == null) {
                throw Errors.notFound("No OTP was sent for reference ID " + labels.get("reference-id"));
            }
            Responses.send(exchange, requestId, 200, describe(entry).toString().getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException failure) {
            ErrorResponder.send(exchange, requestId, failure);
        }
    }

    private static JsonObject describe(OtpEntry entry) {
        GeneratedOtp otp = entry.otp();
        JsonObject json = new JsonObject();
        json.addProperty("AllowedAttempts", otp.allowedAttempts());
        json.addProperty("BrandName", otp.brandName());
        json.addProperty("CodeLength", otp.code().length());
        json.addProperty("DestinationIdentity", otp.destinationIdentity());
        json.addProperty("OriginationIdentity", otp.originationIdentity());
        json.addProperty("ReferenceId", otp.referenceId());
        json.addProperty("ValidityPeriod", otp.validityPeriodMinutes());
        json.addProperty("Attempts", entry.failedAttempts());
        json.addProperty("ApplicationId", otp.applicationId());
        json.addProperty("CreatedTimestamp", Dates.iso(otp.createdAt()));
        json.addProperty("Code", otp.code());
        return json;
    }
}
