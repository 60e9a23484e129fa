package dev.pinpointmock.internal.service;

import software.amazon.awssdk.services.pinpoint.model.DirectMessageConfiguration;

/**
 * Turns a send's message configuration into what one recipient gets. This is the seam where message
 * templates and variables plug in: today {@link DirectMessageRenderer} takes the text as sent.
 */
interface MessageRenderer {

    /**
     * Renders the message of the recipient's channel.
     *
     * @throws DeliveryFailure when the configuration has no message for the recipient's channel
     */
    RenderedMessage render(DirectMessageConfiguration configuration, Recipient recipient);
}
