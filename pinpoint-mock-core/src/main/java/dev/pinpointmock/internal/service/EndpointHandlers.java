package dev.pinpointmock.internal.service;

import static dev.pinpointmock.internal.service.Errors.badRequest;

import dev.pinpointmock.internal.state.App;
import dev.pinpointmock.internal.state.EndpointStore;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import software.amazon.awssdk.services.pinpoint.model.AttributesResource;
import software.amazon.awssdk.services.pinpoint.model.DeleteEndpointRequest;
import software.amazon.awssdk.services.pinpoint.model.DeleteEndpointResponse;
import software.amazon.awssdk.services.pinpoint.model.DeleteUserEndpointsRequest;
import software.amazon.awssdk.services.pinpoint.model.DeleteUserEndpointsResponse;
import software.amazon.awssdk.services.pinpoint.model.EndpointBatchItem;
import software.amazon.awssdk.services.pinpoint.model.EndpointResponse;
import software.amazon.awssdk.services.pinpoint.model.EndpointsResponse;
import software.amazon.awssdk.services.pinpoint.model.GetEndpointRequest;
import software.amazon.awssdk.services.pinpoint.model.GetEndpointResponse;
import software.amazon.awssdk.services.pinpoint.model.GetUserEndpointsRequest;
import software.amazon.awssdk.services.pinpoint.model.GetUserEndpointsResponse;
import software.amazon.awssdk.services.pinpoint.model.MessageBody;
import software.amazon.awssdk.services.pinpoint.model.RemoveAttributesRequest;
import software.amazon.awssdk.services.pinpoint.model.RemoveAttributesResponse;
import software.amazon.awssdk.services.pinpoint.model.UpdateEndpointRequest;
import software.amazon.awssdk.services.pinpoint.model.UpdateEndpointResponse;
import software.amazon.awssdk.services.pinpoint.model.UpdateEndpointsBatchRequest;
import software.amazon.awssdk.services.pinpoint.model.UpdateEndpointsBatchResponse;

/**
 * Endpoints and users: UpdateEndpoint, UpdateEndpointsBatch, GetEndpoint, DeleteEndpoint,
 * GetUserEndpoints, DeleteUserEndpoints and RemoveAttributes.
 */
final class EndpointHandlers {

    static final int MAX_BATCH_ITEMS = 100;

    private EndpointHandlers() {
    }

    static void register(OperationRegistry registry) {
        registry.on("UpdateEndpoint", UpdateEndpointRequest.class, EndpointHandlers::updateEndpoint)
                .on("UpdateEndpointsBatch", UpdateEndpointsBatchRequest.class, EndpointHandlers::updateBatch)
                .on("GetEndpoint", GetEndpointRequest.class, EndpointHandlers::getEndpoint)
                .on("DeleteEndpoint", DeleteEndpointRequest.class, EndpointHandlers::deleteEndpoint)
                .on("GetUserEndpoints", GetUserEndpointsRequest.class, EndpointHandlers::getUserEndpoints)
                .on("DeleteUserEndpoints", DeleteUserEndpointsRequest.class, EndpointHandlers::deleteUserEndpoints)
                .on("RemoveAttributes", RemoveAttributesRequest.class, EndpointHandlers::removeAttributes);
    }

    static UpdateEndpointResponse updateEndpoint(CallContext context, UpdateEndpointRequest request) {
        App app = context.app(request.applicationId());
        String endpointId = EndpointWriter.checkId(request.endpointId());
        EndpointChange change = EndpointChange.of(request.endpointRequest()).validate();

        EndpointStore store = app.endpoints();
        store.write(endpoints -> new EndpointWriter(app.id(), context, store).write(endpoints, endpointId, change));
        return UpdateEndpointResponse.builder().messageBody(accepted(context)).build();
    }

    static UpdateEndpointsBatchResponse updateBatch(CallContext context, UpdateEndpointsBatchRequest request) {
        App app = context.app(request.applicationId());
        List<EndpointBatchItem> items = request.endpointBatchRequest().item();
        if (items.size() > MAX_BATCH_ITEMS) {
            throw badRequest("A batch can update at most " + MAX_BATCH_ITEMS + " endpoints, not " + items.size());
        }
        List<EndpointChange> changes = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            EndpointBatchItem item = items.get(i);
            if (item.id() == null || item.id().isEmpty()) {
                throw badRequest("Missing Item[" + i + "].Id");
            }
            EndpointWriter.checkId(item.id());
            changes.add(EndpointChange.of(item).validate());
        }

