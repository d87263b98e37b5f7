package dsw.simulation.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three history formats read to the same operations, and bad input is named by file, line and column. */
class HistoryReadersTest {
    private static final String EDN_LINES =
            """
            {:process 0, :type :invoke, :f :write, :value 3}
            {:process :nemesis, :type :info, :f :start, :value nil}
            {:process 1, :type :invoke, :f :cas, :value [3 4]}
            {:process 0, :type :ok, :f :write, :value 3}
            {:process 1, :type :info, :f :cas, :value [3 4]}
            """;

    private static final String JEPSEN_LOG =
            """
            2017-01-01 10:00:00,000{GMT}	INFO	[jepsen worker 0] jepsen.util - 0	:invoke	:write	3
            2017-01-01 10:00:00,001{GMT}	INFO	[jepsen nemesis] jepsen.util - :nemesis	:info	:start	nil
            2017-01-01 10:00:00,002{GMT}	INFO	[jepsen worker 1] jepsen.util - 1	:invoke	:cas	[3 4]
            2017-01-01 10:00:00,003{GMT}	INFO	[jepsen worker 0] jepsen.util - 0	:ok	:write	3
            2017-01-01 10:00:00,004{GMT}	INFO	[jepsen worker 1] jepsen.util - 1	:info	:cas	[3 4]
            """;

    private static final String DSW_LINES =
            """
            {"dsw-history": 1, "model": "cas-register", "initial": 3}
            {"process": "0", "type": "invoke", "f": "write", "value": 3}
            # the nemesis is not a client, so it has no line here
            {"process": "1", "type": "invoke", "f": "cas", "value": [3, 4]}
            {"process": "0", "type": "ok", "f": "write", "value": 3}
            {"process": "1", "type": "info", "f": "cas", "value": [3, 4]}
            """;

    /** Process, function, argument, completion and span: what a checker uses, without source lines. */
    private static List<String> shape(ClientHistory history) {
        return history.operations().stream()
                .map(op -> op.process() + " " + op.function() + " " + op.argument() + " " + op.completion() + " "
                        + op.invokedAt() + ".." + op.completedAt())
                .toList();
    }

    @Test
    void theThreeFormatsGiveTheSameOperations() throws HistoryFormatException {
        List<String> edn = shape(HistoryFormat.EDN.parse("h.edn", EDN_LINES));

        assertThat(edn).containsExactly("0 write 3 OK 0..2", "1 cas [3, 4] OPEN 1.." + Long.MAX_VALUE);
        assertThat(shape(HistoryFormat.JEPSEN_LOG.parse("h.log", JEPSEN_LOG))).isEqualTo(edn);
        assertThat(shape(HistoryFormat.DSW.parse("h.jsonl", DSW_LINES))).isEqualTo(edn);
        assertThat(shape(HistoryFormat.EDN.parse("v.edn", "[" + EDN_LINES + "]")))
                .isEqualTo(edn);
    }

    @Test
    void theDswHeaderDeclaresTheModelAndInitialValue() throws HistoryFormatException {
        ClientHistory history = HistoryFormat.DSW.parse("h.jsonl", DSW_LINES);

        assertThat(Models.guess(history)).isEqualTo("cas-register");
        assertThat(history.initial()).contains(3L);
    }

    @Test
    void theFormatIsGuessedFromTheExtension() {
        assertThat(HistoryFormat.guess(Path.of("a/run.edn"))).isEqualTo(HistoryFormat.EDN);
        assertThat(HistoryFormat.guess(Path.of("jepsen.log"))).isEqualTo(HistoryFormat.JEPSEN_LOG);
        assertThat(HistoryFormat.guess(Path.of("run.jsonl"))).isEqualTo(HistoryFormat.DSW);
    }

    @Test
    void brokenEdnIsNamedByFileLineAndColumn() {
        assertThatThrownBy(() -> HistoryFormat.EDN.parse(
                        "h.edn", "{:process 0, :type :invoke, :f :read}\n{:process 1 :type :invoke :f @}\n"))
                .isInstanceOf(HistoryFormatException.class)
                .hasMessage("h.edn:2:30: '@' is not a number, nil, keyword, string or collection");
        assertThatThrownBy(() -> HistoryFormat.EDN.parse("h.edn", "[{:process 0, :type :invoke, :f :read}\n"))
                .hasMessage("h.edn:2:1: the collection that holds the history is never closed with ]");
        assertThatThrownBy(() -> HistoryFormat.EDN.parse("h.edn", "\n  {:process 0, :f :read}"))
                .hasMessage("h.edn:2:3: the map has no :type");
    }

    @Test
    void aCompletionWithoutItsInvocationIsNamedByLine() {
        assertThatThrownBy(() -> HistoryFormat.EDN.parse(
                        "h.edn", "{:process 0, :type :invoke, :f :read}\n{:process 1, :type :ok, :f :read}"))
                .hasMessage("h.edn:2: process 1 completes read but invoked nothing");
        assertThatThrownBy(() -> HistoryFormat.DSW.parse("h.jsonl", "{\"process\": \"0\", \"type\": \"done\"}"))
                .hasMessage("h.jsonl:1: \"f\" is missing or not a string");
        assertThatThrownBy(() -> HistoryFormat.DSW.parse("h.jsonl", "{\"process\": 0,"))
                .hasMessageStartingWith("h.jsonl:1:");
        assertThatThrownBy(() -> HistoryFormat.JEPSEN_LOG.parse("h.log", "no history here\n"))
                .hasMessageStartingWith("h.log: no history lines");
    }
}
