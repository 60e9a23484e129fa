package dev.pinpointmock.internal.service;

import static dev.pinpointmock.internal.service.Errors.badRequest;

import dev.pinpointmock.internal.state.App;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.pinpoint.model.ApplicationSettingsResource;
import software.amazon.awssdk.services.pinpoint.model.CampaignHook;
import software.amazon.awssdk.services.pinpoint.model.CampaignLimits;
import software.amazon.awssdk.services.pinpoint.model.DeleteEventStreamRequest;
import software.amazon.awssdk.services.pinpoint.model.DeleteEventStreamResponse;
import software.amazon.awssdk.services.pinpoint.model.EventStream;
import software.amazon.awssdk.services.pinpoint.model.GetApplicationSettingsRequest;
import software.amazon.awssdk.services.pinpoint.model.GetApplicationSettingsResponse;
import software.amazon.awssdk.services.pinpoint.model.GetEventStreamRequest;
import software.amazon.awssdk.services.pinpoint.model.GetEventStreamResponse;
import software.amazon.awssdk.services.pinpoint.model.PutEventStreamRequest;
import software.amazon.awssdk.services.pinpoint.model.PutEventStreamResponse;
import software.amazon.awssdk.services.pinpoint.model.QuietTime;
import software.amazon.awssdk.services.pinpoint.model.UpdateApplicationSettingsRequest;
import software.amazon.awssdk.services.pinpoint.model.UpdateApplicationSettingsResponse;
import software.amazon.awssdk.services.pinpoint.model.WriteApplicationSettingsRequest;
import software.amazon.awssdk.services.pinpoint.model.WriteEventStream;

/**
 * An application's settings (GetApplicationSettings, UpdateApplicationSettings) and its event stream
 * (PutEventStream, GetEventStream, DeleteEventStream).
 */
final class SettingsHandlers {

    private static final Pattern QUIET_TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");
    private static final Pattern STREAM_ARN =
            Pattern.compile("arn:aws[a-z-]*:(kinesis|firehose):[a-z0-9-]+:[^:]+:(stream|deliverystream)/.+");
    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[a-z-]*:iam::[^:]+:role/.+");

    private SettingsHandlers() {
    }

    static void register(OperationRegistry registry) {
        registry.on("GetApplicationSettings", GetApplicationSettingsRequest.class, SettingsHandlers::getSettings)
                .on("UpdateApplicationSettings", UpdateApplicationSettingsRequest.class,
                        SettingsHandlers::updateSettings)
                .on("PutEventStream", PutEventStreamRequest.class, SettingsHandlers::putEventStream)
                .on("GetEventStream", GetEventStreamRequest.class, SettingsHandlers::getEventStream)
                .on("DeleteEventStream", DeleteEventStreamRequest.class, SettingsHandlers::deleteEventStream);
    }

    static GetApplicationSettingsResponse getSettings(CallContext context, GetApplicationSettingsRequest request) {
        App app = context.app(request.applicationId());
        ApplicationSettingsResource settings = app.settings().get();
        return GetApplicationSettingsResponse.builder()
                .applicationSettingsResource(settings == null ? defaults(app) : settings)
                .build();
    }

    /**
     * Replaces the members the update sends (a sent structure replaces the stored one whole) and keeps the
     * others. {@code CloudWatchMetricsEnabled} and {@code EventTaggingEnabled} are accepted but, as in the
     * model, never part of the resource.
     */
    static UpdateApplicationSettingsResponse updateSettings(CallContext context,
                                                            UpdateApplicationSettingsRequest request) {
        App app = context.app(request.applicationId());
        WriteApplicationSettingsRequest write = request.writeApplicationSettingsRequest();
        if (write == null) {
            write = WriteApplicationSettingsRequest.builder().build();
        }
        validate(write.limits());
        validate(write.quietTime());

        WriteApplicationSettingsRequest sent = write;
        String now = Dates.iso(context.now());
        ApplicationSettingsResource updated = app.settings().updateAndGet(current -> {
            ApplicationSettingsResource.Builder settings = (current == null ? defaults(app) : current).toBuilder();
            if (sent.campaignHook() != null) {
                settings.campaignHook(sent.campaignHook());
            }
            if (sent.limits() != null) {
                settings.limits(sent.limits());
            }
            if (sent.quietTime() != null) {
                settings.quietTime(sent.quietTime());
            }
            if (sent.journeyLimits() != null) {
                settings.journeyLimits(sent.journeyLimits());
            }
            return settings.lastModifiedDate(now).build();
        });
        return UpdateApplicationSettingsResponse.builder().applicationSettingsResource(updated).build();
    }