        EndpointStore store = app.endpoints();
        store.write(endpoints -> {
            EndpointWriter writer = new EndpointWriter(app.id(), context, store);
            for (int i = 0; i < items.size(); i++) {
                writer.write(endpoints, items.get(i).id(), changes.get(i));
            }
            return null;
        });
        return UpdateEndpointsBatchResponse.builder().messageBody(accepted(context)).build();
    }

    static GetEndpointResponse getEndpoint(CallContext context, GetEndpointRequest request) {
        App app = context.app(request.applicationId());
        EndpointResponse endpoint = app.endpoints().get(EndpointWriter.checkId(request.endpointId()))
                .orElseThrow(EndpointHandlers::resourceNotFound);
        return GetEndpointResponse.builder().endpointResponse(endpoint).build();
    }

    static DeleteEndpointResponse deleteEndpoint(CallContext context, DeleteEndpointRequest request) {
        App app = context.app(request.applicationId());
        String key = EndpointStore.key(EndpointWriter.checkId(request.endpointId()));
        EndpointResponse deleted = app.endpoints().write(endpoints -> {
            EndpointResponse removed = endpoints.remove(key);
            if (removed == null) {
                throw resourceNotFound();
            }
            return removed;
        });
        return DeleteEndpointResponse.builder().endpointResponse(deleted).build();
    }

    static GetUserEndpointsResponse getUserEndpoints(CallContext context, GetUserEndpointsRequest request) {
        App app = context.app(request.applicationId());
        List<EndpointResponse> endpoints = app.endpoints().ofUser(request.userId());
        if (endpoints.isEmpty()) {
            throw resourceNotFound();
        }
        return GetUserEndpointsResponse.builder()
                .endpointsResponse(EndpointsResponse.builder().item(endpoints).build())
                .build();
    }

    static DeleteUserEndpointsResponse deleteUserEndpoints(CallContext context, DeleteUserEndpointsRequest request) {
        App app = context.app(request.applicationId());
        List<EndpointResponse> deleted = app.endpoints().write(endpoints -> {
            List<EndpointResponse> ofUser = EndpointStore.ofUser(endpoints, request.userId());
            if (ofUser.isEmpty()) {
                throw resourceNotFound();
            }
            ofUser.forEach(endpoint -> endpoints.remove(EndpointStore.key(endpoint.id())));
            return ofUser;
        });
        return DeleteUserEndpointsResponse.builder()
                .endpointsResponse(EndpointsResponse.builder().item(deleted).build())
                .build();
    }

    /**
     * Removes attribute names from the application. As AWS documents, endpoints keep the values they have;
     * later writes of a removed name are not captured.
     */
    static RemoveAttributesResponse removeAttributes(CallContext context, RemoveAttributesRequest request) {
        App app = context.app(request.applicationId());
        String type = AttributeTypes.check(request.attributeType());
        var sent = request.updateAttributesRequest();
        List<String> blacklist = sent == null || !sent.hasBlacklist() ? List.of() : sent.blacklist();

        EndpointStore store = app.endpoints();
        List<String> removed = store.write(endpoints -> {
            TreeSet<String> names = new TreeSet<>();
            for (EndpointResponse endpoint : endpoints.values()) {
                for (String name : AttributeTypes.namesOf(type, endpoint)) {
                    if (AttributeTypes.matches(name, blacklist)) {
                        names.add(name);
                    }
                }
            }
            names.removeAll(store.removedAttributeNames(type));
            store.removeAttributeNames(type, names);
            return List.copyOf(names);
        });
        AttributesResource resource = AttributesResource.builder()
                .applicationId(app.id())
                .attributeType(type)
                .attributes(removed)
                .build();
        return RemoveAttributesResponse.builder().attributesResource(resource).build();
    }

    static MessageBody accepted(CallContext context) {
        return MessageBody.builder().message("Accepted").requestID(context.requestId()).build();
    }

    /** The 404 Pinpoint answers for an endpoint, user or other resource of an application that is not there. */
    static RuntimeException resourceNotFound() {
        return Errors.notFound("Resource not found");
    }
}
