package dsw.model.trace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The raw JSON buffer formats numbers exactly as Java does and grows as needed. */
class RawJsonTest {
    @Test
    void numbersOfEveryLength() {
        int[] values = {
            0,
            1,
            9,
            10,
            11,
            99,
            100,
            101,
            999,
            1000,
            9999,
            10_000,
            99_999,
            100_000,
            123_456,
            999_999,
            1_000_000,
            12_345_678,
            99_999_999,
            100_000_000,
            999_999_999,
            1_000_000_000,
            Integer.MAX_VALUE
        };
        for (int value : values) {
            RawJson json = new RawJson();
            json.field("\"p\":".getBytes(java.nio.charset.StandardCharsets.UTF_8), value)
                    .append((byte) ',');
            json.append(value);
            assertThat(json.getValue()).isEqualTo("\"p\":" + value + "," + value);
        }
    }

    @Test
    void growsPastItsFirstBuffer() {
        RawJson json = new RawJson();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            json.append(i).append((byte) ' ');
            expected.append(i).append(' ');
        }
        assertThat(json.getValue()).isEqualTo(expected.toString());
        assertThat(json.asUnquotedUTF8()).hasSize(json.length());
        assertThat(json.appendUnquotedUTF8(new byte[10], 0)).isEqualTo(-1);
    }
}
