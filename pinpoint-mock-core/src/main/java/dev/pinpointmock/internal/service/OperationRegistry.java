package dev.pinpointmock.internal.service;

import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.pinpoint.model.PinpointRequest;
import software.amazon.awssdk.services.pinpoint.model.PinpointResponse;

/**
 * Maps each implemented Pinpoint operation, by its API name, to the handler that serves it. Handlers
 * hold no state of their own, so one registry serves every server in the JVM.
 */
public final class OperationRegistry {

    /** Serves one operation: takes the SDK's request type and returns its response type, or throws. */
    @FunctionalInterface
    public interface Handler<I extends PinpointRequest> {
        PinpointResponse handle(CallContext context, I request);
    }

    private record Binding<I extends PinpointRequest>(Class<I> requestType, Handler<I> handler) {
        PinpointResponse invoke(CallContext context, PinpointRequest request) {
            return handler.handle(context, requestType.cast(request));
        }
    }

    private final Map<String, Binding<?>> bindings = new HashMap<>();

    /** Registers the handler of an operation; registering one twice is a programming error. */
    public <I extends PinpointRequest> OperationRegistry on(String operation, Class<I> requestType,
                                                           Handler<I> handler) {
        if (bindings.putIfAbsent(operation, new Binding<>(requestType, handler)) != null) {
            throw new IllegalStateException("Operation " + operation + " has two handlers");
        }
        return this;
    }

    public boolean implemented(String operation) {
        return bindings.containsKey(operation);
    }

    /** The request type an operation was registered with, to check it against the route table. */
    public Class<?> requestType(String operation) {
        Binding<?> binding = bindings.get(operation);
        return binding == null ? null : binding.requestType();
    }

    /** Serves a call; {@code null} means the operation has no handler. */
    public PinpointResponse invoke(String operation, CallContext context, PinpointRequest request) {
        Binding<?> binding = bindings.get(operation);
        return binding == null ? null : binding.invoke(context, request);
    }
}