    static PutEventStreamResponse putEventStream(CallContext context, PutEventStreamRequest request) {
        App app = context.app(request.applicationId());
        WriteEventStream write = request.writeEventStream();
        if (!STREAM_ARN.matcher(write.destinationStreamArn()).matches()) {
            throw badRequest("DestinationStreamArn must be the ARN of a Kinesis data stream or a Kinesis Data "
                    + "Firehose delivery stream, not " + write.destinationStreamArn());
        }
        if (!ROLE_ARN.matcher(write.roleArn()).matches()) {
            throw badRequest("RoleArn must be the ARN of an IAM role, not " + write.roleArn());
        }
        EventStream stream = EventStream.builder()
                .applicationId(app.id())
                .destinationStreamArn(write.destinationStreamArn())
                .roleArn(write.roleArn())
                .lastModifiedDate(Dates.iso(context.now()))
                .build();
        app.eventStream().set(stream);
        return PutEventStreamResponse.builder().eventStream(stream).build();
    }

    static GetEventStreamResponse getEventStream(CallContext context, GetEventStreamRequest request) {
        App app = context.app(request.applicationId());
        EventStream stream = app.eventStream().get();
        if (stream == null) {
            throw EndpointHandlers.resourceNotFound();
        }
        return GetEventStreamResponse.builder().eventStream(stream).build();
    }

    static DeleteEventStreamResponse deleteEventStream(CallContext context, DeleteEventStreamRequest request) {
        App app = context.app(request.applicationId());
        EventStream stream = app.eventStream().getAndSet(null);
        if (stream == null) {
            throw EndpointHandlers.resourceNotFound();
        }
        return DeleteEventStreamResponse.builder().eventStream(stream).build();
    }

    /** A new application's settings: empty hook, limits and quiet time, last modified when it was created. */
    private static ApplicationSettingsResource defaults(App app) {
        return ApplicationSettingsResource.builder()
                .applicationId(app.id())
                .campaignHook(CampaignHook.builder().build())
                .limits(CampaignLimits.builder().build())
                .quietTime(QuietTime.builder().build())
                .lastModifiedDate(Dates.iso(app.creationDate()))
                .build();
    }

    /** The ranges the model documents for an application's default campaign limits. */
    private static void validate(CampaignLimits limits) {
        if (limits == null) {
            return;
        }
        inRange("Limits.Daily", limits.daily(), 0, 100);
        inRange("Limits.Total", limits.total(), 0, 100);
        inRange("Limits.MaximumDuration", limits.maximumDuration(), 60, Integer.MAX_VALUE);
        inRange("Limits.MessagesPerSecond", limits.messagesPerSecond(), 1, 20_000);
        inRange("Limits.Session", limits.session(), 0, Integer.MAX_VALUE);
    }

    private static void validate(QuietTime quietTime) {
        if (quietTime == null) {
            return;
        }
        for (String time : new String[] {quietTime.start(), quietTime.end()}) {
            if (time != null && !QUIET_TIME.matcher(time).matches()) {
                throw badRequest("QuietTime Start and End must be times in HH:MM format, such as 22:30, not "
                        + time);
            }
        }
    }

    private static void inRange(String member, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw badRequest(member + " must be " + (max == Integer.MAX_VALUE ? "at least " + min
                    : "between " + min + " and " + max) + ", not " + value);
        }
    }
}
