package dev.pinpointmock.internal.service;

import software.amazon.awssdk.services.pinpoint.model.Activity;
import software.amazon.awssdk.services.pinpoint.model.CampaignEmailMessage;
import software.amazon.awssdk.services.pinpoint.model.CampaignSmsMessage;
import software.amazon.awssdk.services.pinpoint.model.MessageConfiguration;
import software.amazon.awssdk.services.pinpoint.model.Template;
import software.amazon.awssdk.services.pinpoint.model.TemplateConfiguration;

/**
 * A journey's message activity as what it sends: the template it names, with the activity's message
 * settings (sender, message type) in the shape a campaign uses.
 */
final class JourneyMessages {

    private JourneyMessages() {
    }

    static ScheduledDelivery.Outbound outbound(String journeyId, String activityId, Activity activity) {
        MessageConfiguration.Builder messages = MessageConfiguration.builder();
        TemplateConfiguration.Builder templates = TemplateConfiguration.builder();
        if (activity.email() != null) {
            templates.emailTemplate(template(activity.email().templateName(), activity.email().templateVersion()));
            if (activity.email().messageConfig() != null) {
                messages.emailMessage(CampaignEmailMessage.builder()
                        .fromAddress(activity.email().messageConfig().fromAddress()).build());
            }
        } else if (activity.sms() != null) {
            templates.smsTemplate(template(activity.sms().templateName(), activity.sms().templateVersion()));
            if (activity.sms().messageConfig() != null) {
                var config = activity.sms().messageConfig();
                messages.smsMessage(CampaignSmsMessage.builder().messageType(config.messageType())
                        .originationNumber(config.originationNumber()).senderId(config.senderId())
                        .entityId(config.entityId()).templateId(config.templateId()).build());
            }
        } else if (activity.push() != null) {
            templates.pushTemplate(template(activity.push().templateName(), activity.push().templateVersion()));
        } else if (activity.custom() != null) {
            messages.customMessage(custom -> custom.data(activity.custom().messageConfig() == null ? null
                    : activity.custom().messageConfig().data()));
        }
        return new ScheduledDelivery.Outbound("Journey", journeyId, activityId, messages.build(), templates.build());
    }

    private static Template template(String name, String version) {
        return name == null ? null : Template.builder().name(name).version(version).build();
    }
}
