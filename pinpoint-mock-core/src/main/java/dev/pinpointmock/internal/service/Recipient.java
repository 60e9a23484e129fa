package dev.pinpointmock.internal.service;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.pinpoint.model.AddressConfiguration;
import software.amazon.awssdk.services.pinpoint.model.EndpointResponse;
import software.amazon.awssdk.services.pinpoint.model.EndpointSendConfiguration;

/**
 * One recipient of a direct send, with what the send says for it alone.
 *
 * @param channelType the channel to deliver on, as Pinpoint's ChannelType names it
 * @param address the phone number, email address or token to deliver to
 * @param endpoint the endpoint sent to, or {@code null} for a send to an address
 * @param userId the user sent to, or the endpoint's user, or {@code null}
 * @param bodyOverride the recipient's {@code BodyOverride}, or {@code null}
 * @param titleOverride the recipient's {@code TitleOverride}, or {@code null}
 * @param rawContent the recipient's {@code RawContent}, or {@code null}
 * @param substitutions the recipient's {@code Substitutions}; empty when none
 * @param context the recipient's {@code Context}; empty when none
 */
record Recipient(
        String channelType,
        String address,
        EndpointResponse endpoint,
        String userId,
        String bodyOverride,
        String titleOverride,
        String rawContent,
        Map<String, List<String>> substitutions,
        Map<String, String> context) {

    static Recipient toAddress(String address, AddressConfiguration sent) {
        return new Recipient(sent.channelTypeAsString(), address, null, null, sent.bodyOverride(),
                sent.titleOverride(), sent.rawContent(), sent.substitutions(), sent.context());
    }

    static Recipient toEndpoint(EndpointResponse endpoint, String userId, EndpointSendConfiguration sent) {
        EndpointSendConfiguration config = sent == null ? EndpointSendConfiguration.builder().build() : sent;
        String user = userId != null ? userId : endpoint.user() == null ? null : endpoint.user().userId();
        return new Recipient(endpoint.channelTypeAsString(), endpoint.address(), endpoint, user,
                config.bodyOverride(), config.titleOverride(), config.rawContent(), config.substitutions(),
                config.context());
    }

    String endpointId() {
        return endpoint == null ? null : endpoint.id();
    }
}
