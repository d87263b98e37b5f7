package dsw.model.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import dsw.model.kind.Behavior;
import dsw.model.pattern.ConsistencyAdvice.Advice;
import dsw.model.pattern.ConsistencyAdvice.Suggestion;
import dsw.model.pattern.Replication.Leaderless;
import dsw.model.pattern.Replication.MultiLeader;
import dsw.model.pattern.Replication.SingleLeader;
import dsw.model.pattern.Replication.SingleLeader.Failover;
import dsw.model.pattern.Replication.SingleLeader.Mode;
import dsw.model.pattern.Replication.SingleLeader.ReadFrom;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConsistencyAdviceTest {
    private static final String NAME = "Orders";

    /** Every setting a user can choose for {@code replicas} instances. */
    private static List<Replication> everySetting(int replicas) {
        List<Replication> out = new ArrayList<>();
        out.add(Replication.NONE);
        for (Mode mode : Mode.values()) {
            for (ReadFrom readFrom : ReadFrom.values()) {
                for (Failover failover : Failover.values()) {
                    for (boolean fencing : new boolean[] {true, false}) {
                        out.add(new SingleLeader(mode, readFrom, failover, 250_000, fencing));
                    }
                }
            }
        }
        for (MultiLeader.Resolution resolution : MultiLeader.Resolution.values()) {
            out.add(new MultiLeader(resolution));
        }
        for (int r = 1; r <= replicas; r++) {
            for (int w = 1; w <= replicas; w++) {
                for (boolean repair : new boolean[] {true, false}) {
                    for (boolean handoff : new boolean[] {true, false}) {
                        out.add(new Leaderless(r, w, repair, handoff));
                    }
                }
            }
        }
        return out;
    }

    private static Advice advice(int replicas, Replication replication, ConsistencyModel promise) {
        return ConsistencyAdvice.of(NAME, Behavior.DATABASE, replicas, replication, promise);
    }

    @Test
    void everySuggestionKeepsThePromiseWhenApplied() {
        int suggestions = 0;
        for (int n = 2; n <= 5; n++) {
            for (Replication current : everySetting(n)) {
                for (ConsistencyModel promise : ConsistencyModel.values()) {
                    Advice advice = advice(n, current, promise);
                    String context = n + " replicas, " + current + ", " + promise;
                    if (!advice.keeps()) {
                        assertThat(advice.suggestions())
                                .as("a broken promise has a way out: " + context)
                                .isNotEmpty();
                    }
                    for (Suggestion s : advice.suggestions()) {
                        suggestions++;
                        assertThat(s.replication()).as(context).isNotEqualTo(current);
                        assertThat(advice(n, s.replication(), promise).warnings())
                                .as("applying \"" + s.summary() + "\" for " + context)
                                .isEmpty();
                    }
                }
            }
        }
        assertThat(suggestions).isGreaterThan(1_000);
    }

    @Test
    void settingsThatKeepThePromiseGetNeitherWarningsNorSuggestions() {
        for (int n = 2; n <= 5; n++) {
            for (Replication current : everySetting(n)) {
                for (ConsistencyModel promise : ConsistencyModel.values()) {
                    Advice advice = advice(n, current, promise);
                    if (advice.keeps()) {
                        assertThat(advice.suggestions())
                                .as(current + ", " + promise)
                                .isEmpty();
                    }
                }
            }
        }
    }

    @Test
    void impossiblePairsAlwaysWarn() {
        Set<ConsistencyModel> strong = EnumSet.of(ConsistencyModel.SEQUENTIAL, ConsistencyModel.LINEARIZABLE);
        Set<ConsistencyModel> aboveEventual =
                EnumSet.range(ConsistencyModel.MONOTONIC_READS, ConsistencyModel.LINEARIZABLE);
        int checked = 0;
        for (int n = 2; n <= 5; n++) {
            for (Replication r : everySetting(n)) {
                for (ConsistencyModel promise : ConsistencyModel.values()) {
                    boolean impossible = promise != ConsistencyModel.NONE && r.equals(Replication.NONE)
                            || r instanceof MultiLeader && aboveEventual.contains(promise)
                            || r instanceof Leaderless l && l.r() + l.w() <= n && aboveEventual.contains(promise)
                            || r instanceof Leaderless l2
                                    && !l2.readRepair()
                                    && (strong.contains(promise)
                                            || promise == ConsistencyModel.CAUSAL
                                            || promise == ConsistencyModel.MONOTONIC_READS)
                            || r instanceof SingleLeader s
                                    && s.mode() == Mode.ASYNCHRONOUS
                                    && s.readFrom() == ReadFrom.FOLLOWERS
                                    && aboveEventual.contains(promise)
                            || r instanceof SingleLeader s2
                                    && s2.failover() == Failover.AUTOMATIC
                                    && !s2.fencing()
                                    && aboveEventual.contains(promise);
                    if (impossible) {
                        checked++;
                        List<String> warnings = advice(n, r, promise).warnings().stream()
                                .map(ConsistencyAdvice.Warning::sentence)
                                .toList();
                        assertThat(warnings)
                                .as(n + " replicas, " + r + ", " + promise)
                                .isNotEmpty();
                        assertThat(warnings).allSatisfy(w -> assertThat(w)
                                .startsWith(NAME + " promises ")
                                .endsWith("."));
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(500);
    }

    @Test
    void asyncFollowerReadsNameTheSettingThatBreaksLinearizability() {
        Replication r = new SingleLeader(Mode.ASYNCHRONOUS, ReadFrom.FOLLOWERS, Failover.MANUAL, 500_000, true);

        Advice advice = advice(3, r, ConsistencyModel.LINEARIZABLE);

        assertThat(advice.warnings())
                .extracting(ConsistencyAdvice.Warning::sentence)
                .contains("Orders promises linearizable reads, but asynchronous followers with follower reads can"
                        + " return stale data.");
        assertThat(advice.suggestions())
                .extracting(Suggestion::summary)
                .containsExactly(
                        "single-leader, synchronous, reads from the leader, manual failover, fencing on",
                        "leaderless, R 2 and W 2 of 3, read repair on, hinted handoff off");
    }

    @Test
    void leaderlessQuorumsThatOverlapWithReadRepairKeepEveryPromise() {
        for (ConsistencyModel promise : ConsistencyModel.values()) {
            assertThat(advice(3, new Leaderless(2, 2), promise).keeps())
                    .as("%s", promise)
                    .isTrue();
        }
        assertThat(advice(3, new Leaderless(1, 2), ConsistencyModel.READ_YOUR_WRITES)
                        .warnings())
                .extracting(ConsistencyAdvice.Warning::reason)
                .singleElement(STRING)
                .contains("R 1 + W 2 is not more than its 3 replicas");
        assertThat(advice(3, new Leaderless(2, 2, false, true), ConsistencyModel.LINEARIZABLE)
                        .warnings())
                .extracting(ConsistencyAdvice.Warning::reason)
                .singleElement(STRING)
                .contains("without read repair");
        assertThat(advice(3, new Leaderless(2, 2, false, true), ConsistencyModel.READ_YOUR_WRITES)
                        .keeps())
                .as("a client's own write is on W replicas, which every R read meets")
                .isTrue();
        assertThat(advice(3, new Leaderless(2, 2, false, false), ConsistencyModel.EVENTUAL)
                        .warnings())
                .extracting(ConsistencyAdvice.Warning::reason)
                .singleElement(STRING)
                .contains("neither read repair nor hinted handoff");
    }

    @Test
    void oneInstanceKeepsEveryPromiseAndOtherKindsGetNoAdvice() {
        for (Replication r : everySetting(1)) {
            for (ConsistencyModel promise : ConsistencyModel.values()) {
                assertThat(advice(1, r, promise).warnings()).isEmpty();
            }
        }
        assertThat(ConsistencyAdvice.of(NAME, Behavior.SERVICE, 3, Replication.NONE, ConsistencyModel.LINEARIZABLE)
                        .warnings())
                .isEmpty();
    }

    @Test
    void suggestionsLikeTheCurrentSettingsComeFirstAndKeepItsOtherChoices() {
        Replication current = new Leaderless(1, 1, false, true);

        List<Suggestion> suggestions = ConsistencyAdvice.suggestions(3, current, ConsistencyModel.READ_YOUR_WRITES);

        assertThat(suggestions.get(0).replication()).isEqualTo(new Leaderless(2, 2, true, true));
        assertThat(suggestions.get(0).summary())
                .isEqualTo("leaderless, R 2 and W 2 of 3, read repair on, hinted handoff on");
    }
}
