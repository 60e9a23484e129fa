package dev.pinpointmock.internal.service;

import static dev.pinpointmock.internal.service.Errors.badRequest;

import dev.pinpointmock.internal.state.App;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.pinpoint.model.DeliveryStatus;
import software.amazon.awssdk.services.pinpoint.model.EndpointMessageResult;
import software.amazon.awssdk.services.pinpoint.model.EndpointResponse;
import software.amazon.awssdk.services.pinpoint.model.MessageRequest;
import software.amazon.awssdk.services.pinpoint.model.MessageResponse;
import software.amazon.awssdk.services.pinpoint.model.MessageResult;
import software.amazon.awssdk.services.pinpoint.model.SendMessagesRequest;
import software.amazon.awssdk.services.pinpoint.model.SendMessagesResponse;
import software.amazon.awssdk.services.pinpoint.model.SendUsersMessageRequest;
import software.amazon.awssdk.services.pinpoint.model.SendUsersMessageResponse;
import software.amazon.awssdk.services.pinpoint.model.SendUsersMessagesRequest;
import software.amazon.awssdk.services.pinpoint.model.SendUsersMessagesResponse;

/**
 * Direct sends: SendMessages to addresses and endpoints, SendUsersMessages to every endpoint of each user.
 * Each recipient succeeds or fails on its own inside a 200; see {@link Delivery}.
 */
final class MessagingHandlers {

    static final int MAX_RECIPIENTS = 100;

    private MessagingHandlers() {
    }

    static void register(OperationRegistry registry) {
        registry.on("SendMessages", SendMessagesRequest.class, MessagingHandlers::sendMessages)
                .on("SendUsersMessages", SendUsersMessagesRequest.class, MessagingHandlers::sendUsersMessages);
    }

    static SendMessagesResponse sendMessages(CallContext context, SendMessagesRequest request) {
        App app = context.app(request.applicationId());
        MessageRequest send = request.messageRequest();
        int recipients = send.addresses().size() + send.endpoints().size();
        if (recipients == 0) {
            throw badRequest("Missing Addresses or Endpoints: name at least one recipient");
        }
        if (recipients > MAX_RECIPIENTS) {
            throw badRequest("A request can send to at most " + MAX_RECIPIENTS + " addresses and endpoints, not "
                    + recipients);
        }

        Delivery delivery = new Delivery(context, app, "SendMessages", send.messageConfiguration(),
                send.templateConfiguration(), send.context(), send.traceId());
        Map<String, MessageResult> byAddress = new LinkedHashMap<>();
        send.addresses().forEach((address, config) -> byAddress.put(address, delivery.toAddress(address, config)));
        Map<String, EndpointMessageResult> byEndpoint = new LinkedHashMap<>();
        send.endpoints().forEach((endpointId, config) ->
                byEndpoint.put(endpointId, delivery.toEndpointId(endpointId, config)));

        MessageResponse.Builder response = MessageResponse.builder()
                .applicationId(app.id())
                .requestId(context.requestId());
        if (!byAddress.isEmpty()) {
            response.result(byAddress);
        }
        if (!byEndpoint.isEmpty()) {
            response.endpointResult(byEndpoint);
        }
        return SendMessagesResponse.builder().messageResponse(response.build()).build();
    }

    /**
     * Sends to every endpoint of each user. A user without endpoints is answered as real Pinpoint does:
     * one result under the empty endpoint id, PERMANENT_FAILURE, 400, "No endpoints found for userId.".
     */
    static SendUsersMessagesResponse sendUsersMessages(CallContext context, SendUsersMessagesRequest request) {
        App app = context.app(request.applicationId());
        SendUsersMessageRequest send = request.sendUsersMessageRequest();
        if (send.users().isEmpty()) {
            throw badRequest("Missing Users: name at least one user");
        }
        if (send.users().size() > MAX_RECIPIENTS) {
            throw badRequest("A request can send to at most " + MAX_RECIPIENTS + " users, not "
                    + send.users().size());
        }

        Delivery delivery = new Delivery(context, app, "SendUsersMessages", send.messageConfiguration(),
                send.templateConfiguration(), send.context(), send.traceId());
        Map<String, Map<String, EndpointMessageResult>> byUser = new LinkedHashMap<>();
        send.users().forEach((userId, config) -> {
            List<EndpointResponse> endpoints = app.endpoints().ofUser(userId);
            Map<String, EndpointMessageResult> results = new LinkedHashMap<>();
            if (endpoints.isEmpty()) {
                results.put("", EndpointMessageResult.builder().address("")
                        .deliveryStatus(DeliveryStatus.PERMANENT_FAILURE).statusCode(400)
                        .statusMessage("No endpoints found for userId.").build());
            }
            for (EndpointResponse endpoint : endpoints) {
                results.put(endpoint.id(), delivery.toEndpoint(endpoint, userId, config));
            }
            byUser.put(userId, results);
        });

        SendUsersMessageResponse response = SendUsersMessageResponse.builder()
                .applicationId(app.id())
                .requestId(context.requestId())
                .result(byUser)
                .build();
        return SendUsersMessagesResponse.builder().sendUsersMessageResponse(response).build();
    }
}
