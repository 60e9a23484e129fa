package dev.pinpointmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.pinpoint.model.BadRequestException;
import software.amazon.awssdk.services.pinpoint.model.EndpointBatchItem;
import software.amazon.awssdk.services.pinpoint.model.EndpointRequest;
import software.amazon.awssdk.services.pinpoint.model.EndpointResponse;
import software.amazon.awssdk.services.pinpoint.model.MessageBody;
import software.amazon.awssdk.services.pinpoint.model.NotFoundException;

class EndpointTest {

    private static final ServerFixture FIXTURE = new ServerFixture();

    private String appId;

    @BeforeEach
    void createApp() {
        appId = FIXTURE.createApp("endpoints");
    }

    @AfterAll
    static void close() {
        FIXTURE.close();
    }

    private MessageBody update(String endpointId, Consumer<EndpointRequest.Builder> endpoint) {
        return FIXTURE.client.updateEndpoint(r -> r.applicationId(appId).endpointId(endpointId)
                .endpointRequest(endpoint)).messageBody();
    }

    private void sms(String endpointId, String phone, String userId) {
        update(endpointId, e -> e.channelType("SMS").address(phone).user(u -> u.userId(userId)));
    }

    private EndpointResponse get(String endpointId) {
        return FIXTURE.client.getEndpoint(r -> r.applicationId(appId).endpointId(endpointId)).endpointResponse();
    }

