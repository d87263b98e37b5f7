package dsw.model.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void abbreviateKeepsAMessageOnOneLineAndHarmlessForATerminal() {
        assertThat(Text.abbreviate("a\nb\tc\rd", 40)).isEqualTo("a\\nb\\tc\\rd");
        assertThat(Text.abbreviate("red \u001B[31m alert \u0007", 40)).isEqualTo("red \\u001B[31m alert \\u0007");
        assertThat(Text.abbreviate("x".repeat(100), 10)).isEqualTo("xxxxxxxxx…");
        assertThat(Text.abbreviate("rocket 🚀🚀🚀", 9)).isEqualTo("rocket …");
    }

    @Test
    void aNameWithALineBreakSaysSo() {
        assertThatThrownBy(() -> Text.requireName("name", "Orders\ndatabase", false))
                .hasMessage("name contains a line break at position 7; names and labels are a single line of text");
        assertThatThrownBy(() -> Text.requireName("name", "Load\u0007balancer", false))
                .hasMessage("name contains a control character (U+0007) at position 5; names and labels are a single"
                        + " line of text");
    }
}
