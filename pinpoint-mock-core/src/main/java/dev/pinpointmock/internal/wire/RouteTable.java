package dev.pinpointmock.internal.wire;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.pinpoint.PinpointClient;
import software.amazon.awssdk.services.pinpoint.model.PinpointRequest;
import software.amazon.awssdk.services.pinpoint.model.PinpointResponse;

/**
 * The 122 operations of the Pinpoint API, read once from {@code routes.tsv} (generated from the service
 * model by {@code tools/generate-model-tables.py}) and joined to the SDK's request and response types
 * through the methods of {@link PinpointClient}. Immutable, so every server in the JVM shares it.
 */
public final class RouteTable {

    private static final RouteTable PINPOINT = load();

    private final List<Route> routes;
    private final Map<String, Route> byOperation;

    private RouteTable(List<Route> routes) {
        this.routes = List.copyOf(routes);
        Map<String, Route> index = new HashMap<>();
        routes.forEach(route -> index.put(route.operation(), route));
        this.byOperation = Map.copyOf(index);
    }

    /** The table of the Pinpoint API version that the SDK on the class path speaks. */
    public static RouteTable pinpoint() {
        return PINPOINT;
    }

    public List<Route> routes() {
        return routes;
    }

    public Optional<Route> find(String operation) {
        return Optional.ofNullable(byOperation.get(operation));
    }

    private static RouteTable load() {
        Map<String, Method> clientMethods = clientMethodsByLowerCaseName();
        List<Route> routes = new ArrayList<>();
        for (String line : ModelTables.lines("routes.tsv")) {
            String[] column = line.split("\t");
            Method method = clientMethods.get(column[0].toLowerCase(Locale.ROOT));
            if (method == null) {
                throw new IllegalStateException("The SDK's PinpointClient has no method for operation " + column[0]);
            }
            routes.add(new Route(column[0], column[1], column[2], Integer.parseInt(column[3]),
                    method.getParameterTypes()[0].asSubclass(PinpointRequest.class),
                    method.getReturnType().asSubclass(PinpointResponse.class)));
        }
        return new RouteTable(routes);
    }

    private static Map<String, Method> clientMethodsByLowerCaseName() {
        Map<String, Method> methods = new HashMap<>();
        for (Method method : PinpointClient.class.getMethods()) {
            if (method.getParameterCount() == 1
                    && PinpointRequest.class.isAssignableFrom(method.getParameterTypes()[0])
                    && PinpointResponse.class.isAssignableFrom(method.getReturnType())) {
                methods.put(method.getName().toLowerCase(Locale.ROOT), method);
            }
        }
        return methods;
    }

    /** Reads the generated tables that sit beside this class. */
    static final class ModelTables {

        private ModelTables() {
        }

        static List<String> lines(String name) {
            try (InputStream in = RouteTable.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("Missing resource " + name + " next to " + RouteTable.class);
                }
                List<String> lines = new ArrayList<>();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        lines.add(line);
                    }
                }
                return lines;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
