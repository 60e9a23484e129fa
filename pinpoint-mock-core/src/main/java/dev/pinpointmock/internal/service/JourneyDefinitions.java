package dev.pinpointmock.internal.service;

import software.amazon.awssdk.services.pinpoint.model.JourneyResponse;
import software.amazon.awssdk.services.pinpoint.model.WriteJourneyRequest;

/**
 * Converts between the WriteJourneyRequest a create or update sends and the definition the journey keeps,
 * in the shape of JourneyResponse. An update replaces the whole definition, as the request's required Name
 * suggests it carries the whole journey; only State, when omitted, keeps its value.
 */
final class JourneyDefinitions {

    private JourneyDefinitions() {
    }

    /** The definition a request writes; the caller adds the ids and dates. */
    static JourneyResponse.Builder fromWrite(WriteJourneyRequest write) {
        return JourneyResponse.builder()
                .name(write.name())
                .activities(write.hasActivities() ? write.activities() : null)
                .limits(write.limits())
                .localTime(write.localTime())
                .quietTime(write.quietTime())
                .refreshFrequency(write.refreshFrequency())
                .schedule(write.schedule())
                .startActivity(write.startActivity())
                .startCondition(write.startCondition())
                .waitForQuietTime(write.waitForQuietTime())
                .refreshOnSegmentUpdate(write.refreshOnSegmentUpdate())
                .journeyChannelSettings(write.journeyChannelSettings())
                .sendingSchedule(write.sendingSchedule())
                .openHours(write.openHours())
                .closedDays(write.closedDays())
                .timezoneEstimationMethodsWithStrings(write.hasTimezoneEstimationMethods()
                        ? write.timezoneEstimationMethodsAsStrings() : null);
    }

    /** A stored definition as a request, to check it again when UpdateJourneyState publishes it. */
    static WriteJourneyRequest toWrite(JourneyResponse definition) {
        return WriteJourneyRequest.builder()
                .name(definition.name())
                .activities(definition.hasActivities() ? definition.activities() : null)
                .limits(definition.limits())
                .localTime(definition.localTime())
                .quietTime(definition.quietTime())
                .refreshFrequency(definition.refreshFrequency())
                .schedule(definition.schedule())
                .startActivity(definition.startActivity())
                .startCondition(definition.startCondition())
                .waitForQuietTime(definition.waitForQuietTime())
                .refreshOnSegmentUpdate(definition.refreshOnSegmentUpdate())
                .journeyChannelSettings(definition.journeyChannelSettings())
                .sendingSchedule(definition.sendingSchedule())
                .openHours(definition.openHours())
                .closedDays(definition.closedDays())
                .timezoneEstimationMethodsWithStrings(definition.hasTimezoneEstimationMethods()
                        ? definition.timezoneEstimationMethodsAsStrings() : null)
                .build();
    }
}
