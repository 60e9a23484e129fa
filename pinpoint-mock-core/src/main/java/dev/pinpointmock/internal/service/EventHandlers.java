package dev.pinpointmock.internal.service;

import static dev.pinpointmock.internal.service.Errors.badRequest;

import dev.pinpointmock.internal.state.App;
import dev.pinpointmock.internal.state.EndpointStore;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.pinpoint.model.BadRequestException;
import software.amazon.awssdk.services.pinpoint.model.EndpointItemResponse;
import software.amazon.awssdk.services.pinpoint.model.Event;
import software.amazon.awssdk.services.pinpoint.model.EventItemResponse;
import software.amazon.awssdk.services.pinpoint.model.EventsBatch;
import software.amazon.awssdk.services.pinpoint.model.EventsResponse;
import software.amazon.awssdk.services.pinpoint.model.ItemResponse;
import software.amazon.awssdk.services.pinpoint.model.PutEventsRequest;
import software.amazon.awssdk.services.pinpoint.model.PutEventsResponse;
import software.amazon.awssdk.services.pinpoint.model.Session;

/**
 * PutEvents: each batch item creates or updates its endpoint and reports its events one by one. An
 * invalid endpoint or event fails in its own item with status 400; the others are accepted with 202.
 */
final class EventHandlers {

    static final int MAX_EVENTS_PER_REQUEST = 100;
    static final int MAX_EVENT_TYPE = 50;
    static final int MAX_EVENT_ATTRIBUTES = 40;
    static final int MAX_EVENT_ATTRIBUTE_NAME = 50;
    static final int MAX_EVENT_ATTRIBUTE_VALUE = 200;

    private EventHandlers() {
    }

    static void register(OperationRegistry registry) {
        registry.on("PutEvents", PutEventsRequest.class, EventHandlers::putEvents);
    }

    static PutEventsResponse putEvents(CallContext context, PutEventsRequest request) {
        App app = context.app(request.applicationId());
        Map<String, EventsBatch> batches = request.eventsRequest().batchItem();
        int events = batches.values().stream().mapToInt(batch -> batch.events().size()).sum();
        if (events > MAX_EVENTS_PER_REQUEST) {
            throw badRequest("A request can put at most " + MAX_EVENTS_PER_REQUEST + " events, not " + events);
        }

        Map<String, ItemResponse> results = new LinkedHashMap<>();
        batches.forEach((endpointId, batch) -> {
            Map<String, EventItemResponse> eventResults = new LinkedHashMap<>();
            batch.events().forEach((eventId, event) -> {
                String problem = problemWith(event);
                eventResults.put(eventId, EventItemResponse.builder()
                        .message(problem == null ? "Accepted" : problem)
                        .statusCode(problem == null ? 202 : 400)
                        .build());
            });
            results.put(endpointId, ItemResponse.builder()
                    .endpointItemResponse(updateEndpoint(context, app, endpointId, batch))
                    .eventsItemResponse(eventResults)
                    .build());
        });
        return PutEventsResponse.builder()
                .eventsResponse(EventsResponse.builder().results(results).build())
                .build();
    }

    private static EndpointItemResponse updateEndpoint(CallContext context, App app, String endpointId,
                                                       EventsBatch batch) {
        try {
            EndpointWriter.checkId(endpointId);
            EndpointChange change = EndpointChange.of(batch.endpoint()).validate();
            EndpointStore store = app.endpoints();
            store.write(endpoints -> new EndpointWriter(app.id(), context, store)
                    .write(endpoints, endpointId, change));
            return EndpointItemResponse.builder().message("Accepted").statusCode(202).build();
        } catch (BadRequestException invalid) {
            return EndpointItemResponse.builder().message(invalid.getMessage()).statusCode(400).build();
        }
    }

    /** Why Pinpoint would refuse an event, or {@code null} when it accepts it. */
    private static String problemWith(Event event) {
        if (event.eventType() == null || event.eventType().isEmpty()) {
            return "Missing EventType";
        }
        if (event.eventType().length() > MAX_EVENT_TYPE) {
            return "EventType must be at most " + MAX_EVENT_TYPE + " characters";
        }
        String timestamp = dateProblem("Timestamp", event.timestamp());
        if (timestamp != null) {
            return timestamp;
        }
        int names = event.attributes().size() + event.metrics().size();
        if (names > MAX_EVENT_ATTRIBUTES) {
            return "An event can have at most " + MAX_EVENT_ATTRIBUTES + " attributes and metrics, not " + names;
        }
        for (Map.Entry<String, String> attribute : event.attributes().entrySet()) {
            if (attribute.getKey().length() > MAX_EVENT_ATTRIBUTE_NAME) {
                return "Attribute names must be at most " + MAX_EVENT_ATTRIBUTE_NAME + " characters: "
                        + attribute.getKey();
            }
            if (attribute.getValue() != null && attribute.getValue().length() > MAX_EVENT_ATTRIBUTE_VALUE) {
                return "The value of attribute " + attribute.getKey() + " must be at most "
                        + MAX_EVENT_ATTRIBUTE_VALUE + " characters";
            }
        }
        return problemWith(event.session());
    }

    private static String problemWith(Session session) {
        if (session == null) {
            return null;
        }
        if (session.id() == null || session.id().isEmpty()) {
            return "Missing Session.Id";
        }
        String start = dateProblem("Session.StartTimestamp", session.startTimestamp());
        if (start != null) {
            return start;
        }
        return session.stopTimestamp() == null ? null : dateProblem("Session.StopTimestamp", session.stopTimestamp());
    }

    private static String dateProblem(String member, String text) {
        if (text == null || text.isEmpty()) {
            return "Missing " + member;
        }
        try {
            EndpointChange.parseDate(member, text);
            return null;
        } catch (BadRequestException invalid) {
            return invalid.getMessage();
        }
    }
}
