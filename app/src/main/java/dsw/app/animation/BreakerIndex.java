package dsw.app.animation;

import dsw.model.trace.Decision;
import dsw.model.trace.EventType;
import dsw.model.trace.Trace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each circuit breaker of a run changed state: per calling process and per callee (the
 * component its decision labels name, as in "breaker open for payments"), the seqs of its
 * {@code BREAKER_*} decisions, in order. Answers "which state is each breaker in after the first
 * {@code shown} events" with one binary search per breaker, so a frame never scans the trace.
 * Immutable, thread-safe; a {@link Builder} extends it over a growing trace.
 */
final class BreakerIndex {
    static final BreakerIndex EMPTY = new BreakerIndex(List.of(), 0);

    /** One breaker: a caller process and the callee its labels name. */
    record Breaker(int process, String callee) {}

    /**
     * A breaker at a moment.
     *
     * @param seq the decision that put it in this state
     */
    record Mark(Breaker breaker, BreakerState state, int seq) {}

    private final List<Series> series;
    private final int size;

    private BreakerIndex(List<Series> series, int size) {
        this.series = series;
        this.size = size;
    }

    /** The events covered: seqs below this. */
    int size() {
        return size;
    }

    /** Every breaker that had decided something among the first {@code shown} events, with its state then. */
    List<Mark> at(Trace trace, int shown) {
        List<Mark> marks = new ArrayList<>();
        for (Series s : series) {
            int i = Arrays.binarySearch(s.seqs, 0, s.count, shown);
            int last = (i >= 0 ? i : -i - 1) - 1;
            if (last >= 0) {
                int seq = s.seqs[last];
                marks.add(new Mark(s.breaker, BreakerState.after(trace.decision(seq)), seq));
            }
        }
        return marks;
    }

    /** A breaker's decisions; {@code seqs} is only ever appended to past {@code count}. */
    private static final class Series {
        final Breaker breaker;
        final int[] seqs;
        final int count;

        Series(Breaker breaker, int[] seqs, int count) {
            this.breaker = breaker;
            this.seqs = seqs;
            this.count = count;
        }
    }

    /** Extends a {@link BreakerIndex} over a growing trace, O(1) per event. Use from one thread at a time. */
    static final class Builder {
        private final Trace trace;
        private final Map<Breaker, Integer> numbers = new HashMap<>();
        private final List<Breaker> breakers = new ArrayList<>();
        private final List<int[]> seqs = new ArrayList<>();
        private final List<Integer> counts = new ArrayList<>();
        private int position;

        Builder(Trace trace) {
            this.trace = trace;
        }

        BreakerIndex build(int upTo) {
            int target = Math.min(upTo, trace.size());
            for (; position < target; position++) {
                if (trace.type(position) != EventType.LOCAL) {
                    continue;
                }
                Decision decision = trace.decision(position);
                if (BreakerState.after(decision) == null) {
                    continue;
                }
                Breaker breaker = new Breaker(trace.process(position), Decision.breakerCallee(trace.detail(position)));
                Integer n = numbers.get(breaker);
                if (n == null) {
                    n = breakers.size();
                    numbers.put(breaker, n);
                    breakers.add(breaker);
                    seqs.add(new int[8]);
                    counts.add(0);
                }
                int[] array = seqs.get(n);
                int count = counts.get(n);
                if (count == array.length) {
                    // A new array: the index published before keeps reading the old one.
                    array = Arrays.copyOf(array, count * 2);
                    seqs.set(n, array);
                }
                array[count] = position;
                counts.set(n, count + 1);
            }
            List<Series> series = new ArrayList<>(breakers.size());
            for (int i = 0; i < breakers.size(); i++) {
                series.add(new Series(breakers.get(i), seqs.get(i), counts.get(i)));
            }
            return new BreakerIndex(List.copyOf(series), position);
        }
    }
}
