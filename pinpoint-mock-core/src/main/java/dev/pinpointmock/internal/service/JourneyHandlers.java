package dev.pinpointmock.internal.service;

import dev.pinpointmock.internal.state.App;
import dev.pinpointmock.internal.state.StoredJourney;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.pinpoint.model.Activity;
import software.amazon.awssdk.services.pinpoint.model.CreateJourneyRequest;
import software.amazon.awssdk.services.pinpoint.model.CreateJourneyResponse;
import software.amazon.awssdk.services.pinpoint.model.DeleteJourneyRequest;
import software.amazon.awssdk.services.pinpoint.model.DeleteJourneyResponse;
import software.amazon.awssdk.services.pinpoint.model.GetJourneyRequest;
import software.amazon.awssdk.services.pinpoint.model.GetJourneyResponse;
import software.amazon.awssdk.services.pinpoint.model.JourneyResponse;
import software.amazon.awssdk.services.pinpoint.model.JourneysResponse;
import software.amazon.awssdk.services.pinpoint.model.ListJourneysRequest;
import software.amazon.awssdk.services.pinpoint.model.ListJourneysResponse;
import software.amazon.awssdk.services.pinpoint.model.State;
import software.amazon.awssdk.services.pinpoint.model.UpdateJourneyRequest;
import software.amazon.awssdk.services.pinpoint.model.UpdateJourneyResponse;
import software.amazon.awssdk.services.pinpoint.model.WriteJourneyRequest;

/**
 * CreateJourney, UpdateJourney, GetJourney, ListJourneys and DeleteJourney. A journey is created DRAFT
 * unless the request says ACTIVE, which publishes it. UpdateJourney answers ConflictException when it
 * would change the activities of a published journey, or the activities or start condition of a
 * cancelled or finished one, or take a published journey back to DRAFT.
 */
final class JourneyHandlers {

    private static final Comparator<StoredJourney> CREATION_ORDER =
            Comparator.comparing(StoredJourney::creationDate).thenComparing(StoredJourney::id);

    private JourneyHandlers() {
    }

    static void register(OperationRegistry registry) {
        registry.on("CreateJourney", CreateJourneyRequest.class, JourneyHandlers::createJourney)
                .on("UpdateJourney", UpdateJourneyRequest.class, JourneyHandlers::updateJourney)
                .on("GetJourney", GetJourneyRequest.class, JourneyHandlers::getJourney)
                .on("ListJourneys", ListJourneysRequest.class, JourneyHandlers::listJourneys)
                .on("DeleteJourney", DeleteJourneyRequest.class, JourneyHandlers::deleteJourney);
    }

    static CreateJourneyResponse createJourney(CallContext context, CreateJourneyRequest request) {
        App app = context.app(request.applicationId());
        WriteJourneyRequest write = request.writeJourneyRequest();
        JourneyRules.requireWritable(write.state());
        JourneyRules.validate(app, write, write.state() == State.ACTIVE);

        Instant now = context.now();
        String id = context.ids().hex32();
        JourneyResponse definition = JourneyDefinitions.fromWrite(write)
                .applicationId(app.id())
                .id(id)
                .creationDate(Dates.iso(now))
                .lastModifiedDate(Dates.iso(now))
                .build();
        StoredJourney journey = new StoredJourney(id, now, context.ids().hex32(), definition, State.DRAFT);
        if (write.state() == State.ACTIVE) {
            JourneyRunner.publish(context, journey, now);
        }
        app.journeys().add(journey);
        context.service().noteScheduling(app);
        JourneyResponse described = describe(context, journey);
        JourneyRunner.runDue(context, app, journey);
        return CreateJourneyResponse.builder().journeyResponse(described).build();
    }

