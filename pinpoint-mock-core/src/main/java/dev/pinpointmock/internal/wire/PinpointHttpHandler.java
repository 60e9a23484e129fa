package dev.pinpointmock.internal.wire;

import dev.pinpointmock.internal.service.CallContext;
import dev.pinpointmock.internal.service.DueWork;
import dev.pinpointmock.internal.service.Errors;
import dev.pinpointmock.internal.service.OperationRegistry;
import dev.pinpointmock.internal.state.FaultPlan;
import dev.pinpointmock.internal.state.Partition;
import dev.pinpointmock.internal.state.ServiceState;
import io.undertow.Handlers;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.SameThreadExecutor;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.xnio.IoUtils;
import software.amazon.awssdk.services.pinpoint.model.PinpointRequest;
import software.amazon.awssdk.services.pinpoint.model.PinpointResponse;

/**
 * The HTTP face of one server: the route table's index, then for each call the generic
 * codec, the operation's handler and the error shape. In memory, calls are served on Undertow's I/O threads:
 * every handler works in memory and never blocks. With a data directory, calls move to worker threads and
 * those that change state go through {@link DurableCalls}, which waits for the disk.
 */
public final class PinpointHttpHandler {

    private final ServiceState state;
    private final OperationRegistry operations;
    private final String defaultRegion;
    private final String account;
    private final DurableCalls durable;
    private final SignatureCheck signatures;
    /** Every server's codec: it keeps only what it learns of the model's types, the same for all. */
    private static final RestJsonDecoder DECODER = new RestJsonDecoder(ModelFacts.pinpoint());
    private static final RestJsonEncoder ENCODER = new RestJsonEncoder();

    private PinpointHttpHandler(ServiceState state, OperationRegistry operations, String defaultRegion,
                                String account, DurableCalls durable, SignatureCheck signatures) {
        this.state = state;
        this.operations = operations;
        this.defaultRegion = defaultRegion;
        this.account = account;
        this.durable = durable;
        this.signatures = signatures;
    }

    /** The root handler of an in-memory server that checks no signature. */
    public static HttpHandler create(ServiceState state, OperationRegistry operations, String defaultRegion,
                                     String account) {
        return create(state, operations, defaultRegion, account, null, null);
    }

    /**
     * The root handler of a server: every Pinpoint route, the OTP debug route, and the error fallbacks.
     *
     * @param durable    the data directory's log, or {@code null} for a server that keeps state in memory only
     * @param signatures the signature check, or {@code null} to accept any or no signature
     */
    public static HttpHandler create(ServiceState state, OperationRegistry operations, String defaultRegion,
                                     String account, DurableCalls durable, SignatureCheck signatures) {
        PinpointHttpHandler handler =
                new PinpointHttpHandler(state, operations, defaultRegion, account, durable, signatures);
        HttpHandler debug = handler.signed(new OtpDebugEndpoint(state));
        HttpHandler router = exchange -> handler.route(exchange, debug);
        // The SDK's Apache client sends PUT bodies after "Expect: 100-continue" and would otherwise wait
        // three seconds for the interim response.
        return Handlers.httpContinueRead(router);
    }

    private void route(HttpServerExchange exchange, HttpHandler debug) throws Exception {
        RouteIndex.Lookup lookup = RouteIndex.pinpoint().find(exchange.getRequestMethod().toString(),
                exchange.getRequestURI());
        if (lookup.route() == OtpDebugEndpoint.ROUTE) {
            debug.handleRequest(exchange);
        } else if (lookup.route() != null) {
            receive(exchange, lookup.route());
        } else if (lookup.pathKnown()) {
            methodNotAllowed(exchange);
        } else {
            unknownPath(exchange);
        }
    }

    /** A body-less route outside the Pinpoint API, behind the same signature check as the API. */
    private HttpHandler signed(HttpHandler route) {
        if (signatures == null) {
            return route;
        }
        return exchange -> {
            try {
                signatures.verify(exchange, new byte[0]);
            } catch (RuntimeException refused) {
                ErrorResponder.send(exchange, state.ids().requestId(), refused);
                return;
            }
            route.handleRequest(exchange);
        };
    }

    /**
     * Reads the body without blocking, refusing one over the operation's limit, then serves the call: in
     * memory on the I/O thread; with a data directory on one of the server's disk threads, because it waits
     * for the disk before answering. A body that is slow to arrive holds no thread while it is awaited.
     */
    private void receive(HttpServerExchange exchange, Route route) {
        if (exchange.getRequestContentLength() > BodyLimits.DRAIN_LIMIT) {
            ErrorResponder.send(exchange, state.ids().requestId(), BodyLimits.tooLarge(route.operation()));
            return;
        }
        exchange.setMaxEntitySize(BodyLimits.DRAIN_LIMIT + 1);
        BodyLimits.receive(exchange, route.operation(), (done, body) -> {
            if (durable == null) {
                serve(done, route, body);
            } else if (!done.getConnection().isOpen()) {
                // The server closed while the body arrived: nobody is left to answer.
                IoUtils.safeClose(done.getConnection());
            } else {
                // As a handler, so that Undertow answers 500 if anything escapes serve().
                done.dispatch(durable.waiting(), dispatched -> serve(dispatched, route, body));
            }
        }, this::refuse);
    }

