package dsw.model.trace;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines at '\n', handing out each line's bytes in a reused buffer. A
 * final line without '\n' counts; nothing after a final '\n' does. Not thread-safe.
 */
final class LineInput {
    private final InputStream in;
    private final int maxLength;
    private final byte[] chunk = new byte[1 << 16];
    private int position;
    private int limit;
    private boolean ended;
    private byte[] line = new byte[1 << 10];
    private int length;
    private int number;

    LineInput(InputStream in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /**
     * Moves to the next line; false at the end of the stream.
     *
     * @throws TraceFormatException when the line is longer than the limit
     */
    boolean next(String source) throws IOException {
        length = 0;
        boolean any = false;
        while (true) {
            if (position == limit) {
                if (ended || !fill()) {
                    if (any) {
                        number++;
                    }
                    return any;
                }
            }
            any = true;
            int start = position;
            while (position < limit && chunk[position] != '\n') {
                position++;
            }
            append(start, position - start, source);
            if (position < limit) {
                position++; // the '\n'
                number++;
                return true;
            }
        }
    }

    /** The current line's number, from 1. */
    int number() {
        return number;
    }

    byte[] bytes() {
        return line;
    }

    int length() {
        return length;
    }

    /** True when the line has nothing but spaces, tabs and '\r'. */
    boolean isBlank() {
        for (int i = 0; i < length; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private boolean fill() throws IOException {
        int read = in.read(chunk);
        while (read == 0) {
            read = in.read(chunk);
        }
        if (read < 0) {
            ended = true;
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }

    private void append(int start, int count, String source) throws TraceFormatException {
        if (count == 0) {
            return;
        }
        if (length + count > maxLength) {
            throw new TraceFormatException(
                    source,
                    number + 1,
                    0,
                    "the line is longer than " + (maxLength >> 20)
                            + " MB; a trace line never is (is this a trace file?)");
        }
        if (length + count > line.length) {
            line = Arrays.copyOf(line, Math.min(maxLength, Math.max(length + count, line.length * 2)));
        }
        System.arraycopy(chunk, start, line, length, count);
        length += count;
    }
}
