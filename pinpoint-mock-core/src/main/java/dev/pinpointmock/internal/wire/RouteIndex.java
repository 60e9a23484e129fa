package dev.pinpointmock.internal.wire;

import dev.pinpointmock.internal.service.Errors;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the route of a request in one walk down a tree of path segments: literal segments first, then a
 * label, going back when a branch leads nowhere. Built once from the route table and immutable, so every
 * server shares it. (Undertow's {@code RoutingHandler} tries the templates one after another, which cost
 * more than decoding, serving and encoding a call together.)
 *
 * <p>It matches as that router did: on the path without its query, a literal segment also when
 * percent-encoded, a label also when empty, and a path with one trailing slash as the path without it.
 */
final class RouteIndex {

    /** What a method and path lead to: a route, or none, then telling whether another method has the path. */
    record Lookup(Route route, boolean pathKnown) {
    }

    private static final RouteIndex PINPOINT = of(withDebugRoute(RouteTable.pinpoint().routes()));

    private final Node root = new Node();
    /** By identity: hashing a route record hashes all of its members on every call. */
    private final Map<Route, String[]> labelNames = new IdentityHashMap<>();

    private RouteIndex() {
    }

    /** The Pinpoint API's routes and the OTP debug route. */
    static RouteIndex pinpoint() {
        return PINPOINT;
    }

    static RouteIndex of(List<Route> routes) {
        RouteIndex index = new RouteIndex();
        routes.forEach(index::add);
        return index;
    }

    /** The route of a request, from its method and raw path (still percent-encoded, without the query). */
    Lookup find(String method, String rawPath) {
        String[] segments = segments(rawPath);
        Node node = walkAllowingTrailingSlash(segments, method);
        if (node != null) {
            return new Lookup(node.routes.get(method), true);
        }
        return new Lookup(null, walkAllowingTrailingSlash(segments, null) != null);
    }

    /**
     * The route's labels decoded once from the raw path, so that an ARN sent as one segment with {@code %2F}
     * inside keeps its slashes and a {@code +} stays a plus.
     */
    Map<String, String> labels(Route route, String rawPath) {
        String[] names = labelNames.get(route);
        if (names == null) {
            names = labelNamesOf(route);
        }
        String[] segments = segments(rawPath);
        Map<String, String> labels = new HashMap<>(4);
        for (int i = 0; i < names.length && i < segments.length; i++) {
            if (names[i] != null) {
                labels.put(names[i], decode(segments[i]));
            }
        }
        return labels;
    }

    private void add(Route route) {
        Node node = root;
        for (String segment : route.templateSegments()) {
            if (isLabel(segment)) {
                node = node.label == null ? (node.label = new Node()) : node.label;
            } else {
                node = node.literals.computeIfAbsent(segment, literal -> new Node());
            }
        }
        node.routes.put(route.method(), route);
        labelNames.put(route, labelNamesOf(route));
    }

    private Node walkAllowingTrailingSlash(String[] segments, String method) {
        Node node = walk(root, segments, 0, method);
        if (node == null && segments.length > 1 && segments[segments.length - 1].isEmpty()) {
            node = walk(root, Arrays.copyOf(segments, segments.length - 1), 0, method);
        }
        return node;
    }

    /** The node at the end of the segments from {@code depth} on that has a route of the method (any if null). */
    private static Node walk(Node node, String[] segments, int depth, String method) {
        if (depth == segments.length) {
            boolean found = method == null ? !node.routes.isEmpty() : node.routes.containsKey(method);
            return found ? node : null;
        }
        String segment = segments[depth];
        Node literal = node.literals.get(segment);
        if (literal == null && segment.indexOf('%') >= 0) {
            literal = node.literals.get(decodeOrNull(segment));
        }
        if (literal != null) {
            Node found = walk(literal, segments, depth + 1, method);
            if (found != null) {
                return found;
            }
        }
        return node.label == null ? null : walk(node.label, segments, depth + 1, method);
    }

    private static String[] segments(String rawPath) {
        return rawPath.isEmpty() ? new String[] {""} : rawPath.substring(1).split("/", -1);
    }

    private static String[] labelNamesOf(Route route) {
        List<String> template = route.templateSegments();
        String[] names = new String[template.size()];
        for (int i = 0; i < names.length; i++) {
            String segment = template.get(i);
            names[i] = isLabel(segment) ? segment.substring(1, segment.length() - 1).replace("+", "") : null;
        }
        return names;
    }

    private static boolean isLabel(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            throw Errors.badRequest(
                    "The path segment " + raw + " is not valid percent-encoding");
        }
    }

    private static String decodeOrNull(String raw) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static List<Route> withDebugRoute(List<Route> routes) {
        List<Route> all = new ArrayList<>(routes);
        all.add(OtpDebugEndpoint.ROUTE);
        return all;
    }

    /** A path segment's branches: literal segments by text, at most one label, and routes ending here. */
    private static final class Node {
        final Map<String, Node> literals = new HashMap<>();
        final Map<String, Route> routes = new HashMap<>();
        Node label;
    }
}
