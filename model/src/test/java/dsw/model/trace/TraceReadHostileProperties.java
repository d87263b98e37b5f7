package dsw.model.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Damaged trace files (bytes changed, cut out, repeated; lines swapped) are either read or refused
 * with a {@link TraceFormatException} that names a line in the file; never another exception.
 * jqwik prints the seed of a failing case.
 */
class TraceReadHostileProperties {
    private static final String[] SPLICES = {
        "",
        "\"",
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "0",
        "-1",
        "null",
        "\"send\"",
        "\"receive\"",
        "\"drop\"",
        "\"msg\":0,",
        "\"vc\":{},",
        "\n",
        "\r",
        "\u00e9",
        "99999999999999999999"
    };

    @Property(tries = 400)
    void damagedFilesAreReadOrRefusedWithALine(@ForAll long seed) throws IOException {
        Random random = new Random(seed);
        Trace trace = RandomTraces.generate(random, 1 + random.nextInt(4), random.nextInt(40));
        byte[] bytes = damage(random, TraceJsonTest.write(trace));
        int lines = 1;
        for (byte b : bytes) {
            lines += b == '\n' ? 1 : 0;
        }
        try {
            Trace read = TraceJson.read(new ByteArrayInputStream(bytes));
            assertThat(TraceJsonTest.write(read)).isNotEmpty();
        } catch (TraceFormatException e) {
            assertThat(e.line()).isBetween(1, lines);
            assertThat(e.problem()).isNotBlank().doesNotContain("Exception").doesNotContain("com.fasterxml");
        }
    }

    private static byte[] damage(Random random, byte[] bytes) {
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        for (int i = random.nextInt(3) + 1; i > 0; i--) {
            int at = random.nextInt(text.length() + 1);
            int end = Math.min(text.length(), at + random.nextInt(12));
            switch (random.nextInt(4)) {
                case 0 -> text = text.substring(0, at) + text.substring(end);
                case 1 -> text = text.substring(0, at) + SPLICES[random.nextInt(SPLICES.length)] + text.substring(at);
                case 2 -> text = text.substring(0, end) + text.substring(at, end) + text.substring(end);
                default -> {
                    String[] lines = text.split("\n", -1);
                    if (lines.length > 2) {
                        int a = 1 + random.nextInt(lines.length - 1);
                        int b = 1 + random.nextInt(lines.length - 1);
                        String swap = lines[a];
                        lines[a] = lines[b];
                        lines[b] = swap;
                        text = String.join("\n", lines);
                    }
                }
            }
        }
        return text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