    /**
     * Answers a body that could not be read. A body that stopped short, or a connection closed while it
     * was read (by the caller, or by the server closing), leaves nobody to answer and is no failure of the
     * server's.
     */
    private void refuse(HttpServerExchange exchange, RuntimeException failure) {
        if (failure instanceof UncheckedIOException || !exchange.getConnection().isOpen()) {
            IoUtils.safeClose(exchange.getConnection());
            return;
        }
        ErrorResponder.send(exchange, state.ids().requestId(), failure);
    }

    private void serve(HttpServerExchange exchange, Route route, byte[] body) {
        String requestId = state.ids().requestId();
        CallContext context = null;
        Map<String, String> labels = Map.of();
        PinpointRequest request = null;
        int status;
        String errorType = null;
        byte[] answer;
        FaultPlan.Fault fault = state.faults().next(route.operation());
        try {
            if (signatures != null) {
                signatures.verify(exchange, body);
            }
            context = context(exchange, requestId);
            if (fault != null && fault.isError()) {
                throw UnmodelledError.injected(fault.status(), fault.type(), fault.message());
            }
            DueWork.run(state);
            labels = pathLabels(route, exchange.getRequestURI());
            HttpInput input = new HttpInput(labels, exchange.getQueryParameters(),
                    exchange.getRequestHeaders()::getFirst, body);
            request = DECODER.decode(route, input);
            PinpointResponse response = durable != null && DurableCalls.changesState(route)
                    ? durable.serve(route, input, request, context)
                    : operations.invoke(route.operation(), context, request);
            if (response == null) {
                throw UnmodelledError.notImplemented(route.operation());
            }
            status = route.successStatus();
            answer = ENCODER.encode(response);
        } catch (RuntimeException | Error failure) {
            // An Error too (a handler's own bug, a stack too deep): the caller still gets Pinpoint's 500 shape.
            ErrorResponder.Answer error = ErrorResponder.answer(exchange, requestId, failure);
            status = error.status();
            errorType = error.type();
            answer = error.body();
        }
        if (context == null) {
            // Refused for its signature: the account and region its header names are not made (nor walked on
            // every later call) for a caller who cannot sign; the call is journaled in the default ones.
            context = new CallContext(state, state.partition(account, defaultRegion), requestId);
        }
        state.callLog().record(route.operation(), labels.get("application-id"), request, status, errorType,
                context.now(), context.partition().account(), context.region());
        sendAfter(fault, exchange, requestId, status, errorType, answer);
    }

    private static void sendAfter(FaultPlan.Fault fault, HttpServerExchange exchange, String requestId, int status,
                                  String errorType, byte[] answer) {
        Runnable send = () -> {
            if (errorType != null) {
                exchange.getResponseHeaders().put(Headers.ERROR_TYPE, errorType);
            }
            Responses.send(exchange, requestId, status, answer);
        };
        if (fault == null || fault.delay().isZero()) {
            send.run();
        } else {
            // Dispatching tells Undertow that the exchange goes on after this handler returns.
            exchange.dispatch(SameThreadExecutor.INSTANCE, () -> exchange.getIoThread()
                    .executeAfter(send, fault.delay().toMillis(), TimeUnit.MILLISECONDS));
        }
    }

    private CallContext context(HttpServerExchange exchange, String requestId) {
        CredentialScope scope = CredentialScope.of(
                exchange.getRequestHeaders().getFirst(io.undertow.util.Headers.AUTHORIZATION), defaultRegion);
        Partition partition = state.partition(scope.accountOr(account), scope.region());
        return new CallContext(state, partition, requestId);
    }

    /**
     * Decodes each label once from the raw path, so that an ARN sent as one segment with {@code %2F} inside
     * keeps its slashes and a {@code +} stays a plus.
     */
    static Map<String, String> pathLabels(Route route, String rawPath) {
        return RouteIndex.pinpoint().labels(route, rawPath);
    }

    private void unknownPath(HttpServerExchange exchange) {
        ErrorResponder.send(exchange, state.ids().requestId(),
                UnmodelledError.unknownPath(exchange.getRequestMethod().toString(), exchange.getRequestPath()));
    }

    private void methodNotAllowed(HttpServerExchange exchange) {
        ErrorResponder.send(exchange, state.ids().requestId(), Errors.methodNotAllowed(
                exchange.getRequestMethod() + " is not allowed on " + exchange.getRequestPath()));
    }
}
