package dsw.model.trace;

import dsw.model.file.AtomicFiles;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The public trace file format, JSON Lines as described in docs/trace-format.md: a header line,
 * then one line per event in seq order with its Lamport and vector clocks. Writing streams and is
 * byte-for-byte deterministic; reading checks every line and says which one is wrong. Thread-safe
 * (stateless); a trace being written by another thread is written up to the size it had when
 * the call started.
 */
public final class TraceJson {
    private TraceJson() {}

    /**
     * Writes the header and the events below {@code trace.size()} to {@code out}; flushes, does not
     * close.
     *
     * @throws IllegalArgumentException when the trace has a receive without an earlier send or a
     *     process event without a process, which the simulation never records
     */
    public static void write(Trace trace, OutputStream out) throws IOException {
        Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(out, "out");
        TraceWriter.write(trace, out);
    }

    /**
     * Writes the trace to {@code file} atomically: a crash or an error leaves the old file whole,
     * never part of the new one.
     */
    public static void write(Trace trace, Path file) throws IOException {
        Objects.requireNonNull(trace, "trace");
        AtomicFiles.write(file, out -> TraceWriter.write(trace, out));
    }

    /**
     * Reads a trace, published and ready for any thread. Does not close {@code in}.
     *
     * @throws TraceFormatException when the content is not a valid trace, naming the line
     */
    public static Trace read(InputStream in) throws IOException {
        return TraceReader.read(null, Objects.requireNonNull(in, "in"));
    }

    /**
     * Reads a trace file.
     *
     * @throws TraceFormatException when the content is not a valid trace, naming the file and line
     */
    public static Trace read(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return TraceReader.read(file.toString(), in);
        }
    }
}
