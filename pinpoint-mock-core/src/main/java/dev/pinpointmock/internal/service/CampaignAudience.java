package dev.pinpointmock.internal.service;

import dev.pinpointmock.internal.state.App;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.pinpoint.model.CampaignResponse;
import software.amazon.awssdk.services.pinpoint.model.EndpointResponse;
import software.amazon.awssdk.services.pinpoint.model.TreatmentResource;

/** Where campaign runs meet the application's endpoints and the delivery of messages. */
final class CampaignAudience {

    private CampaignAudience() {
    }

    /** The endpoints of an application that segments select from. */
    static Collection<EndpointResponse> endpoints(App app) {
        return List.of();
    }

    /**
     * Sends a treatment's message to one endpoint: empty when the campaign has no message for the endpoint's
     * channel, else whether the delivery succeeded.
     */
    static Optional<Boolean> send(CallContext context, App app, CampaignResponse definition,
                                  TreatmentResource treatment, EndpointResponse endpoint) {
        return Optional.empty();
    }
}
