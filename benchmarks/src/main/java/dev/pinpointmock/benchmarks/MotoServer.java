package dev.pinpointmock.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * moto's server ({@code moto_server}, or {@code python3 -m moto.server}) started on a free loopback port for
 * the length of a run, so the same client can call another implementation of the API. Its output goes to
 * {@code target/moto-server.log}.
 */
final class MotoServer implements AutoCloseable {

    private final Process process;
    private final String url;

    private MotoServer(Process process, int port) {
        this.process = process;
        this.url = "http://127.0.0.1:" + port;
    }

    /** Starts moto's server if this machine has it; empty, with the reason printed, if not. */
    static Optional<MotoServer> startIfInstalled() {
        List<String> command = command();
        if (command.isEmpty()) {
            System.out.println("moto's server is not installed (no moto_server on PATH, no python3 -m moto.server)");
            return Optional.empty();
        }
        int port = freePort();
        command.addAll(List.of("-H", "127.0.0.1", "-p", String.valueOf(port)));
        try {
            Path log = Path.of("target", "moto-server.log");
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            MotoServer moto = new MotoServer(process, port);
            moto.awaitListening(port);
            return Optional.of(moto);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The target spec of this server for {@link Target#open(String)}. */
    String spec() {
        return "moto=" + url;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitListening(int port) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline && process.isAlive()) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                pause();
            }
        }
        close();
        throw new IllegalStateException("moto's server did not listen on port " + port
                + "; see target/moto-server.log");
    }

    private static List<String> command() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "moto_server"))) {
                return new ArrayList<>(List.of(Path.of(dir, "moto_server").toString()));
            }
        }
        try {
            Process check = new ProcessBuilder("python3", "-c", "import moto.server").start();
            if (check.waitFor() == 0) {
                return new ArrayList<>(List.of("python3", "-m", "moto.server"));
            }
        } catch (IOException | InterruptedException e) {
            return List.of();
        }
        return List.of();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
