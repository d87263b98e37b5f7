package dsw.model.value;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Link bandwidth in bits per second; {@link #UNLIMITED} means no serialization delay. Text forms are
 * {@code 512kbps}, {@code 100Mbps}, {@code 10Gbps} and {@code unlimited}. Immutable, thread-safe.
 */
public record Bandwidth(long bitsPerSecond) {
    public static final Bandwidth UNLIMITED = new Bandwidth(0);

    private static final long K = 1_000L;
    private static final long M = 1_000_000L;
    private static final long G = 1_000_000_000L;
    private static final long MAX = 10_000 * G;
    private static final Pattern TEXT = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*(bps|kbps|mbps|gbps)\\s*");

    public Bandwidth {
        if (bitsPerSecond < 0 || bitsPerSecond > MAX) {
            throw new IllegalArgumentException("bandwidth must be from 1bps to 10000Gbps or unlimited");
        }
    }

    public boolean isUnlimited() {
        return bitsPerSecond == 0;
    }

    /** Microseconds needed to put {@code bytes} on the wire; 0 when unlimited. */
    public long serializationMicros(long bytes) {
        if (isUnlimited() || bytes <= 0) {
            return 0;
        }
        return (long) Math.ceil(bytes * 8.0 * 1_000_000.0 / bitsPerSecond);
    }

    /**
     * @throws IllegalArgumentException with a message fit for a user
     */
    public static Bandwidth parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(
                    "expected a bandwidth such as \"100Mbps\" or \"unlimited\", got nothing");
        }
        String lower = text.trim().toLowerCase(Locale.ROOT);
        if (lower.equals("unlimited")) {
            return UNLIMITED;
        }
        Matcher m = TEXT.matcher(lower);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected a bandwidth such as \"512kbps\", \"100Mbps\", \"1Gbps\" or"
                    + " \"unlimited\", got \"" + Text.abbreviate(text, 40) + "\"");
        }
        long unit =
                switch (m.group(2)) {
                    case "bps" -> 1;
                    case "kbps" -> K;
                    case "mbps" -> M;
                    case "gbps" -> G;
                    default -> throw new IllegalStateException(m.group(2));
                };
        BigDecimal bits = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unit));
        if (bits.compareTo(BigDecimal.valueOf(MAX)) > 0) {
            throw new IllegalArgumentException(
                    "bandwidth \"" + Text.abbreviate(text, 40) + "\" is above the 10000Gbps dsw models");
        }
        if (bits.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(
                    "bandwidth \"" + Text.abbreviate(text, 40) + "\" is not a whole number of bits per second");
        }
        long value = bits.longValueExact();
        if (value == 0) {
            throw new IllegalArgumentException("bandwidth must be above zero; write \"unlimited\" for no limit");
        }
        return new Bandwidth(value);
    }

    /** The canonical text form, so that {@code parse(format())} gives the same value. */
    public String format() {
        if (isUnlimited()) {
            return "unlimited";
        }
        if (bitsPerSecond % G == 0) {
            return bitsPerSecond / G + "Gbps";
        }
        if (bitsPerSecond % M == 0) {
            return bitsPerSecond / M + "Mbps";
        }
        if (bitsPerSecond % K == 0) {
            return bitsPerSecond / K + "kbps";
        }
        return bitsPerSecond + "bps";
    }

    @Override
    public String toString() {
        return format();
    }
}
