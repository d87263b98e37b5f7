package dsw.bench;

import dsw.simulation.check.ClientHistory;
import dsw.simulation.check.Completion;
import dsw.simulation.check.HistoryFormatException;
import dsw.simulation.check.HistoryRecorder;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A key-value history that is linearizable by construction: clients call one single-copy store,
 * each operation takes effect at a random moment between its invocation and its completion, and
 * a random client moves at each step, so operations overlap at random. Stateless, thread-safe.
 */
final class SingleCopyKvHistory {
    /** One client's operation in flight; {@code value} is what a get returned once it took effect. */
    private static final class Call {
        final String function;
        final String key;
        String value;
        boolean applied;

        Call(String function, String key, String value) {
            this.function = function;
            this.key = key;
            this.value = value;
        }
    }

    private SingleCopyKvHistory() {}

    /** {@code operations} operations by {@code clients} clients over {@code keys} keys, from {@code seed}. */
    static ClientHistory generate(int operations, int clients, int keys, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        HistoryRecorder recorder = new HistoryRecorder("generated");
        Map<String, String> store = new HashMap<>();
        Call[] calls = new Call[clients];
        int invoked = 0;
        int busy = 0;
        while (invoked < operations || busy > 0) {
            int client = random.nextInt(clients);
            String process = "c" + client;
            Call call = calls[client];
            if (call == null) {
                if (invoked == operations) {
                    continue;
                }
                String function = new String[] {"get", "put", "append"}[random.nextInt(3)];
                call = new Call(
                        function,
                        "k" + random.nextInt(keys),
                        function.equals("get") ? null : Integer.toString(invoked));
                calls[client] = call;
                recorder.invoke(process, function, Arrays.asList(call.key, call.value), 0);
                invoked++;
                busy++;
            } else if (!call.applied) {
                String now = store.getOrDefault(call.key, "");
                switch (call.function) {
                    case "get" -> call.value = now;
                    case "put" -> store.put(call.key, call.value);
                    default -> store.put(call.key, now + call.value);
                }
                call.applied = true;
            } else {
                complete(recorder, process, call);
                calls[client] = null;
                busy--;
            }
        }
        return recorder.history();
    }

    private static void complete(HistoryRecorder recorder, String process, Call call) {
        try {
            recorder.complete(process, Completion.OK, call.function, Arrays.asList(call.key, call.value), 0);
        } catch (HistoryFormatException e) {
            throw new IllegalStateException("the generator completed a call it did not make", e);
        }
    }
}
