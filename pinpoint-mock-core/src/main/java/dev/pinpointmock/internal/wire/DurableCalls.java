package dev.pinpointmock.internal.wire;

import dev.pinpointmock.internal.persist.LoggedCall;
import dev.pinpointmock.internal.persist.WriteAheadLog;
import dev.pinpointmock.internal.service.CallContext;
import dev.pinpointmock.internal.service.DueWork;
import dev.pinpointmock.internal.service.OperationRegistry;
import dev.pinpointmock.internal.state.Partition;
import dev.pinpointmock.internal.state.ServiceState;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.protocol.MarshallLocation;
import software.amazon.awssdk.services.pinpoint.model.PinpointRequest;
import software.amazon.awssdk.services.pinpoint.model.PinpointResponse;

/**
 * Keeps a server's state in a data directory: every accepted call that changes state is written to the
 * {@link WriteAheadLog}, and made durable, before its response is sent; on start the logged calls are served
 * again, through the same decoder and handlers, to rebuild the state. Calls that change state are served
 * one at a time, so the log's order is the order in which they changed the state; reads go on beside them.
 *
 * <p>This keeps persistence independent of the state classes: a new resource family is persistent as soon
 * as its handlers take the time from {@code CallContext.now()} and ids from {@code CallContext.ids()}, and
 * change nothing on {@code GET}.
 */
public final class DurableCalls implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger("dev.pinpointmock.persistence");
    private static final int WAITING_THREADS = 8;

    private final WriteAheadLog log;
    private final ServiceState state;
    private final OperationRegistry operations;
    private final RestJsonDecoder decoder = new RestJsonDecoder(ModelFacts.pinpoint());
    private final Map<String, List<String>> boundHeaders = new ConcurrentHashMap<>();
    /** This server's threads for calls that wait for the disk, so that reads go on meanwhile. */
    private final ExecutorService waiting = Executors.newFixedThreadPool(WAITING_THREADS, task -> {
        Thread thread = new Thread(task, "pinpoint-mock disk");
        thread.setDaemon(true);
        return thread;
    });

    private DurableCalls(WriteAheadLog log, ServiceState state, OperationRegistry operations) {
        this.log = log;
        this.state = state;
        this.operations = operations;
    }

    /**
     * Opens the log of a data directory and replays what it holds into {@code state}, which should be empty.
     *
     * @param forceEachWrite whether each call waits for the device; only measurements turn it off
     * @throws IllegalStateException if the directory or its log cannot be used; nothing was changed then
     */
    public static DurableCalls open(Path directory, ServiceState state, OperationRegistry operations,
                                    boolean forceEachWrite) {
        WriteAheadLog log = WriteAheadLog.open(directory, forceEachWrite);
        DurableCalls calls = new DurableCalls(log, state, operations);
        calls.replay(log.recovered());
        return calls;
    }

    /** Whether calls of a route may change state; they are logged. Reads ({@code GET}) never are. */
    static boolean changesState(Route route) {
        return !"GET".equals(route.method());
    }

    /**
     * Serves a call that may change state: runs its handler, then logs it durably if it was accepted. A
     * rejected call changes nothing and is not logged.
     */
    PinpointResponse serve(Route route, HttpInput input, PinpointRequest request, CallContext live) {
        synchronized (log) {
            List<String> drawn = new ArrayList<>();
            CallContext context = live.recordingInto(drawn);
            PinpointResponse response = operations.invoke(route.operation(), context, request);
            if (response == null) {
                throw UnmodelledError.notImplemented(route.operation());
            }
            Partition partition = context.partition();
            log.append(new LoggedCall(route.operation(), partition.account(), partition.region(),
                    context.requestId(), context.now(), input.pathLabels(), queryOf(input),
                    headersOf(route, input), bodyOf(input), drawn));
            return response;
        }
    }

    /** Forgets all state and every logged call, as a server that just started on an empty directory. */
    public void reset() {
        synchronized (log) {
            state.reset();
            log.clear();
        }
    }

    /** Where this server's calls wait for the disk. */
    Executor waiting() {
        return waiting;
    }

    @Override
    public void close() {
        waiting.shutdown();
        synchronized (log) {
            log.close();
        }
    }

    private void replay(List<LoggedCall> calls) {
        int replayed = 0;
        for (LoggedCall call : calls) {
            try {
                Route route = RouteTable.pinpoint().find(call.operation()).orElseThrow(
                        () -> new IllegalArgumentException("this version has no operation " + call.operation()));
                HttpInput input = new HttpInput(call.pathLabels(), deques(call.query()), call.headers()::get,
                        call.body() == null ? new byte[0] : call.body().getBytes(StandardCharsets.UTF_8));
                PinpointRequest request = decoder.decode(route, input);
                DueWork.replayUntil(state, call.at());
                CallContext context = new CallContext(state, state.partition(call.account(), call.region()),
                        call.requestId(), call.at(), state.ids().replaying(call.ids()), true);
                if (operations.invoke(route.operation(), context, request) == null) {
                    throw new IllegalArgumentException("this version does not implement " + call.operation());
                }
                replayed++;
            } catch (RuntimeException failed) {
                LOG.log(Level.WARNING, "pinpoint-mock could not replay a logged call and skipped it"
                        + " operation={0} requestId={1} reason={2}", call.operation(), call.requestId(),
                        failed.getMessage());
            }
        }
        LOG.log(Level.DEBUG, "pinpoint-mock replayed its write-ahead log calls={0} file={1}", replayed, log.file());
    }

    private static Map<String, List<String>> queryOf(HttpInput input) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        input.query().forEach((name, values) -> query.put(name, List.copyOf(values)));
        return query;
    }

    private static Map<String, Deque<String>> deques(Map<String, List<String>> query) {
        Map<String, Deque<String>> deques = new LinkedHashMap<>();
        query.forEach((name, values) -> deques.put(name, new ArrayDeque<>(values)));
        return deques;
    }

    private Map<String, String> headersOf(Route route, HttpInput input) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : boundHeaders.computeIfAbsent(route.operation(), op -> headerNames(route))) {
            String value = input.header().apply(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return headers;
    }

    private static List<String> headerNames(Route route) {
        List<String> names = new ArrayList<>();
        for (SdkField<?> field : SdkPojos.newBuilder(route.requestType()).sdkFields()) {
            if (field.location() == MarshallLocation.HEADER) {
                names.add(field.locationName());
            }
        }
        return names;
    }

    private static String bodyOf(HttpInput input) {
        return input.body() == null || input.body().length == 0
                ? null
                : new String(input.body(), StandardCharsets.UTF_8);
    }
}
