package dsw.simulation.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The search's shortcuts (reads placed early, configurations remembered, orders dropped when a
 * pending read can no longer be met) never change a verdict: on thousands of small random
 * histories of one key, puts, appends and gets with overlapping and open operations, the checker
 * agrees with trying every order. Each case prints its seed when it fails.
 */
class LinearizabilityOracleTest {
    private static final Model KV = Models.named("kv", Optional.empty()).orElseThrow();
    private static final String[] FUNCTIONS = {"put", "append", "get"};

    @Test
    void theSearchAgreesWithTryingEveryOrder() {
        long base = new SplittableRandom().nextLong(1_000_000);
        System.out.println("LinearizabilityOracleTest: seeds " + base + " to " + (base + 2999));
        int violations = 0;
        for (long seed = base; seed < base + 3000; seed++) {
            List<Operation> history = generate(new SplittableRandom(seed));
            boolean expected = linearizableByEveryOrder(history);
            Verdict verdict = LinearizabilityChecker.check(new ClientHistory(history), KV, Cancellation.never())
                    .verdict();

            assertThat(verdict).as("seed %d: %s", seed, history).isEqualTo(expected ? Verdict.OK : Verdict.VIOLATION);
            violations += expected ? 0 : 1;
        }
        assertThat(violations)
                .as("seeds %d to %d give both verdicts", base, base + 2999)
                .isBetween(300, 2700);
    }

    /**
     * Three to seven operations on one key, each a process of its own, at random overlapping
     * times; a get returns what a random order of the writes before it would give, or a random
     * value, and a write is sometimes left open.
     */
    private static List<Operation> generate(SplittableRandom random) {
        int size = 3 + random.nextInt(5);
        List<Operation> ops = new ArrayList<>();
        StringBuilder written = new StringBuilder();
        for (int i = 0; i < size; i++) {
            String function = FUNCTIONS[random.nextInt(FUNCTIONS.length)];
            long invoked = random.nextInt(20);
            long completed = invoked + 1 + random.nextInt(8);
            String value;
            if (function.equals("get")) {
                value = random.nextInt(3) == 0 ? Integer.toString(random.nextInt(4)) : written.toString();
            } else {
                value = Integer.toString(i);
                written = function.equals("put") ? new StringBuilder(value) : written.append(value);
            }
            boolean open = !function.equals("get") && random.nextInt(6) == 0;
            List<Object> tuple = Arrays.asList("x", value);
            ops.add(new Operation(
                    i,
                    "p" + i,
                    function,
                    function.equals("get") ? Arrays.asList("x", null) : tuple,
                    open ? null : tuple,
                    open ? Completion.OPEN : Completion.OK,
                    2 * invoked,
                    open ? Long.MAX_VALUE : 2 * completed + 1,
                    0));
        }
        return ops;
    }

    /** Whether some order of all completed operations and any of the open ones respects real time and the model. */
    private static boolean linearizableByEveryOrder(List<Operation> history) {
        return extend(history, new boolean[history.size()], KV.initial());
    }

    private static boolean extend(List<Operation> history, boolean[] used, Object state) {
        boolean allCompletedUsed = true;
        for (int i = 0; i < history.size(); i++) {
            Operation op = history.get(i);
            if (!used[i] && op.completion() == Completion.OK) {
                allCompletedUsed = false;
            }
        }
        if (allCompletedUsed) {
            return true;
        }
        for (int i = 0; i < history.size(); i++) {
            Operation op = history.get(i);
            if (used[i] || !mayGoNext(history, used, op)) {
                continue;
            }
            Object after = KV.step(state, op);
            if (after == Model.IMPOSSIBLE) {
                continue;
            }
            used[i] = true;
            boolean found = extend(history, used, after);
            used[i] = false;
            if (found) {
                return true;
            }
        }
        return false;
    }

    /** No operation left out completed before {@code op} was invoked. */
    private static boolean mayGoNext(List<Operation> history, boolean[] used, Operation op) {
        for (int j = 0; j < history.size(); j++) {
            Operation other = history.get(j);
            if (!used[j] && !other.equals(op) && other.completion() == Completion.OK && other.precedes(op)) {
                return false;
            }
        }
        return true;
    }
}
