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
import org.xnio.ChannelListeners;
import org.xnio.IoUtils;
import org.xnio.OptionMap;
import org.xnio.Options;
import org.xnio.StreamConnection;
import org.xnio.Xnio;
import org.xnio.XnioWorker;
import org.xnio.channels.AcceptingChannel;

/**
 * One plain HTTP/1.1 listener on an XNIO worker of its own, set up as {@code Undertow.start()} sets up an
 * HTTP listener, but without asking the service loader for the XNIO provider on every start: that look-up
 * cost as much as the rest of starting a server. The provider is found once per JVM and holds no state;
 * each listener has its own worker, threads, buffers and connections.
 *
 * <p>Calls are served on the worker's I/O threads; task threads are made only when a handler dispatches.
 */
public final class HttpListener implements AutoCloseable {

    private static final Xnio XNIO = Xnio.getInstance(io.undertow.Undertow.class.getClassLoader());
    private static final int BUFFER_SIZE = 16 * 1024;

    private final XnioWorker worker;
    private final AcceptingChannel<StreamConnection> channel;

    private HttpListener(XnioWorker worker, AcceptingChannel<StreamConnection> channel) {
        this.worker = worker;
        this.channel = channel;
    }

    /**
     * Binds {@code host:port} (port 0 for any free one) and starts serving with the given root handler.
     *
     * @param ioThreads     threads that serve calls
     * @param taskThreads   threads for handlers that dispatch, made only when one does
     * @param maxEntitySize the largest request body Undertow reads, in bytes
     *
     * @throws UncheckedIOException if the address cannot be bound; its cause says why
     */
    public static HttpListener start(String host, int port, int ioThreads, int taskThreads, long maxEntitySize,
                                     HttpHandler root) {
        XnioWorker worker = null;
        try {
            worker = XNIO.createWorker(OptionMap.builder()
                    .set(Options.WORKER_IO_THREADS, ioThreads)
                    .set(Options.WORKER_TASK_CORE_THREADS, taskThreads)
                    .set(Options.WORKER_TASK_MAX_THREADS, taskThreads)
                    .set(Options.TCP_NODELAY, true)
                    .set(Options.CORK, true)
                    .getMap());
            ByteBufferPool buffers = new DefaultByteBufferPool(true, BUFFER_SIZE, -1, 4);
            HttpOpenListener http = new HttpOpenListener(buffers, OptionMap.builder()
                    .set(UndertowOptions.ALWAYS_SET_KEEP_ALIVE, true)
                    .set(UndertowOptions.NO_REQUEST_TIMEOUT, 60_000)
                    .set(UndertowOptions.MAX_ENTITY_SIZE, maxEntitySize)
                    .getMap());
            http.setRootHandler(root);
            AcceptingChannel<StreamConnection> channel = worker.createStreamConnectionServer(
                    new InetSocketAddress(InetAddress.getByName(host), port),
                    ChannelListeners.openListenerAdapter(http),
                    OptionMap.builder()
                            .set(Options.WORKER_IO_THREADS, ioThreads)
                            .set(Options.TCP_NODELAY, true)
                            .set(Options.REUSE_ADDRESSES, true)
                            .set(Options.BALANCING_TOKENS, 1)
                            .set(Options.BALANCING_CONNECTIONS, 2)
                            .set(Options.BACKLOG, 1000)
                            .getMap());
            channel.resumeAccepts();
            return new HttpListener(worker, channel);
        } catch (IOException | RuntimeException e) {
            if (worker != null) {
                worker.shutdownNow();
            }
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** The address bound, with the port chosen when 0 was asked for. */
    public InetSocketAddress address() {
        return channel.getLocalAddress(InetSocketAddress.class);
    }

    /** Stops accepting, closes the connections and waits for the worker's threads to end. */
    @Override
    public void close() {
        IoUtils.safeClose(channel);
        worker.shutdown();
        try {
            worker.awaitTermination();
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
