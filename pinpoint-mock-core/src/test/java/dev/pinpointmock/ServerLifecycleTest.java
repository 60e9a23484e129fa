package dev.pinpointmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.pinpoint.PinpointClient;

/** Starting and stopping servers: ports, connections and threads, with many servers in one JVM. */
class ServerLifecycleTest {

    @Test
    void closingAServerClosesItsConnectionsWhileAnotherServerServesOn() throws IOException {
        try (PinpointMockServer closing = PinpointMockServer.builder().build().start();
             PinpointMockServer staying = PinpointMockServer.builder().build().start();
             PinpointClient stayingClient = staying.newClient();
             Socket kept = new Socket(closing.endpoint().getHost(), closing.port())) {
            InputStream in = kept.getInputStream();
            sendGetApps(kept);
            assertThat(readHead(in)).startsWith("HTTP/1.1 200");

            closing.close();

            assertThat(drain(in)).as("the kept-alive connection ends when its server closes").isEqualTo(-1);
            assertThatThrownBy(() -> new Socket(closing.endpoint().getHost(), closing.port()).close())
                    .isInstanceOf(IOException.class);
            assertThat(stayingClient.createApp(r -> r.createApplicationRequest(a -> a.name("shop")))
                    .applicationResponse().name()).isEqualTo("shop");
        }
    }

    @Test
    void noConnectionIsServedOnceItsServerHasClosedEvenOneAcceptedWhileClosing() throws Exception {
        PinpointMockServer server = PinpointMockServer.builder().build().start();
        String host = server.endpoint().getHost();
        int port = server.port();
        List<Socket> opened = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger attempts = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        Thread opener = new Thread(() -> {
            while (!stop.get()) {
                attempts.incrementAndGet();
                Socket socket = new Socket();
                try {
                    socket.connect(new InetSocketAddress(host, port), 200);
                    opened.add(socket);
                } catch (IOException refused) {
                    closeQuietly(socket);
                }
            }
        });
        opener.start();
        while (opened.size() < 20) {
            Thread.onSpinWait();
        }
        server.close();
        int atClose = attempts.get();
        while (attempts.get() < atClose + 2_000) {
            Thread.onSpinWait();
        }
        stop.set(true);
        opener.join();

        int answered = 0;
        for (Socket socket : opened) {
            try (socket) {
                sendGetApps(socket);
                if (socket.getInputStream().read() >= 0) {
                    answered++;
                }
            } catch (IOException closed) {
                // The connection was closed: what a closed server must do.
            }
        }
        assertThat(opened).hasSizeGreaterThanOrEqualTo(20);
        assertThat(answered).as("calls answered after close()").isZero();
    }

    @Test
    void aServerWhoseCallsWaitForItsDiskHoldsUpNoOtherServer(@TempDir Path stalledDirectory,
                                                            @TempDir Path otherDirectory) throws IOException {
        try (PinpointMockServer stalled = PinpointMockServer.builder().dataDirectory(stalledDirectory).build().start();
             PinpointMockServer other = PinpointMockServer.builder().dataDirectory(otherDirectory).build().start()) {
            List<Socket> slow = stallBodies(stalled, 12);
            try {
                try (Socket socket = new Socket(other.endpoint().getHost(), other.port())) {
                    sendGetApps(socket);
                    assertThat(readHead(socket.getInputStream())).startsWith("HTTP/1.1 200");
                }
            } finally {
                closeAll(slow);
            }
        }
    }

