package dev.pinpointmock.benchmarks;

import dev.pinpointmock.PinpointMockServer;
import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The physical limit of a call: a bare Undertow handler, configured as pinpoint-mock's server was when the
 * harness was written (two I/O threads, one worker, calls answered on the I/O thread, 100-continue
 * answered), that reads the request body and answers canned bytes. The bytes are pinpoint-mock's own: the
 * first request of each method and URI is forwarded once to a private pinpoint-mock and its status, headers
 * and body are kept; every later identical request gets them without decoding, handling or encoding.
 * So the limit answers the same sizes the mock does, and the difference between the two is the mock's work.
 */
final class CannedServer implements Target {

    private static final Set<String> NOT_FORWARDED = Set.of("host", "content-length", "connection", "expect",
            "upgrade", "transfer-encoding");
    private static final Set<HttpString> SET_BY_UNDERTOW = Set.of(Headers.CONTENT_LENGTH, Headers.CONNECTION,
            Headers.DATE);

    private record Canned(int status, List<Map.Entry<HttpString, String>> headers, byte[] body) {
    }

    private final PinpointMockServer source = PinpointMockServer.builder().build().start();
    private final HttpClient forwarder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Map<String, Canned> canned = new ConcurrentHashMap<>();
    private final Undertow undertow;
    private final URI endpoint;

    private CannedServer() {
        undertow = Undertow.builder()
                .addHttpListener(0, "127.0.0.1")
                .setIoThreads(2)
                .setWorkerThreads(1)
                .setServerOption(UndertowOptions.ALWAYS_SET_KEEP_ALIVE, true)
                .setHandler(Handlers.httpContinueRead(exchange ->
                        exchange.getRequestReceiver().receiveFullBytes(this::answer)))
                .build();
        undertow.start();
        InetSocketAddress address = (InetSocketAddress) undertow.getListenerInfo().get(0).getAddress();
        endpoint = URI.create("http://127.0.0.1:" + address.getPort());
    }

    static CannedServer start() {
        return new CannedServer();
    }

    @Override
    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        undertow.stop();
        source.close();
    }

    private void answer(HttpServerExchange exchange, byte[] body) {
        String key = exchange.getRequestMethod() + " " + exchange.getRequestURI() + "?" + exchange.getQueryString();
        Canned response = canned.get(key);
        if (response == null) {
            // Only while the fixture is made and the first warm-up call runs: blocks this I/O thread on the
            // private mock, which has threads of its own.
            response = record(exchange, body);
            canned.put(key, response);
        }
        exchange.setStatusCode(response.status());
        for (Map.Entry<HttpString, String> header : response.headers()) {
            exchange.getResponseHeaders().put(header.getKey(), header.getValue());
        }
        exchange.setResponseContentLength(response.body().length);
        if (response.body().length == 0) {
            exchange.endExchange();
        } else {
            exchange.getResponseSender().send(ByteBuffer.wrap(response.body()));
        }
    }

    private Canned record(HttpServerExchange exchange, byte[] body) {
        String query = exchange.getQueryString().isEmpty() ? "" : "?" + exchange.getQueryString();
        URI target = source.endpoint().resolve(exchange.getRequestURI() + query);
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .method(exchange.getRequestMethod().toString(), HttpRequest.BodyPublishers.ofByteArray(body));
        for (HeaderValues values : exchange.getRequestHeaders()) {
            if (!NOT_FORWARDED.contains(values.getHeaderName().toString().toLowerCase(java.util.Locale.ROOT))) {
                values.forEach(value -> request.header(values.getHeaderName().toString(), value));
            }
        }
        try {
            HttpResponse<byte[]> response = forwarder.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            List<Map.Entry<HttpString, String>> headers = new ArrayList<>();
            response.headers().map().forEach((name, values) -> {
                HttpString header = new HttpString(name);
                if (!name.startsWith(":") && !SET_BY_UNDERTOW.contains(header)) {
                    values.forEach(value -> headers.add(Map.entry(header, value)));
                }
            });
            return new Canned(response.statusCode(), List.copyOf(headers), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
