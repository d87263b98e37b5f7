package dsw.bench;

import dsw.simulation.check.ClientHistory;
import dsw.simulation.check.Completion;
import dsw.simulation.check.HistoryRecorder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A key-value history that is linearizable by construction: clients call one single-copy store,
 * each operation takes effect at a random moment between its invocation and its completion, and
 * a random client moves at each step, so operations overlap at random. Stateless, thread-safe.
 */
final class SingleCopyKvHistory {
    /** Where one client's current operation is. */
    private enum Phase {
        IDLE,
        INVOKED,
        APPLIED
    }

    private SingleCopyKvHistory() {}

    /** {@code operations} operations by {@code clients} clients over {@code keys} keys, from {@code seed}. */
    static ClientHistory generate(int operations, int clients, int keys, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        HistoryRecorder recorder = new HistoryRecorder("generated");
        Map<String, String> store = new HashMap<>();
        Phase[] phase = new Phase[clients];
        java.util.Arrays.fill(phase, Phase.IDLE);
        List<Object[]> current = new ArrayList<>(java.util.Collections.nCopies(clients, null));
        int invoked = 0;
        int busy = 0;
        while (invoked < operations || busy > 0) {
            int client = random.nextInt(clients);
            String process = "c" + client;
            switch (phase[client]) {
                case IDLE -> {
                    if (invoked == operations) {
                        continue;
                    }
                    String key = "k" + random.nextInt(keys);
                    String function =
                            switch (random.nextInt(3)) {
                                case 0 -> "get";
                                case 1 -> "put";
                                default -> "append";
                            };
                    String value = function.equals("get") ? null : Integer.toString(invoked);
                    current.set(client, new Object[] {function, key, value});
                    recorder.invoke(process, function, java.util.Arrays.asList(key, value), 0);
                    phase[client] = Phase.INVOKED;
                    invoked++;
                    busy++;
                }
                case INVOKED -> {
                    Object[] op = current.get(client);
                    String key = (String) op[1];
                    String now = store.getOrDefault(key, "");
                    switch ((String) op[0]) {
                        case "get" -> op[2] = now;
                        case "put" -> store.put(key, (String) op[2]);
                        default -> store.put(key, now + op[2]);
                    }
                    phase[client] = Phase.APPLIED;
                }
                case APPLIED -> {
                    Object[] op = current.get(client);
                    try {
                        recorder.complete(
                                process, Completion.OK, (String) op[0], java.util.Arrays.asList(op[1], op[2]), 0);
                    } catch (dsw.simulation.check.HistoryFormatException e) {
                        throw new IllegalStateException(e);
                    }
                    phase[client] = Phase.IDLE;
                    busy--;
                }
            }
        }
        return recorder.history();
    }
}
