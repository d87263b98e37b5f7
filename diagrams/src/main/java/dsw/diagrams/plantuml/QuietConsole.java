package dsw.diagrams.plantuml;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps PlantUML from writing to the console: its embedded layout prints diagnostics and stack
 * traces straight to {@code System.err} and its logger ({@code com.plantuml}) to the console, which
 * a command-line tool must not show (its errors are reported as a {@link DiagramException}).
 * While {@link #run} runs, {@code System.out} and {@code System.err} are replaced by streams that
 * drop what the calling thread writes and pass on what other threads write. Not thread-safe:
 * callers hold {@link Renderer}'s lock.
 */
final class QuietConsole {
    /** Held so the logger's level is not lost when the logger is collected. */
    private static final Logger PLANTUML_LOG = Logger.getLogger("com.plantuml");

    private static final ThreadLocal<Boolean> QUIET = ThreadLocal.withInitial(() -> false);

    static {
        PLANTUML_LOG.setLevel(Level.OFF);
    }

    private QuietConsole() {}

    /** Runs the task with the calling thread's console output dropped. */
    static <T> T run(Callable<T> task) throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        PrintStream quietOut = quiet(out, "sun.stdout.encoding");
        PrintStream quietErr = quiet(err, "sun.stderr.encoding");
        System.setOut(quietOut);
        System.setErr(quietErr);
        QUIET.set(true);
        try {
            return task.call();
        } finally {
            QUIET.set(false);
            quietOut.flush();
            quietErr.flush();
            if (System.out == quietOut) {
                System.setOut(out);
            }
            if (System.err == quietErr) {
                System.setErr(err);
            }
        }
    }

    private static PrintStream quiet(PrintStream target, String encodingProperty) {
        String encoding =
                System.getProperty(encodingProperty, Charset.defaultCharset().name());
        try {
            return new PrintStream(new Filter(target), true, encoding);
        } catch (UnsupportedEncodingException e) {
            return new PrintStream(new Filter(target), true, Charset.defaultCharset());
        }
    }

    /** Passes on bytes written by threads other than the quiet one. */
    private static final class Filter extends OutputStream {
        private final PrintStream target;

        Filter(PrintStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) {
            if (!QUIET.get()) {
                target.write(b);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            if (!QUIET.get()) {
                target.write(bytes, offset, length);
            }
        }

        @Override
        public void flush() throws IOException {
            target.flush();
        }
    }
}