    @Test
    void bodiesSlowToArriveHoldUpNoCallOfTheirOwnServer(@TempDir Path directory) throws IOException {
        try (PinpointMockServer server = PinpointMockServer.builder().dataDirectory(directory).build().start();
             PinpointClient client = server.clientBuilder()
                     .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(10))).build()) {
            // More stalled bodies than the server has threads that wait for its disk.
            List<Socket> slow = stallBodies(server, 12);
            try {
                String created = client.createApp(r -> r.createApplicationRequest(a -> a.name("still-served")))
                        .applicationResponse().id();
                assertThat(client.getApp(r -> r.applicationId(created)).applicationResponse().name())
                        .isEqualTo("still-served");
            } finally {
                closeAll(slow);
            }
            assertThat(client.getApps(r -> r.pageSize("5")).applicationsResponse().item())
                    .extracting(app -> app.name()).containsExactly("still-served");
        }
    }

    /** Opens connections that each send a CreateApp's head and the start of a body that never comes whole. */
    private static List<Socket> stallBodies(PinpointMockServer server, int count) throws IOException {
        List<Socket> slow = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Socket socket = new Socket(server.endpoint().getHost(), server.port());
            slow.add(socket);
            socket.getOutputStream().write(("POST /v1/apps HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"Na")
                    .getBytes(StandardCharsets.US_ASCII));
        }
        return slow;
    }

    private static void closeAll(List<Socket> sockets) throws IOException {
        for (Socket socket : sockets) {
            socket.close();
        }
    }

    @Test
    void aClosedServersPortCanBeBoundAgainAndAClosedServerCannotRestart() {
        PinpointMockServer first = PinpointMockServer.builder().build().start();
        int port = first.port();
        first.close();
        first.close();

        assertThat(first.isRunning()).isFalse();
        assertThatThrownBy(first::start).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed and cannot start again");
        try (PinpointMockServer second = PinpointMockServer.builder().port(port).build().start();
             PinpointClient client = second.newClient()) {
            assertThat(second.start()).isSameAs(second);
            assertThat(client.getApps(r -> r.pageSize("5")).applicationsResponse().item()).isEmpty();
        }
    }

    @Test
    void aTakenPortIsRefusedWithItsAddress() {
        try (PinpointMockServer taken = PinpointMockServer.builder().build().start()) {
            PinpointMockServer second = PinpointMockServer.builder().port(taken.port()).build();
            assertThatThrownBy(second::start).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Cannot listen on 127.0.0.1:" + taken.port())
                    .hasMessageContaining("choose another port, or 0 for any free one");
        }
    }

    @Test
    void serversShareTheirThreadsAndNoneKeepsTheJvmAlive() {
        try (PinpointMockServer one = PinpointMockServer.builder().build().start();
             PinpointClient oneClient = one.newClient()) {
            oneClient.getApps(r -> r.pageSize("5"));
            long before = serverThreads();
            try (PinpointMockServer two = PinpointMockServer.builder().build().start();
                 PinpointClient twoClient = two.newClient()) {
                twoClient.getApps(r -> r.pageSize("5"));
                assertThat(serverThreads()).isEqualTo(before);
            }
            assertThat(Thread.getAllStackTraces().keySet()).filteredOn(t -> t.getName().startsWith("pinpoint-mock"))
                    .isNotEmpty().allMatch(Thread::isDaemon);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Nothing to release.
        }
    }

    /** The shared worker's threads; servers with a data directory add disk threads of their own. */
    private static long serverThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("pinpoint-mock I/O")
                        || t.getName().startsWith("pinpoint-mock Accept"))
                .count();
    }

    /** Sends a GetApps over a raw connection, whose reads then wait at most ten seconds. */
    private static void sendGetApps(Socket socket) throws IOException {
        socket.setSoTimeout(10_000);
        OutputStream out = socket.getOutputStream();
        out.write("GET /v1/apps HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** The status line and headers of one response, and its body of the length it announces. */
    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        String text = head.toString();
        int at = text.toLowerCase(java.util.Locale.ROOT).indexOf("content-length:");
        int length = Integer.parseInt(text.substring(at + 15, text.indexOf("\r\n", at)).trim());
        in.readNBytes(length);
        return text;
    }

    /** Reads until the connection ends; -1 once it has. */
    private static int drain(InputStream in) throws IOException {
        int b;
        do {
            b = in.read();
        } while (b >= 0);
        return b;
    }
}
