package dev.pinpointmock.benchmarks;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.pinpoint.PinpointClient;
import software.amazon.awssdk.services.pinpoint.model.ChannelType;
import software.amazon.awssdk.services.pinpoint.model.EndpointBatchItem;
import software.amazon.awssdk.services.pinpoint.model.EndpointRequest;
import software.amazon.awssdk.services.pinpoint.model.UpdateEndpointRequest;

/** The state the measured calls need, made through the public API as a test would make it. */
final class Fixtures {

    /** Pinpoint takes at most 100 endpoints in one UpdateEndpointsBatch. */
    static final int BATCH = 100;

    private Fixtures() {
    }

    static String createApp(PinpointClient client) {
        return client.createApp(r -> r.createApplicationRequest(a -> a.name("bench")))
                .applicationResponse().id();
    }

    static String createAppWithSmsChannel(PinpointClient client) {
        String appId = createApp(client);
        client.updateSmsChannel(r -> r.applicationId(appId).smsChannelRequest(s -> s.enabled(true)));
        return appId;
    }

    /** A distinct, possible US number for each index below ten million. */
    static String phone(int index) {
        return "+1206" + String.format("%07d", index);
    }

    static EndpointRequest endpoint(int index) {
        return EndpointRequest.builder()
                .channelType(ChannelType.SMS)
                .address(phone(index))
                .optOut("NONE")
                .attributes(java.util.Map.of("plan", List.of(index % 2 == 0 ? "free" : "paid")))
                .user(u -> u.userId("user-" + index))
                .build();
    }

    static UpdateEndpointRequest endpointUpdate(String appId, String endpointId, int index) {
        return UpdateEndpointRequest.builder()
                .applicationId(appId)
                .endpointId(endpointId)
                .endpointRequest(endpoint(index))
                .build();
    }

    /**
     * Makes {@code count} SMS endpoints with ids {@code ep-0} upward, 100 to an UpdateEndpointsBatch, and
     * returns their ids.
     */
    static List<String> createEndpoints(PinpointClient client, String appId, int count) {
        List<String> ids = new ArrayList<>(count);
        for (int start = 0; start < count; start += BATCH) {
            List<EndpointBatchItem> items = new ArrayList<>(BATCH);
            for (int i = start; i < Math.min(count, start + BATCH); i++) {
                EndpointRequest e = endpoint(i);
                items.add(EndpointBatchItem.builder().id("ep-" + i).channelType(e.channelType())
                        .address(e.address()).optOut(e.optOut()).attributes(e.attributes()).user(e.user()).build());
                ids.add("ep-" + i);
            }
            client.updateEndpointsBatch(r -> r.applicationId(appId).endpointBatchRequest(b -> b.item(items)));
        }
        return ids;
    }
}
