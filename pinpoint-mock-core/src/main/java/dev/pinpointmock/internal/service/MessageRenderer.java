package dev.pinpointmock.internal.service;

import software.amazon.awssdk.services.pinpoint.model.DirectMessageConfiguration;

/**
 * Turns a send's message configuration into what one recipient gets: the seam between choosing the
 * recipients and rendering their text. {@link DirectMessageRenderer} renders direct sends, with message
 * variables and the templates a send names; campaigns and journeys can bring their own.
 */
interface MessageRenderer {

    /**
     * Renders the message of the recipient's channel.
     *
     * @throws DeliveryFailure when the configuration has no message for the recipient's channel
     */
    RenderedMessage render(DirectMessageConfiguration configuration, Recipient recipient);
}
