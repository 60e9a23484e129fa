package dev.pinpointmock.internal.service;

import static dev.pinpointmock.internal.service.Errors.badRequest;

import dev.pinpointmock.internal.state.App;
import dev.pinpointmock.internal.state.StoredJourney;
import java.time.Instant;
import software.amazon.awssdk.services.pinpoint.model.JourneyResponse;
import software.amazon.awssdk.services.pinpoint.model.State;
import software.amazon.awssdk.services.pinpoint.model.UpdateJourneyStateRequest;
import software.amazon.awssdk.services.pinpoint.model.UpdateJourneyStateResponse;

/**
 * UpdateJourneyState: ACTIVE publishes a draft or resumes a paused journey, PAUSED pauses an active journey
 * that has a RefreshFrequency, CANCELLED stops an active or paused one. Asking for the state a journey
 * already has changes nothing; any other move is a BadRequestException (the operation declares no
 * ConflictException).
 */
final class JourneyStateHandlers {

    private JourneyStateHandlers() {
    }

    static void register(OperationRegistry registry) {
        registry.on("UpdateJourneyState", UpdateJourneyStateRequest.class, JourneyStateHandlers::updateJourneyState);
    }

    static UpdateJourneyStateResponse updateJourneyState(CallContext context, UpdateJourneyStateRequest request) {
        App app = context.app(request.applicationId());
        StoredJourney journey = JourneyHandlers.journey(app, request.journeyId());
        State requested = request.journeyStateRequest().state();
        if (requested != State.ACTIVE && requested != State.PAUSED && requested != State.CANCELLED) {
            throw badRequest("State must be ACTIVE, PAUSED or CANCELLED, not " + request.journeyStateRequest()
                    .stateAsString());
        }
        Instant now = context.now();

        JourneyResponse described = journey.change(stored -> {
            State current = stored.state();
            if (current != requested) {
                move(context, stored, current, requested, now);
            }
            return JourneyHandlers.describe(context, stored);
        });
        JourneyRunner.runDue(context, app, journey);
        return UpdateJourneyStateResponse.builder().journeyResponse(described).build();
    }

    private static void move(CallContext context, StoredJourney journey, State current, State requested,
                             Instant now) {
        switch (requested) {
            case ACTIVE -> {
                if (current == State.DRAFT) {
                    JourneyRules.validate(context.app(journey.definition().applicationId()),
                            JourneyDefinitions.toWrite(journey.definition()), true);
                    JourneyRunner.publish(context, journey, now);
                } else if (current == State.PAUSED) {
                    JourneyRunner.resume(journey, now);
                } else {
                    throw refused(current, requested);
                }
            }
            case PAUSED -> {
                if (current != State.ACTIVE) {
                    throw refused(current, requested);
                }
                if (journey.definition().refreshFrequency() == null) {
                    throw badRequest("Only a journey with a segment refresh interval (RefreshFrequency) can be"
                            + " paused");
                }
                JourneyRunner.pause(journey, now);
            }
            default -> {
                if (current != State.ACTIVE && current != State.PAUSED) {
                    throw refused(current, requested);
                }
                JourneyRunner.cancel(journey, now);
            }
        }
    }

    private static RuntimeException refused(State current, State requested) {
        return badRequest("The journey is " + current + " and cannot become " + requested);
    }
}
