package dsw.model.trace;

import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable buffer of JSON text that is already encoded and escaped, handed to a {@code
 * JsonGenerator} as a raw value so that the generator copies the bytes instead of formatting each
 * token again. Only the unquoted operations are supported. Not thread-safe.
 */
final class RawJson implements SerializableString {
    private byte[] bytes = new byte[256];
    private int length;

    void clear() {
        length = 0;
    }

    int length() {
        return length;
    }

    /** The buffer; valid up to {@link #length()} until the next append. */
    byte[] bytes() {
        return bytes;
    }

    RawJson append(byte b) {
        room(1);
        bytes[length++] = b;
        return this;
    }

    RawJson append(byte[] more) {
        return append(more, 0, more.length);
    }

    RawJson append(byte[] more, int offset, int count) {
        room(count);
        System.arraycopy(more, offset, bytes, length, count);
        length += count;
        return this;
    }

    RawJson append(RawJson more) {
        return append(more.bytes, 0, more.length);
    }

    /** Appends a non-negative number in decimal. */
    RawJson append(int value) {
        room(10);
        writeNumber(value);
        return this;
    }

    /**
     * Appends a field name that already has its quotes and colon, and a non-negative number: one
     * entry of an object, such as {@code "web#1":4}.
     */
    RawJson field(byte[] name, int value) {
        room(name.length + 10);
        byte[] out = bytes;
        int at = length;
        for (byte b : name) {
            out[at++] = b;
        }
        length = at;
        writeNumber(value);
        return this;
    }

    private static final byte[] PAIRS = new byte[200];

    static {
        for (int i = 0; i < 100; i++) {
            PAIRS[2 * i] = (byte) ('0' + i / 10);
            PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
        }
    }

    /** Writes the digits two at a time, from the right; room is already made. */
    private void writeNumber(int value) {
        if (value < 10) {
            bytes[length++] = (byte) ('0' + value);
            return;
        }
        int digits = 2;
        for (int limit = 100; digits < 10 && value >= limit; limit *= 10) {
            digits++;
        }
        byte[] out = bytes;
        int i = length + digits;
        length = i;
        while (value >= 100) {
            int pair = (value % 100) * 2;
            value /= 100;
            out[--i] = PAIRS[pair + 1];
            out[--i] = PAIRS[pair];
        }
        if (value >= 10) {
            out[--i] = PAIRS[value * 2 + 1];
            out[--i] = PAIRS[value * 2];
        } else {
            out[--i] = (byte) ('0' + value);
        }
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(length + more, bytes.length * 2));
        }
    }

    @Override
    public String getValue() {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    @Override
    public int charLength() {
        return getValue().length();
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
        if (length > buffer.length - offset) {
            return -1;
        }
        System.arraycopy(bytes, 0, buffer, offset, length);
        return length;
    }

    @Override
    public byte[] asUnquotedUTF8() {
        return Arrays.copyOf(bytes, length);
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
        out.write(bytes, 0, length);
        return length;
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer buffer) {
        if (length > buffer.remaining()) {
            return -1;
        }
        buffer.put(bytes, 0, length);
        return length;
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
        throw quoting();
    }

    @Override
    public char[] asQuotedChars() {
        throw quoting();
    }

    @Override
    public byte[] asQuotedUTF8() {
        throw quoting();
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
        throw quoting();
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
        throw quoting();
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) {
        throw quoting();
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) {
        throw quoting();
    }

    private static UnsupportedOperationException quoting() {
        return new UnsupportedOperationException("raw JSON is handed out only as unquoted UTF-8 bytes");
    }
}
