package dev.pinpointmock;

import java.time.Instant;
import java.util.Map;

/**
 * A message the mock would have delivered: one per recipient that a send answered as {@code SUCCESSFUL},
 * with the parts the recipient would have seen. Members that a channel does not have are {@code null}
 * (an SMS has no subject, an email no data); {@code data} and {@code context} are never {@code null}.
 *
 * <p>The text is rendered: message variables such as {@code {{User.UserId}}} and the send's
 * {@code Substitutions} are replaced, and a template the send named is rendered for the recipient.
 *
 * @param applicationId the Pinpoint application (project) that sent it
 * @param operation the API operation that sent it: {@code SendMessages}, {@code SendUsersMessages} or
 *     {@code SendOTPMessage}; or {@code Campaign} for a campaign's run, {@code Journey} for a journey's
 *     message activity
 * @param channel the channel type, as Pinpoint names it: {@code SMS}, {@code EMAIL}, {@code VOICE},
 *     {@code GCM}, {@code APNS}, {@code APNS_SANDBOX}, {@code APNS_VOIP}, {@code APNS_VOIP_SANDBOX},
 *     {@code ADM} or {@code BAIDU}
 * @param address the phone number, email address or device token it went to
 * @param endpointId the endpoint it was sent to, or {@code null} for a send to an address
 * @param userId the user it was sent to by SendUsersMessages, or else the endpoint's user, if any
 * @param messageId the {@code MessageId} the send answered
 * @param subject the email subject, or {@code null}
 * @param body the text body: the SMS or voice text, the email's text part, the push notification body
 * @param htmlBody the email's HTML part, or {@code null}
 * @param title the push notification title, or {@code null}
 * @param data the push notification's data payload; empty for other channels
 * @param messageType {@code TRANSACTIONAL} or {@code PROMOTIONAL} for SMS when the send named one
 * @param originationIdentity the number, sender id or from address it was sent from, when known
 * @param context the send's {@code Context}, with the recipient's own entries over it
 * @param traceId the send's {@code TraceId}, or {@code null}
 * @param sentAt when it was sent, on the server's clock
 * @param campaignId the campaign whose run sent it, or {@code null}
 * @param treatmentId the campaign treatment it belongs to: {@code 0} for the default treatment, {@code 1} and
 *     on for the additional ones; {@code null} outside campaigns
 * @param journeyId the journey whose activity sent it, or {@code null}
 * @param journeyActivityId the journey activity that sent it, or {@code null}
 */
public record DeliveredMessage(
        String applicationId,
        String operation,
        String channel,
        String address,
        String endpointId,
        String userId,
        String messageId,
        String subject,
        String body,
        String htmlBody,
        String title,
        Map<String, String> data,
        String messageType,
        String originationIdentity,
        Map<String, String> context,
        String traceId,
        Instant sentAt,
        String campaignId,
        String treatmentId,
        String journeyId,
        String journeyActivityId) {

    public DeliveredMessage {
        data = data == null ? Map.of() : Map.copyOf(data);
        context = context == null ? Map.of() : Map.copyOf(context);
    }

    /** A message that a direct send or an OTP delivered, outside any campaign or journey. */
    public DeliveredMessage(String applicationId, String operation, String channel, String address, String endpointId,
                            String userId, String messageId, String subject, String body, String htmlBody,
                            String title, Map<String, String> data, String messageType, String originationIdentity,
                            Map<String, String> context, String traceId, Instant sentAt) {
        this(applicationId, operation, channel, address, endpointId, userId, messageId, subject, body, htmlBody, title,
                data, messageType, originationIdentity, context, traceId, sentAt, null, null, null, null);
    }
}
