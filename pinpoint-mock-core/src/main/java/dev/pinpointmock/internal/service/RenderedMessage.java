package dev.pinpointmock.internal.service;

import java.util.Map;

/**
 * The parts of a message as its recipient would see them; a member a channel does not have is
 * {@code null}.
 */
record RenderedMessage(
        String subject,
        String body,
        String htmlBody,
        String title,
        Map<String, String> data,
        String messageType,
        String originationIdentity) {
}
