package dev.pinpointmock.examples;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.pinpoint.PinpointClient;
import software.amazon.awssdk.services.pinpoint.model.AttributeDimension;
import software.amazon.awssdk.services.pinpoint.model.AttributeType;
import software.amazon.awssdk.services.pinpoint.model.BadRequestException;

/**
 * Welcomes the members of a plan with a campaign: a segment of the endpoints whose user is on the plan, a
 * welcome template for SMS and email, and a campaign that sends it the next morning at nine (UTC).
 * Application code that knows nothing of pinpoint-mock; it takes a {@link Clock} so that "the next
 * morning" is the same instant for the code and for the Pinpoint it talks to.
 */
public final class WelcomeCampaign {

    static final String TEMPLATE = "welcome";
    static final LocalTime SEND_AT = LocalTime.of(9, 0);

    private final PinpointClient pinpoint;
    private final String applicationId;
    private final Clock clock;

    public WelcomeCampaign(PinpointClient pinpoint, String applicationId, Clock clock) {
        this.pinpoint = pinpoint;
        this.applicationId = applicationId;
        this.clock = clock;
    }

    /** Creates the welcome templates, once: the first name of the customer comes from their user attributes. */
    public void createTemplates() {
        try {
            pinpoint.createSmsTemplate(r -> r.templateName(TEMPLATE).smsTemplateRequest(t -> t
                    .body("Welcome, {{User.UserAttributes.FirstName}}! Reply STOP to opt out.")));
            pinpoint.createEmailTemplate(r -> r.templateName(TEMPLATE).emailTemplateRequest(t -> t
                    .subject("Welcome to {{User.UserAttributes.Plan}}, {{User.UserAttributes.FirstName}}")
                    .htmlPart("<h1>Hello {{User.UserAttributes.FirstName}}</h1><p>Glad to have you.</p>")
                    .textPart("Hello {{User.UserAttributes.FirstName}}, glad to have you.")));
        } catch (BadRequestException alreadyThere) {
            // The templates exist from an earlier run; they are shared by every campaign of the account.
        }
    }

    /**
     * Schedules the welcome of a plan's members for the next nine o'clock.
     *
     * @return the campaign's id
     */
    public String scheduleFor(String plan) {
        String segmentId = pinpoint.createSegment(r -> r.applicationId(applicationId).writeSegmentRequest(s -> s
                .name(plan + " members")
                .dimensions(d -> d.userAttributes(Map.of("Plan", AttributeDimension.builder()
                        .attributeType(AttributeType.INCLUSIVE).values(List.of(plan)).build())))))
                .segmentResponse().id();
        return pinpoint.createCampaign(r -> r.applicationId(applicationId).writeCampaignRequest(c -> c
                .name("welcome " + plan)
                .segmentId(segmentId)
                .schedule(s -> s.startTime(nextSendTime().toInstant().toString()).timezone("UTC"))
                .templateConfiguration(t -> t.smsTemplate(s -> s.name(TEMPLATE)).emailTemplate(e -> e.name(TEMPLATE)))
                .messageConfiguration(m -> m.emailMessage(e -> e.fromAddress("hello@example.com")))))
                .campaignResponse().id();
    }

    ZonedDateTime nextSendTime() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(ZoneOffset.UTC));
        ZonedDateTime today = now.with(SEND_AT).withNano(0);
        return today.isAfter(now) ? today : today.plusDays(1);
    }
}
