package dev.pinpointmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.pinpoint.model.BadRequestException;
import software.amazon.awssdk.services.pinpoint.model.EndpointResponse;
import software.amazon.awssdk.services.pinpoint.model.Event;
import software.amazon.awssdk.services.pinpoint.model.EventsBatch;
import software.amazon.awssdk.services.pinpoint.model.EventsResponse;
import software.amazon.awssdk.services.pinpoint.model.ItemResponse;
import software.amazon.awssdk.services.pinpoint.model.NotFoundException;
import software.amazon.awssdk.services.pinpoint.model.PublicEndpoint;

class EventsTest {

    private static final ServerFixture FIXTURE = new ServerFixture();
    private static final String NOW = "2024-05-01T10:00:00.000Z";

    private String appId;

    @BeforeEach
    void createApp() {
        appId = FIXTURE.createApp("events");
    }

    @AfterAll
    static void close() {
        FIXTURE.close();
    }

    private EventsResponse put(Map<String, EventsBatch> batches) {
        return FIXTURE.client.putEvents(r -> r.applicationId(appId).eventsRequest(e -> e.batchItem(batches)))
                .eventsResponse();
    }

    private static Event event(String type) {
        return Event.builder().eventType(type).timestamp(NOW).build();
    }

    @Test
    void putEventsAcceptsEachEndpointAndEventAndCreatesTheEndpoint() {
        EventsResponse response = put(Map.of("device-1", EventsBatch.builder()
                .endpoint(PublicEndpoint.builder().channelType("GCM").address("token-1")
                        .attributes(Map.of("AppVersion", List.of("1.2"))).build())
                .events(Map.of("e1", event("_session.start"), "e2", event("purchase")))
                .build()));

        ItemResponse item = response.results().get("device-1");
        assertThat(item.endpointItemResponse().message()).isEqualTo("Accepted");
        assertThat(item.endpointItemResponse().statusCode()).isEqualTo(202);
        assertThat(item.eventsItemResponse()).containsOnlyKeys("e1", "e2");
        assertThat(item.eventsItemResponse().get("e2").message()).isEqualTo("Accepted");
        assertThat(item.eventsItemResponse().get("e2").statusCode()).isEqualTo(202);

        EndpointResponse endpoint = FIXTURE.client.getEndpoint(r -> r.applicationId(appId).endpointId("device-1"))
                .endpointResponse();
        assertThat(endpoint.address()).isEqualTo("token-1");
        assertThat(endpoint.attributes()).containsEntry("AppVersion", List.of("1.2"));
    }

    @Test
    void eventsUpdateTheirExistingEndpoint() {
        FIXTURE.client.updateEndpoint(r -> r.applicationId(appId).endpointId("device-2")
                .endpointRequest(e -> e.channelType("APNS").address("apns-token").user(u -> u.userId("u2"))));

        put(Map.of("device-2", EventsBatch.builder()
                .endpoint(PublicEndpoint.builder().metrics(Map.of("Sessions", 4.0)).build())
                .events(Map.of("e1", event("_session.start")))
                .build()));

        EndpointResponse endpoint = FIXTURE.client.getEndpoint(r -> r.applicationId(appId).endpointId("device-2"))
                .endpointResponse();
        assertThat(endpoint.address()).isEqualTo("apns-token");
        assertThat(endpoint.user().userId()).isEqualTo("u2");
        assertThat(endpoint.metrics()).containsEntry("Sessions", 4.0);
    }

    @Test
    void anInvalidEventFailsInItsOwnItemNotTheWholeCall() {
        Map<String, Event> events = new HashMap<>();
        events.put("good", event("purchase"));
        events.put("no-timestamp", Event.builder().eventType("purchase").build());
        events.put("bad-timestamp", Event.builder().eventType("purchase").timestamp("yesterday").build());
        events.put("no-type", Event.builder().timestamp(NOW).build());

        EventsResponse response = put(Map.of("device-3", EventsBatch.builder()
                .endpoint(PublicEndpoint.builder().channelType("GCM").address("token-3").build())
                .events(events)
                .build()));

        var results = response.results().get("device-3").eventsItemResponse();
        assertThat(results.get("good").statusCode()).isEqualTo(202);
        assertThat(results.get("no-timestamp").statusCode()).isEqualTo(400);
        assertThat(results.get("no-timestamp").message()).isEqualTo("Missing Timestamp");
        assertThat(results.get("bad-timestamp").statusCode()).isEqualTo(400);
        assertThat(results.get("no-type").statusCode()).isEqualTo(400);
        assertThat(results.get("no-type").message()).isEqualTo("Missing EventType");
    }

    @Test
    void anInvalidEndpointFailsInItsOwnItemWhileItsEventsAreAccepted() {
        EventsResponse response = put(Map.of(
                "no-address", EventsBatch.builder().endpoint(PublicEndpoint.builder().channelType("GCM").build())
                        .events(Map.of("e1", event("open"))).build(),
                "fine", EventsBatch.builder()
                        .endpoint(PublicEndpoint.builder().channelType("GCM").address("token-4").build())
                        .events(Map.of("e1", event("open"))).build()));

        ItemResponse failed = response.results().get("no-address");
        assertThat(failed.endpointItemResponse().statusCode()).isEqualTo(400);
        assertThat(failed.endpointItemResponse().message()).isEqualTo("Missing Address");
        assertThat(failed.eventsItemResponse().get("e1").statusCode()).isEqualTo(202);
        assertThat(response.results().get("fine").endpointItemResponse().statusCode()).isEqualTo(202);
        assertThatThrownBy(() -> FIXTURE.client.getEndpoint(r -> r.applicationId(appId).endpointId("no-address")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aCallWithMoreThanOneHundredEventsIsABadRequest() {
        Map<String, Event> events = new HashMap<>();
        for (int i = 0; i < 101; i++) {
            events.put("e" + i, event("tick"));
        }

        assertThatThrownBy(() -> put(Map.of("device-5", EventsBatch.builder()
                .endpoint(PublicEndpoint.builder().channelType("GCM").address("token-5").build())
                .events(events).build())))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("at most 100 events");
    }

    @Test
    void aBatchItemWithoutEventsIsABadRequest() {
        RawHttp.Reply reply = RawHttp.send(FIXTURE.server, "POST", "/v1/apps/" + appId + "/events",
                "{\"BatchItem\":{\"d\":{\"Endpoint\":{}}}}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("Missing BatchItem.d.Events");
    }
}