    @Test
    void updateEndpointAnswersAcceptedAndCreatesTheEndpoint() {
        Instant now = FIXTURE.server.clock().now();
        MessageBody body = update("phone-1", e -> e.channelType("SMS").address("+12065550100")
                .attributes(Map.of("Interests", List.of("Cooking")))
                .metrics(Map.of("Visits", 3.0))
                .location(l -> l.country("USA")));

        assertThat(body.message()).isEqualTo("Accepted");
        assertThat(body.requestID()).matches("[0-9a-f-]{36}");
        EndpointResponse endpoint = get("phone-1");
        assertThat(endpoint.id()).isEqualTo("phone-1");
        assertThat(endpoint.applicationId()).isEqualTo(appId);
        assertThat(endpoint.address()).isEqualTo("+12065550100");
        assertThat(endpoint.channelTypeAsString()).isEqualTo("SMS");
        assertThat(endpoint.endpointStatus()).isEqualTo("ACTIVE");
        assertThat(endpoint.optOut()).isEqualTo("NONE");
        assertThat(endpoint.attributes()).containsEntry("Interests", List.of("Cooking"));
        assertThat(endpoint.metrics()).containsEntry("Visits", 3.0);
        assertThat(endpoint.location().country()).isEqualTo("USA");
        assertThat(Integer.parseInt(endpoint.cohortId())).isBetween(0, 99);
        assertThat(endpoint.creationDate()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(Instant.parse(endpoint.effectiveDate())).isAfterOrEqualTo(now.minusSeconds(1));
    }

    @Test
    void anUpdateKeepsWhatItOmitsReplacesWhatItSendsAndAnEmptyListClears() {
        update("merge", e -> e.channelType("EMAIL").address("a@example.com")
                .attributes(Map.of("Color", List.of("red"), "Size", List.of("M"), "Team", List.of("blue")))
                .demographic(d -> d.platform("ios").make("Apple")));

        update("merge", e -> e.attributes(Map.of("Color", List.of("green", "yellow"), "Team", List.of()))
                .demographic(d -> d.platform("android")));

        EndpointResponse endpoint = get("merge");
        assertThat(endpoint.address()).isEqualTo("a@example.com");
        assertThat(endpoint.attributes()).containsOnly(
                Map.entry("Color", List.of("green", "yellow")), Map.entry("Size", List.of("M")));
        assertThat(endpoint.demographic().platform()).isEqualTo("android");
        assertThat(endpoint.demographic().make()).isEqualTo("Apple");
    }

    @Test
    void anOptedInEndpointWithoutAnAddressIsMissingAddress() {
        assertThatThrownBy(() -> update("no-address", e -> e.channelType("APNS").optOut("NONE")))
                .isInstanceOfSatisfying(BadRequestException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Missing Address"));
        assertThatThrownBy(() -> get("no-address")).isInstanceOf(NotFoundException.class);

        update("opted-out", e -> e.channelType("APNS").optOut("ALL"));
        assertThat(get("opted-out").optOut()).isEqualTo("ALL");
    }

    @Test
    void attributeValuesMustBeListsOfStringsAndMetricsNumbers() {
        String path = "/v1/apps/" + appId + "/endpoints/typed";

        RawHttp.Reply notAList = RawHttp.send(FIXTURE.server, "PUT", path,
                "{\"ChannelType\":\"SMS\",\"Address\":\"+12065550100\",\"Attributes\":{\"Color\":\"red\"}}");
        RawHttp.Reply notANumber = RawHttp.send(FIXTURE.server, "PUT", path,
                "{\"ChannelType\":\"SMS\",\"Address\":\"+12065550100\",\"Metrics\":{\"Visits\":\"many\"}}");
        RawHttp.Reply badChannel = RawHttp.send(FIXTURE.server, "PUT", path,
                "{\"ChannelType\":\"FAX\",\"Address\":\"+12065550100\"}");

        assertThat(notAList.status()).isEqualTo(400);
        assertThat(notAList.errorType()).isEqualTo("BadRequestException");
        assertThat(notAList.body()).contains("Attributes.Color must be a list");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.body()).contains("Metrics.Visits must be a number");
        assertThat(badChannel.status()).isEqualTo(400);
        assertThat(badChannel.body()).contains("ChannelType must be one of");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bad$id", "bad{id", "bad}id"})
    void endpointIdsMayNotContainDollarOrBraces(String endpointId) {
        assertThatThrownBy(() -> sms(endpointId, "+12065550100", null))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(
                        e.awsErrorDetails().errorMessage()).contains("can't contain $, { or }"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"us-east-1:e6c0af2c-a5c6-4b3f", "plus+sign", "with space", "a/b"})
    void idsWithPlusColonOrSpaceAddressTheSameEndpointInEveryCall(String endpointId) {
        update(endpointId, e -> e.channelType("SMS").address("+12065550100"));
        update(endpointId, e -> e.attributes(Map.of("Seen", List.of("yes"))));

        assertThat(get(endpointId).id()).isEqualTo(endpointId);
        assertThat(get(endpointId).attributes()).containsKey("Seen");
        EndpointResponse deleted = FIXTURE.client.deleteEndpoint(r -> r.applicationId(appId).endpointId(endpointId))
                .endpointResponse();
        assertThat(deleted.id()).isEqualTo(endpointId);
        assertThatThrownBy(() -> get(endpointId)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void endpointIdsAreCaseInsensitiveAsAwsDocuments() {
        sms("MixedCase", "+12065550100", null);

        assertThat(get("mixedcase").id()).isEqualTo("MixedCase");
    }

    @Test
    void anotherEndpointTakingTheAddressMakesTheFirstInactive() {
        sms("old-phone", "+12065550111", null);
        sms("new-phone", "+12065550111", null);

        assertThat(get("old-phone").endpointStatus()).isEqualTo("INACTIVE");
        assertThat(get("new-phone").endpointStatus()).isEqualTo("ACTIVE");

        update("old-phone", e -> e.endpointStatus("ACTIVE"));
        assertThat(get("new-phone").endpointStatus()).isEqualTo("INACTIVE");
    }

    @Test
    void userAttributesStayInStepAcrossAllOfAUsersEndpoints() {
        update("u-phone", e -> e.channelType("SMS").address("+12065550122")
                .user(u -> u.userId("ada").userAttributes(Map.of("Name", List.of("Ada"), "Plan", List.of("free")))));
        update("u-mail", e -> e.channelType("EMAIL").address("ada@example.com").user(u -> u.userId("ada")));
        update("u-mail", e -> e.user(u -> u.userId("ada").userAttributes(Map.of("Plan", List.of("pro")))));

        assertThat(get("u-phone").user().userAttributes())
                .containsOnly(Map.entry("Name", List.of("Ada")), Map.entry("Plan", List.of("pro")));
        assertThat(get("u-mail").user().userAttributes())
                .isEqualTo(get("u-phone").user().userAttributes());
    }

    @Test
    void aUserHasAtMostFifteenEndpointsAndTheSixteenthIsRefused() {
        for (int i = 0; i < 15; i++) {
            sms("cap-" + i, "+1206555" + (1000 + i), "capped");
        }

        assertThatThrownBy(() -> sms("cap-15", "+12065552000", "capped"))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.awsErrorDetails()
                        .errorMessage()).isEqualTo("Exceeded maximum endpoint per user count: 15"));
        assertThat(userEndpoints("capped")).hasSize(15);
    }

    @Test
    void aSixteenthPushEndpointRetiresTheUsersOldestPushEndpoint() {
        update("push-0", e -> e.channelType("GCM").address("token-0").user(u -> u.userId("pushy")));
        for (int i = 1; i < 15; i++) {
            FIXTURE.server.clock().advance(Duration.ofSeconds(1));
            sms("push-sms-" + i, "+1206555" + (3000 + i), "pushy");
        }
        FIXTURE.server.clock().advance(Duration.ofSeconds(1));

        update("push-16", e -> e.channelType("GCM").address("token-16").user(u -> u.userId("pushy")));

        assertThat(get("push-0").endpointStatus()).isEqualTo("INACTIVE");
        assertThat(get("push-0").user() == null || get("push-0").user().userId() == null).isTrue();
        assertThat(userEndpoints("pushy")).hasSize(15).extracting(EndpointResponse::id).contains("push-16");
    }

    private List<EndpointResponse> userEndpoints(String userId) {
        return FIXTURE.client.getUserEndpoints(r -> r.applicationId(appId).userId(userId))
                .endpointsResponse().item();
    }

    @Test
    void deleteEndpointAnswersTheDeletedEndpoint() {
        sms("gone", "+12065550133", null);

        EndpointResponse deleted = FIXTURE.client.deleteEndpoint(r -> r.applicationId(appId).endpointId("gone"))
                .endpointResponse();

        assertThat(deleted.address()).isEqualTo("+12065550133");
        assertThatThrownBy(() -> FIXTURE.client.deleteEndpoint(r -> r.applicationId(appId).endpointId("gone")))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Resource not found"));
    }

    @Test
    void userEndpointsAreListedAndDeletedTogether() {
        sms("bob-1", "+12065550141", "bob");
        update("bob-2", e -> e.channelType("EMAIL").address("bob@example.com").user(u -> u.userId("bob")));
        sms("carol-1", "+12065550142", "carol");

        assertThat(userEndpoints("bob")).extracting(EndpointResponse::id).containsExactlyInAnyOrder("bob-1", "bob-2");
        List<EndpointResponse> deleted = FIXTURE.client.deleteUserEndpoints(r -> r.applicationId(appId)
                .userId("bob")).endpointsResponse().item();

        assertThat(deleted).extracting(EndpointResponse::id).containsExactlyInAnyOrder("bob-1", "bob-2");
        assertThatThrownBy(() -> userEndpoints("bob")).isInstanceOf(NotFoundException.class);
        assertThat(userEndpoints("carol")).hasSize(1);
    }

    @Test
    void aBatchUpdatesEveryItemOrNone() {
        FIXTURE.client.updateEndpointsBatch(r -> r.applicationId(appId).endpointBatchRequest(b -> b.item(
                EndpointBatchItem.builder().id("b1").channelType("SMS").address("+12065550151").build(),
                EndpointBatchItem.builder().id("b2").channelType("EMAIL").address("b2@example.com").build())));
        assertThat(get("b1").address()).isEqualTo("+12065550151");
        assertThat(get("b2").address()).isEqualTo("b2@example.com");

        assertThatThrownBy(() -> FIXTURE.client.updateEndpointsBatch(r -> r.applicationId(appId)
                .endpointBatchRequest(b -> b.item(
                        EndpointBatchItem.builder().id("b3").channelType("SMS").address("+12065550153").build(),
                        EndpointBatchItem.builder().id("b4").channelType("SMS").build()))))
                .isInstanceOfSatisfying(BadRequestException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Missing Address"));
        assertThatThrownBy(() -> get("b3")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aBatchHasAtMostOneHundredItems() {
        List<EndpointBatchItem> items = java.util.stream.IntStream.range(0, 101)
                .mapToObj(i -> EndpointBatchItem.builder().id("many-" + i).channelType("EMAIL")
                        .address("m" + i + "@example.com").build())
                .toList();

        assertThatThrownBy(() -> FIXTURE.client.updateEndpointsBatch(r -> r.applicationId(appId)
                .endpointBatchRequest(b -> b.item(items))))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("at most 100");
    }

    @Test
    void removeAttributesTakesNamesOutOfTheProjectButEndpointsKeepTheirValues() {
        update("attrs", e -> e.channelType("EMAIL").address("x@example.com")
                .attributes(Map.of("Color", List.of("red"), "Colour", List.of("blue"), "Size", List.of("M"))));

        var removed = FIXTURE.client.removeAttributes(r -> r.applicationId(appId)
                .attributeType("endpoint-custom-attributes")
                .updateAttributesRequest(u -> u.blacklist("Col*r"))).attributesResource();

        assertThat(removed.applicationId()).isEqualTo(appId);
        assertThat(removed.attributeType()).isEqualTo("endpoint-custom-attributes");
        assertThat(removed.attributes()).containsExactly("Color", "Colour");
        assertThat(get("attrs").attributes()).containsKeys("Color", "Colour", "Size");

        update("attrs", e -> e.attributes(Map.of("Color", List.of("green"), "Size", List.of("L"))));
        assertThat(get("attrs").attributes()).containsEntry("Color", List.of("red"))
                .containsEntry("Size", List.of("L"));
    }

    @Test
    void removeAttributesRefusesAnUnknownAttributeType() {
        assertThatThrownBy(() -> FIXTURE.client.removeAttributes(r -> r.applicationId(appId)
                .attributeType("endpoint-secret-attributes").updateAttributesRequest(u -> u.blacklist("x"))))
                .isInstanceOf(BadRequestException.class);
    }

    @Test
    void deletingTheAppDeletesItsEndpoints() {
        sms("doomed", "+12065550161", "doomed-user");

        FIXTURE.client.deleteApp(r -> r.applicationId(appId));

        assertThatThrownBy(() -> get("doomed")).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Application not found"));
        appId = FIXTURE.createApp("after");
        assertThatThrownBy(() -> get("doomed")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void concurrentUpdatesOfOneEndpointLoseNothing() throws Exception {
        sms("busy", "+12065550171", "busy-user");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<?>> writes = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String name = "A" + i;
                writes.add(pool.submit(() -> update("busy", e -> e.attributes(Map.of(name, List.of("v")))
                        .user(u -> u.userId("busy-user").userAttributes(Map.of(name, List.of("u")))))));
            }
            for (var write : writes) {
                write.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(get("busy").attributes()).hasSize(40);
        assertThat(get("busy").user().userAttributes()).hasSize(40);
    }

    @Test
    void invalidOptOutStatusOrDateAreBadRequests() {
        assertThatThrownBy(() -> update("x", e -> e.channelType("SMS").address("+12065550100").optOut("SOME")))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("OptOut must be ALL or NONE");
        assertThatThrownBy(() -> update("x", e -> e.channelType("SMS").address("+12065550100")
                .endpointStatus("PAUSED"))).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> update("x", e -> e.channelType("SMS").address("+12065550100")
                .effectiveDate("yesterday"))).isInstanceOf(BadRequestException.class);
    }
}
