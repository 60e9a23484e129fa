package dev.pinpointmock.internal.persist;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The file in a data directory that keeps a server's state: a header line naming the format and its
 * version, then one JSON line per accepted call that changed state, in the order the calls were served.
 *
 * <p>Each {@link #append} writes its line and, by default, forces it to the storage device
 * ({@link FileChannel#force}) before it returns, so a call is acknowledged only once it is durable. A crash
 * during a write leaves at most one unfinished last line, which belonged to an unacknowledged call: opening
 * the log cuts it off. A file that is not such a log, that a newer version of pinpoint-mock wrote, or that
 * has a damaged line before its end is reported and left untouched. The file is locked while open, so two
 * servers never write one directory. Not thread-safe: the caller serializes appends.
 */
public final class WriteAheadLog implements AutoCloseable {

    /** The name of the log in its data directory. */
    public static final String FILE_NAME = "write-ahead.log";
    /** The version of the format this pinpoint-mock writes and reads. */
    public static final int FORMAT_VERSION = 1;

    static final String FORMAT = "pinpoint-mock write-ahead log";

    private static final System.Logger LOG = System.getLogger("dev.pinpointmock.persistence");

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final boolean forceEachWrite;
    private final List<LoggedCall> recovered;
    private final long headerEnd;
    private long end;
    private boolean failed;

    private WriteAheadLog(Path file, FileChannel channel, FileLock lock, boolean forceEachWrite,
                          List<LoggedCall> recovered, long headerEnd, long end) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.forceEachWrite = forceEachWrite;
        this.recovered = List.copyOf(recovered);
        this.headerEnd = headerEnd;
        this.end = end;
    }

    /**
     * Opens the log of a data directory, creating both when missing, and reads the calls it holds.
     *
     * @param forceEachWrite whether each append waits for the device; only measurements turn it off
     * @throws IllegalStateException with a message for a person when the directory or file cannot be used;
     *                               the file is then left as it was
     */
    public static WriteAheadLog open(Path directory, boolean forceEachWrite) {
        Path file = directory.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            Files.createDirectories(directory);
            boolean created = !Files.exists(file);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException heldInThisJvm) {
                lock = null;
            }
            if (lock == null) {
                throw unusable(file, "another process (another pinpoint-mock?) has it open");
            }
            WriteAheadLog log = created || channel.size() == 0
                    ? start(file, channel, lock, forceEachWrite, directory)
                    : recover(file, channel, lock, forceEachWrite);
            channel = null;
            return log;
        } catch (IOException e) {
            throw unusable(file, "it cannot be read or written: " + e);
        } finally {
            closeQuietly(channel);
        }
    }

    /** The calls the log held when it was opened, to replay before serving. */
    public List<LoggedCall> recovered() {
        return recovered;
    }

    public Path file() {
        return file;
    }

    /**
     * Adds a call at the end of the log and, unless turned off, waits until the device holds it.
     *
     * @throws UncheckedIOException if the write fails; the log then refuses every later append, because a
     *                              call it could not keep must not be acknowledged
     */
    public void append(LoggedCall call) {
        if (failed) {
            throw new IllegalStateException("The write-ahead log " + file + " failed earlier; restart the server");
        }
        ByteBuffer line = ByteBuffer.wrap((call.toJsonLine() + "\n").getBytes(StandardCharsets.UTF_8));
        try {
            long position = end;
            while (line.hasRemaining()) {
                position += channel.write(line, position);
            }
            if (forceEachWrite) {
                channel.force(false);
            }
            end = position;
        } catch (IOException e) {
            failed = true;
            try {
                channel.truncate(end);
            } catch (IOException ignored) {
                // the next open cuts off the unfinished line
            }
            throw new UncheckedIOException("Cannot write the write-ahead log " + file, e);
        }
    }

    /** Forgets every call, keeping the header: the state of a server that was just reset. */
    public void clear() {
        try {
            channel.truncate(headerEnd);
            channel.force(true);
            end = headerEnd;
        } catch (IOException e) {
            failed = true;
            throw new UncheckedIOException("Cannot clear the write-ahead log " + file, e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        closeQuietly(channel);
    }

    private static WriteAheadLog start(Path file, FileChannel channel, FileLock lock, boolean forceEachWrite,
                                       Path directory) throws IOException {
        byte[] header = (headerLine() + "\n").getBytes(StandardCharsets.UTF_8);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(header), 0);
        channel.force(true);
        forceDirectory(directory);
        LOG.log(Level.DEBUG, "pinpoint-mock started a new write-ahead log file={0}", file);
        return new WriteAheadLog(file, channel, lock, forceEachWrite, List.of(), header.length, header.length);
    }

    private static WriteAheadLog recover(Path file, FileChannel channel, FileLock lock, boolean forceEachWrite)
            throws IOException {
        byte[] content = readAll(channel);
        int headerEnd = indexOf(content, 0) + 1;
        if (headerEnd == 0 && headerLine().startsWith(new String(content, StandardCharsets.UTF_8))) {
            return start(file, channel, lock, forceEachWrite, file.getParent());
        }
        if (headerEnd == 0) {
            throw unusable(file, "it is not a pinpoint-mock write-ahead log (it has no header line)");
        }
        checkHeader(file, new String(content, 0, headerEnd - 1, StandardCharsets.UTF_8));

        List<LoggedCall> calls = new ArrayList<>();
        int start = headerEnd;
        int lineNumber = 1;
        for (int newline = indexOf(content, start); newline >= 0; newline = indexOf(content, start)) {
            lineNumber++;
            String line = new String(content, start, newline - start, StandardCharsets.UTF_8);
            if (!line.isBlank()) {
                try {
                    calls.add(LoggedCall.fromJsonLine(line));
                } catch (IllegalArgumentException damaged) {
                    throw unusable(file, "line " + lineNumber + " is damaged (" + damaged.getMessage() + ")");
                }
            }
            start = newline + 1;
        }
        if (start < content.length) {
            LOG.log(Level.WARNING, "pinpoint-mock cut off the unfinished last line of its write-ahead log, a call"
                    + " that was never acknowledged file={0} bytes={1}", file, content.length - start);
            channel.truncate(start);
            channel.force(true);
        }
        return new WriteAheadLog(file, channel, lock, forceEachWrite, calls, headerEnd, start);
    }

    private static void checkHeader(Path file, String line) {
        JsonObject header;
        try {
            header = JsonParser.parseString(line).getAsJsonObject();
        } catch (RuntimeException notJson) {
            throw unusable(file, "it is not a pinpoint-mock write-ahead log (its first line is not the header)");
        }
        if (!header.has("format") || !FORMAT.equals(header.get("format").getAsString())) {
            throw unusable(file, "it is not a pinpoint-mock write-ahead log (its header names another format)");
        }
        int version;
        try {
            version = header.get("version").getAsInt();
        } catch (RuntimeException noVersion) {
            throw unusable(file, "its header has no format version");
        }
        if (version > FORMAT_VERSION) {
            throw unusable(file, "a newer pinpoint-mock wrote it (format version " + version
                    + "; this version reads version " + FORMAT_VERSION + " and older); run that newer version");
        }
        if (version < 1) {
            throw unusable(file, "its header has the unknown format version " + version);
        }
    }

    static String headerLine() {
        JsonObject header = new JsonObject();
        header.addProperty("format", FORMAT);
        header.addProperty("version", FORMAT_VERSION);
        return header.toString();
    }

    private static IllegalStateException unusable(Path file, String reason) {
        return new IllegalStateException("pinpoint-mock cannot use its state file " + file + ": " + reason
                + ". The file was left untouched; move it away or choose another data directory.");
    }

    private static byte[] readAll(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size > Integer.MAX_VALUE - 16) {
            throw new IOException("the file is larger than 2 GB");
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) >= 0) {
            // reads until full
        }
        return buffer.array();
    }

    private static int indexOf(byte[] content, int from) {
        for (int i = from; i < content.length; i++) {
            if (content[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Makes a new file's directory entry durable; not every platform can, so failure is ignored. */
    private static void forceDirectory(Path directory) {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // best effort
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }
}
