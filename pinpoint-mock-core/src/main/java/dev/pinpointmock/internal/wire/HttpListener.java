package dev.pinpointmock.internal.wire;

import io.undertow.UndertowOptions;
import io.undertow.connector.ByteBufferPool;
import io.undertow.server.DefaultByteBufferPool;
import io.undertow.server.HttpHandler;
import io.undertow.server.protocol.http.HttpOpenListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashSet;
import java.util.Set;
import org.xnio.ChannelListener;
import org.xnio.IoUtils;
import org.xnio.OptionMap;
import org.xnio.Options;
import org.xnio.StreamConnection;
import org.xnio.Xnio;
import org.xnio.XnioWorker;
import org.xnio.channels.AcceptingChannel;

/**
 * One plain HTTP/1.1 listener, set up as {@code Undertow.start()} sets up an HTTP listener but on an XNIO
 * worker that every listener of the JVM shares. A worker is two I/O threads, an accept thread and its
 * task pool; making and stopping one cost more than the rest of a server's start and stop, and a test
 * class that starts a server would pay it every time. The worker carries no state of any server: each
 * listener has its own handler, buffers and connections, and closing it closes exactly its connections.
 * Its threads are daemons, so the worker never keeps a JVM alive.
 *
 * <p>Calls are served on the I/O threads, never blocking them: a server with a data directory moves its
 * calls, which wait for the disk, to threads of its own, so that one server's disk never holds up another.
 */
public final class HttpListener implements AutoCloseable {

    private static final int BUFFER_SIZE = 16 * 1024;
    private static final int IO_THREADS = 2;
    /** No handler dispatches to the worker's tasks: calls that wait for the disk have their own threads. */
    private static final int TASK_THREADS = 1;

    private final AcceptingChannel<StreamConnection> channel;
    private final Connections connections;

    private HttpListener(AcceptingChannel<StreamConnection> channel, Connections connections) {
        this.channel = channel;
        this.connections = connections;
    }

    /**
     * Binds {@code host:port} (port 0 for any free one) and starts serving with the given root handler.
     *
     * @param maxEntitySize the largest request body Undertow reads, in bytes
     *
     * @throws UncheckedIOException if the address cannot be bound; its cause says why
     */
    public static HttpListener start(String host, int port, long maxEntitySize, HttpHandler root) {
        HttpOpenListener http = new HttpOpenListener(SharedWorker.BUFFERS, OptionMap.builder()
                .set(UndertowOptions.ALWAYS_SET_KEEP_ALIVE, true)
                .set(UndertowOptions.NO_REQUEST_TIMEOUT, 60_000)
                .set(UndertowOptions.MAX_ENTITY_SIZE, maxEntitySize)
                .getMap());
        http.setRootHandler(root);
        Connections connections = new Connections();
        ChannelListener<AcceptingChannel<StreamConnection>> accept = server -> {
            StreamConnection connection;
            try {
                connection = server.accept();
            } catch (IOException e) {
                return;
            }
            if (connection != null && connections.admit(connection)) {
                http.handleEvent(connection);
            }
        };
        try {
            AcceptingChannel<StreamConnection> channel = SharedWorker.WORKER.createStreamConnectionServer(
                    new InetSocketAddress(InetAddress.getByName(host), port), accept,
                    OptionMap.builder()
                            .set(Options.TCP_NODELAY, true)
                            .set(Options.REUSE_ADDRESSES, true)
                            .set(Options.BALANCING_TOKENS, 1)
                            .set(Options.BALANCING_CONNECTIONS, 2)
                            .set(Options.BACKLOG, 1000)
                            .getMap());
            channel.resumeAccepts();
            return new HttpListener(channel, connections);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address bound, with the port chosen when 0 was asked for. */
    public InetSocketAddress address() {
        return channel.getLocalAddress(InetSocketAddress.class);
    }

    /**
     * Stops accepting and closes this listener's connections, those accepted while it closes included;
     * the shared worker serves on.
     */
    @Override
    public void close() {
        IoUtils.safeClose(channel);
        connections.closeAll();
    }

    /** The open connections of one listener; once closed, it closes every connection it is offered. */
    private static final class Connections {

        private final Set<StreamConnection> open = new HashSet<>();
        private boolean closed;

        /** Keeps a new connection, or closes it at once when the listener has closed. */
        synchronized boolean admit(StreamConnection connection) {
            if (closed) {
                IoUtils.safeClose(connection);
                return false;
            }
            // Undertow owns the connection's close listener, so closed connections are let go here instead.
            open.removeIf(kept -> !kept.isOpen());
            open.add(connection);
            return true;
        }

        synchronized void closeAll() {
            closed = true;
            open.forEach(IoUtils::safeClose);
            open.clear();
        }
    }

    /**
     * The one worker, made when the first listener starts (its provider is looked up once per JVM), and the
     * one pool of I/O buffers that every listener reads and writes through. A buffer holds bytes only while
     * one exchange uses it, so sharing the pool shares no state; a new server then finds buffers already
     * made instead of allocating direct memory for its first call.
     */
    private static final class SharedWorker {

        static final XnioWorker WORKER = create();
        static final ByteBufferPool BUFFERS = new DefaultByteBufferPool(true, BUFFER_SIZE, -1, 4);

        private static XnioWorker create() {
            try {
                return Xnio.getInstance(io.undertow.Undertow.class.getClassLoader()).createWorker(OptionMap.builder()
                        .set(Options.WORKER_NAME, "pinpoint-mock")
                        .set(Options.THREAD_DAEMON, true)
                        .set(Options.WORKER_IO_THREADS, IO_THREADS)
                        .set(Options.WORKER_TASK_CORE_THREADS, TASK_THREADS)
                        .set(Options.WORKER_TASK_MAX_THREADS, TASK_THREADS)
                        .set(Options.TCP_NODELAY, true)
                        .set(Options.CORK, true)
                        .getMap());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
