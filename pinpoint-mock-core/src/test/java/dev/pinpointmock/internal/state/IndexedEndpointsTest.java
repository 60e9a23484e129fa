package dev.pinpointmock.internal.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.pinpoint.model.EndpointResponse;
import software.amazon.awssdk.services.pinpoint.model.EndpointUser;

/** The store's indexes stay true to its endpoints through every kind of change, and keep the stored order. */
class IndexedEndpointsTest {

    private static EndpointResponse endpoint(String id, String userId, String address) {
        EndpointUser user = userId == null ? null : EndpointUser.builder().userId(userId).build();
        return EndpointResponse.builder().id(id).address(address).user(user).build();
    }

    @Test
    void aUsersEndpointsComeInTheOrderTheyWereFirstStored() {
        IndexedEndpoints endpoints = new IndexedEndpoints();
        endpoints.put("a", endpoint("a", null, "+12065550100"));
        endpoints.put("b", endpoint("b", "u", "+12065550101"));
        endpoints.put("a", endpoint("a", "u", "+12065550100"));

        assertThat(endpoints.ofUser("u")).extracting(EndpointResponse::id).containsExactly("a", "b");
    }

    @Test
    void changesThroughPutRemoveAndEntriesMoveTheIndexes() {
        IndexedEndpoints endpoints = new IndexedEndpoints();
        endpoints.put("a", endpoint("a", "u", "+12065550100"));
        endpoints.put("b", endpoint("b", "u", "+12065550100"));
        endpoints.put("b", endpoint("b", "v", "+12065550199"));
        for (Map.Entry<String, EndpointResponse> entry : endpoints.entrySet()) {
            if (entry.getKey().equals("a")) {
                entry.setValue(endpoint("a", null, "+12065550199"));
            }
        }

        assertThat(endpoints.ofUser("u")).isEmpty();
        assertThat(endpoints.ofUser("v")).extracting(EndpointResponse::id).containsExactly("b");
        assertThat(endpoints.withAddress("+12065550100")).isEmpty();
        assertThat(endpoints.withAddress("+12065550199")).extracting(EndpointResponse::id).containsExactly("a", "b");

        endpoints.remove("a");
        assertThat(endpoints.withAddress("+12065550199")).extracting(EndpointResponse::id).containsExactly("b");
    }

    @Test
    void aRolledBackChangeLeavesEndpointsIndexesAndOrderAsTheyWere() {
        IndexedEndpoints endpoints = new IndexedEndpoints();
        endpoints.put("a", endpoint("a", "u", "+12065550100"));
        endpoints.put("b", endpoint("b", "u", "+12065550101"));
        endpoints.put("c", endpoint("c", "v", "+12065550102"));

        endpoints.beginChange();
        endpoints.remove("a");
        endpoints.put("b", endpoint("b", "w", "+12065550109"));
        endpoints.put("d", endpoint("d", "u", "+12065550100"));
        endpoints.entrySet().removeIf(entry -> entry.getKey().equals("c"));
        endpoints.rollBackChange();

        assertThat(endpoints.keySet()).containsExactly("a", "b", "c");
        assertThat(endpoints.ofUser("u")).extracting(EndpointResponse::id).containsExactly("a", "b");
        assertThat(endpoints.ofUser("w")).isEmpty();
        assertThat(endpoints.withAddress("+12065550100")).extracting(EndpointResponse::id).containsExactly("a");
        endpoints.put("e", endpoint("e", "u", "+12065550103"));
        assertThat(endpoints.ofUser("u")).extracting(EndpointResponse::id).containsExactly("a", "b", "e");
    }

    @Test
    void aCommittedChangeStays() {
        IndexedEndpoints endpoints = new IndexedEndpoints();
        endpoints.put("a", endpoint("a", "u", "+12065550100"));

        endpoints.beginChange();
        endpoints.remove("a");
        endpoints.put("b", endpoint("b", "u", "+12065550101"));
        endpoints.commitChange();

        assertThat(endpoints.keySet()).containsExactly("b");
        assertThat(endpoints.ofUser("u")).extracting(EndpointResponse::id).containsExactly("b");
    }
}
