package dev.pinpointmock;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standalone server in a child JVM started with this test run's class path, for tests that kill it the
 * way a crash would. Its log (standard error, where it announces that it is ready) is copied to a file, for
 * reading when a test fails; its standard output is thrown away.
 */
final class StandaloneProcess implements AutoCloseable {

    private static final Pattern READY = Pattern.compile("pinpoint-mock ready at (http://\\S+) ");

    private final Process process;
    private final URI endpoint;

    private StandaloneProcess(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    /** Starts {@code PinpointMockMain} with the options (a free port is added) and waits until it is ready. */
    static StandaloneProcess start(Path errorLog, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "dev.pinpointmock.standalone.PinpointMockMain", "--port", "0"));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        CompletableFuture<URI> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> readLog(process, errorLog, ready), "standalone-log");
        reader.setDaemon(true);
        reader.start();
        try {
            return new StandaloneProcess(process, ready.get(60, TimeUnit.SECONDS));
        } catch (Exception notReady) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            throw new IllegalStateException("The standalone server did not start; see " + errorLog, notReady);
        }
    }

    URI endpoint() {
        return endpoint;
    }

    /** Ends the process at once, as {@code kill -9} does: no shutdown hook runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private static void readLog(Process process, Path copy, CompletableFuture<URI> ready) {
        try (BufferedReader log = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
             Writer out = Files.newBufferedWriter(copy, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                     StandardOpenOption.APPEND)) {
            for (String line = log.readLine(); line != null; line = log.readLine()) {
                out.write(line + System.lineSeparator());
                out.flush();
                Matcher matcher = READY.matcher(line);
                if (matcher.find()) {
                    ready.complete(URI.create(matcher.group(1)));
                }
            }
            ready.completeExceptionally(new IllegalStateException("The process ended before it was ready"));
        } catch (IOException e) {
            ready.completeExceptionally(new UncheckedIOException(e));
        }
    }
}