    static UpdateJourneyResponse updateJourney(CallContext context, UpdateJourneyRequest request) {
        App app = context.app(request.applicationId());
        StoredJourney journey = journey(app, request.journeyId());
        WriteJourneyRequest write = request.writeJourneyRequest();
        JourneyRules.requireWritable(write.state());
        Instant now = context.now();

        JourneyResponse described = journey.change(stored -> {
            State current = stored.state();
            State requested = write.state() == null ? current : write.state();
            JourneyResponse previous = stored.definition();
            requireChangeable(current, requested, previous, write);
            JourneyRules.validate(app, write, requested == State.ACTIVE && current == State.DRAFT);
            stored.define(JourneyDefinitions.fromWrite(write)
                    .applicationId(app.id())
                    .id(stored.id())
                    .creationDate(previous.creationDate())
                    .lastModifiedDate(Dates.iso(now))
                    .build());
            if (current == State.DRAFT && requested == State.ACTIVE) {
                JourneyRunner.publish(context, stored, now);
            }
            return describe(context, stored);
        });
        JourneyRunner.runDue(context, app, journey);
        return UpdateJourneyResponse.builder().journeyResponse(described).build();
    }

    private static void requireChangeable(State current, State requested, JourneyResponse previous,
                                          WriteJourneyRequest write) {
        boolean activitiesChanged = !activities(previous.hasActivities() ? previous.activities() : null)
                .equals(activities(write.hasActivities() ? write.activities() : null))
                || !Objects.equals(previous.startActivity(), write.startActivity());
        boolean published = current == State.ACTIVE || current == State.PAUSED;
        boolean over = current == State.CANCELLED || current == State.COMPLETED || current == State.CLOSED;
        if (published && requested == State.DRAFT) {
            throw Errors.conflict("The journey is " + current + "; a published journey cannot return to DRAFT");
        }
        if (over && requested != current) {
            throw Errors.conflict("The journey is " + current + " and cannot become " + requested);
        }
        if ((published || over) && activitiesChanged) {
            throw Errors.conflict("The journey is " + current + "; its activities cannot be added, changed or"
                    + " removed");
        }
        if (over && !Objects.equals(previous.startCondition(), write.startCondition())) {
            throw Errors.conflict("The journey is " + current + "; its segment settings cannot be changed");
        }
    }

    private static Map<String, Activity> activities(Map<String, Activity> activities) {
        return activities == null ? Map.of() : Map.copyOf(activities);
    }

    static GetJourneyResponse getJourney(CallContext context, GetJourneyRequest request) {
        App app = context.app(request.applicationId());
        StoredJourney journey = journey(app, request.journeyId());
        return GetJourneyResponse.builder().journeyResponse(describe(context, journey)).build();
    }

    static ListJourneysResponse listJourneys(CallContext context, ListJourneysRequest request) {
        App app = context.app(request.applicationId());
        List<StoredJourney> ordered = app.journeys().all().stream().sorted(CREATION_ORDER).toList();
        Pages.Page<StoredJourney> page = Pages.page(ordered, request.token(), request.pageSize(),
                journey -> Map.of("CreationDate", Dates.iso(journey.creationDate()), "Id", journey.id()),
                Listing::byCreationDateAndId);
        List<JourneyResponse> items = page.items().stream().map(journey -> describe(context, journey)).toList();
        return ListJourneysResponse.builder()
                .journeysResponse(JourneysResponse.builder().item(items).nextToken(page.nextToken()).build())
                .build();
    }

    /** Deletes a journey in any state and answers it as it was. */
    static DeleteJourneyResponse deleteJourney(CallContext context, DeleteJourneyRequest request) {
        App app = context.app(request.applicationId());
        StoredJourney journey = journey(app, request.journeyId());
        JourneyResponse described = describe(context, journey);
        app.journeys().remove(journey.id());
        context.partition().removeTags(arn(context, app.id(), journey.id()));
        return DeleteJourneyResponse.builder().journeyResponse(described).build();
    }

    /** The journey with this id in the app, or the NotFoundException Pinpoint answers. */
    static StoredJourney journey(App app, String journeyId) {
        return app.journeys().get(journeyId).orElseThrow(() -> Errors.notFound("Journey not found"));
    }

    static String arn(CallContext context, String applicationId, String journeyId) {
        return context.partition().arn("apps/" + applicationId + "/journeys/" + journeyId);
    }

    /** The journey as the API shows it, with its state and current tags. */
    static JourneyResponse describe(CallContext context, StoredJourney journey) {
        JourneyResponse definition = journey.definition();
        return definition.toBuilder()
                .state(journey.state())
                .tags(context.partition().tags(arn(context, definition.applicationId(), journey.id())))
                .build();
    }
}
