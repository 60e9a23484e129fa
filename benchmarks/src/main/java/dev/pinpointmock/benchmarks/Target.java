package dev.pinpointmock.benchmarks;

import dev.pinpointmock.PinpointMockServer;
import java.net.URI;

/**
 * A server that the measured client calls, named by a spec: {@code mock} (pinpoint-mock in this JVM),
 * {@code limit} (a bare Undertow handler returning pinpoint-mock's recorded bodies, see {@link CannedServer})
 * or {@code NAME=URL} (any implementation of the API already listening, such as moto's server).
 */
interface Target extends AutoCloseable {

    String MOCK = "mock";
    String LIMIT = "limit";

    URI endpoint();

    @Override
    void close();

    static Target open(String spec) {
        if (spec.equals(MOCK)) {
            PinpointMockServer server = PinpointMockServer.builder().build().start();
            return new Target() {
                @Override
                public URI endpoint() {
                    return server.endpoint();
                }

                @Override
                public void close() {
                    server.close();
                }
            };
        }
        if (spec.equals(LIMIT)) {
            return CannedServer.start();
        }
        URI url = URI.create(urlOf(spec));
        return new Target() {
            @Override
            public URI endpoint() {
                return url;
            }

            @Override
            public void close() {
            }
        };
    }

    /** The display name of a spec: {@code mock}, {@code limit}, or the NAME of {@code NAME=URL}. */
    static String nameOf(String spec) {
        int equals = spec.indexOf('=');
        return equals < 0 ? spec : spec.substring(0, equals);
    }

    private static String urlOf(String spec) {
        int equals = spec.indexOf('=');
        if (equals < 0) {
            throw new IllegalArgumentException("A target is mock, limit or NAME=URL, not " + spec);
        }
        return spec.substring(equals + 1);
    }
}
