package dsw.simulation.behavior;

import dsw.model.trace.Status;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code idempotency} pattern's memory: the answers of the client requests a server has
 * applied, by request id, each kept for the retention time. Not thread-safe.
 */
final class IdempotencyKeys {
    private record Memo(Status status, long expires) {}

    private final long retention;
    private final Map<Integer, Memo> memos = new HashMap<>();
    private final ArrayDeque<Integer> order = new ArrayDeque<>();

    IdempotencyKeys(long retention) {
        this.retention = retention;
    }

    /** The remembered answer to request {@code request}, or null when it is new (or forgotten). */
    Status recall(int request, long now) {
        forget(now);
        Memo memo = memos.get(request);
        return memo == null ? null : memo.status();
    }

    /** Remembers {@code status} as the answer to request {@code request} from {@code now} on. */
    void remember(int request, Status status, long now) {
        memos.put(request, new Memo(status, now + retention));
        order.add(request);
    }

    /** Forgets, oldest first, the answers whose retention is over. */
    private void forget(long now) {
        while (!order.isEmpty()) {
            int oldest = order.peek();
            Memo memo = memos.get(oldest);
            if (memo != null && memo.expires() > now) {
                return;
            }
            order.poll();
            memos.remove(oldest);
        }
    }
}
