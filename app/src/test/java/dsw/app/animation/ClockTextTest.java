package dsw.app.animation;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.trace.ProcessInfo;
import dsw.model.trace.TraceHeader;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClockTextTest {
    @Test
    void aShortVectorIsShownWhole() {
        assertThat(ClockText.compact(12, new int[] {3, 0, 5})).isEqualTo("L12 [3,0,5]");
        assertThat(ClockText.compact(7, null)).isEqualTo("L7");
    }

    @Test
    void aLongVectorIsCutWithAnEllipsis() {
        int[] vector = new int[200];
        Arrays.fill(vector, 1234);
        String text = ClockText.compact(99, vector);
        assertThat(text).startsWith("L99 [1234,1234,").endsWith(",…]");
        assertThat(text.length()).isLessThanOrEqualTo("L99 [".length() + ClockText.COMPACT_LIMIT + 2);
    }

    @Test
    void theFullFormNamesEveryProcess() {
        TraceHeader header = new TraceHeader(
                1,
                "d",
                List.of(new ProcessInfo("web#1", "web", "service", 1), new ProcessInfo("db", "db", "database", 1)),
                List.of());
        assertThat(ClockText.full(new int[] {4, 2}, header)).isEqualTo("[web#1:4, db:2]");
    }
}
