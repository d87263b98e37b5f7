package dsw.simulation.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Lowe's just-in-time linearization over one independent part of a history. The search walks the
 * call and return events in real-time order and places an operation only when it must: when its
 * return comes and it is not placed yet, it is placed then, possibly after some pending operations
 * that change the state. Read-only operations are placed as soon as the state fits them, which never
 * loses an order. A configuration (event, placed pending operations, state) is explored once, and
 * forgotten once no choice left on the stack can lead back before its event, or when more than
 * {@value #REMEMBERED} are kept (forgetting only costs repeated work, so memory stays bounded). Open
 * operations never return, so they need not be placed. Not thread-safe: one search, one thread.
 */
final class LinearizabilitySearch {
    /** The deepest point the search reached before it had to back up. */
    record Deepest(List<Operation> ordered, List<Object> states, Operation stuck) {}

    /** How the search ended: {@code deepest} is set for a violation. */
    record Outcome(Verdict verdict, Deepest deepest, long configurations) {}

    /** An explored configuration at one event: the pending operations already placed, and the state. Immutable. */
    private static final class Configuration {
        private final int[] placed;
        private final Object state;
        private final int hash;

        Configuration(int[] placed, Object state) {
            this.placed = placed;
            this.state = state;
            this.hash = 31 * Arrays.hashCode(placed) + Objects.hashCode(state);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Configuration that
                    && hash == that.hash
                    && Arrays.equals(placed, that.placed)
                    && Objects.equals(state, that.state);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** A return where the search chose which operations to place, and the choices left. */
    private static final class Choice {
        final int at;
        final Object state;
        final int[] candidates;
        final int trail;
        final int placed;
        int next;

        Choice(int at, Object state, int[] candidates, int trail, int placed) {
            this.at = at;
            this.state = state;
            this.candidates = candidates;
            this.trail = trail;
            this.placed = placed;
        }
    }

    /** The most explored configurations kept at once. */
    private static final int REMEMBERED = 100_000;

    /** Undo records on the trail: an operation placed, unplaced on return, invoked, or returned. */
    private static final int PLACE = 0;

    private static final int UNPLACE = 1;
    private static final int INVOKE = 2;
    private static final int RETURN = 3;

    private final Model model;
    private final List<Operation> operations;
    /** Call ({@code 2 * op}) and return ({@code 2 * op + 1}) events in real-time order; open operations have no return. */
    private final int[] events;

    /** The index in {@code events} of each operation's return; {@code events.length} for an open one. */
    private final int[] returnEvent;

    private final boolean[] readOnly;
    /** Operations that may also return without taking effect. */
    private final boolean[] optional;

    private final boolean[] placedPending;
    private final int[] pending;
    private final int[] pendingAt;
    private int pendingCount;
    private int[] trail = new int[64];
    private int trailSize;
    private final Operation[] order;
    private final Object[] before;
    private int placed;
    /** The deepest point reached so far, and its event. */
    private Deepest deepest;

    private int deepestAt = -1;

    LinearizabilitySearch(Model model, List<Operation> operations) {
        this(model, operations, Set.of());
    }

    /**
     * A search where the completed operations in {@code optional} may take effect or not, within
     * their own time: the relaxed writes of a shrunk explanation.
     */
    LinearizabilitySearch(Model model, List<Operation> operations, Set<Operation> optional) {
        this.model = model;
        this.operations = List.copyOf(operations);
        int size = operations.size();
        events = IntStream.range(0, 2 * size)
                .filter(entry -> entry % 2 == 0 || operations.get(entry / 2).completion() != Completion.OPEN)
                .boxed()
                .sorted(Comparator.comparingLong(this::time).thenComparingInt(entry -> entry))
                .mapToInt(Integer::intValue)
                .toArray();
        readOnly = new boolean[size];
        this.optional = new boolean[size];
        for (int i = 0; i < size; i++) {
            readOnly[i] = model.readOnly(operations.get(i));
            this.optional[i] = optional.contains(operations.get(i));
        }
        placedPending = new boolean[size];
        pending = new int[size];
        pendingAt = new int[size];
        order = new Operation[size];
        before = new Object[size];
        returnEvent = new int[size];
        Arrays.fill(returnEvent, events.length);
        for (int at = 0; at < events.length; at++) {
            if (events[at] % 2 == 1) {
                returnEvent[events[at] / 2] = at;
            }
        }
    }

    private long time(int entry) {
        Operation op = operations.get(entry / 2);
        return entry % 2 == 0 ? op.invokedAt() : op.completedAt();
    }

    Outcome run(Cancellation cancellation) {
        List<Set<Configuration>> explored = new ArrayList<>(Collections.nCopies(events.length, null));
        long configurations = 0;
        int forgotten = 0;
        int remembered = 0;
        Deque<Choice> choices = new ArrayDeque<>();
        Object state = model.initial();
        int at = 0;
        long steps = 0;
        while (true) {
            int doomedBy = -1;
            for (; at < events.length; at++) {
                int op = events[at] / 2;
                if (events[at] % 2 == 0) {
                    record(INVOKE, op);
                    addPending(op);
                    if (readOnly[op]) {
                        if (model.step(state, operations.get(op)) != Model.IMPOSSIBLE) {
                            place(op, state);
                        } else if (unreachableRead(state, at + 1) == op) {
                            doomedBy = op;
                            break;
                        }
                    }
                } else if (placedPending[op]) {
                    returned(op);
                } else {
                    break;
                }
            }
            if (at == events.length) {
                return new Outcome(Verdict.OK, null, configurations);
            }
            int lowest = choices.isEmpty() ? at : choices.getLast().at;
            for (; forgotten < lowest; forgotten++) {
                if (explored.get(forgotten) != null) {
                    remembered -= explored.get(forgotten).size();
                    explored.set(forgotten, null);
                }
            }
            if (remembered > REMEMBERED) {
                Collections.fill(explored, null);
                remembered = 0;
            }
            if (explored.get(at) == null) {
                explored.set(at, new HashSet<>());
            }
            if (doomedBy >= 0) {
                stuckAt(returnEvent[doomedBy], state, doomedBy);
            } else if (explored.get(at).add(new Configuration(placedPendingOperations(), state))) {
                configurations++;
                remembered++;
                choices.push(new Choice(at, state, candidates(events[at] / 2), trailSize, placed));
            }
            while (true) {
                if ((++steps & 0x3FF) == 0 && cancellation.cancelled()) {
                    return new Outcome(Verdict.UNKNOWN, null, configurations);
                }
                Choice choice = choices.peek();
                if (choice == null) {
                    return new Outcome(Verdict.VIOLATION, deepest, configurations);
                }
                undoTo(choice.trail);
                placed = choice.placed;
                state = choice.state;
                at = choice.at;
                int candidate = choice.candidates[choice.next++];
                boolean last = choice.next == choice.candidates.length;
                if (last) {
                    choices.pop();
                }
                if (candidate < 0) {
                    record(RETURN, ~candidate);
                    removePending(~candidate);
                    at++;
                } else {
                    Object after = model.step(state, operations.get(candidate));
                    if (after == Model.IMPOSSIBLE) {
                        if (last) {
                            stuckAt(at, state, events[at] / 2);
                        }
                        continue;
                    }
                    place(candidate, state);
                    if (candidate == events[at] / 2) {
                        returned(candidate);
                        at++;
                    }
                    state = after;
                    placeReadsThatFit(state);
                }
                int unreachable = unreachableRead(state, at);
                if (unreachable >= 0) {
                    stuckAt(returnEvent[unreachable], state, unreachable);
                    continue;
                }
                break;
            }
        }
    }

    /** A placed operation returns: it is no longer pending. */
    private void returned(int op) {
        record(UNPLACE, op);
        placedPending[op] = false;
        record(RETURN, op);
        removePending(op);
    }

    /**
     * The operation returning at this choice first (then, if it is optional, returning without
     * effect, written {@code ~op}), then the pending ones that may change the state, in history order.
     */
    private int[] candidates(int returning) {
        int[] others = new int[pendingCount + 2];
        int count = 0;
        others[count++] = returning;
        int first = 1;
        if (optional[returning]) {
            others[count++] = ~returning;
            first = 2;
        }
        for (int i = 0; i < pendingCount; i++) {
            int op = pending[i];
            if (op != returning && !placedPending[op] && !readOnly[op]) {
                others[count++] = op;
            }
        }
        Arrays.sort(others, first, count);
        return Arrays.copyOf(others, count);
    }

    /**
     * A pending read that no order of the writes it may still follow can satisfy from {@code
     * state}, or -1. Every operation placed so far precedes every read still to be placed, so such
     * a read dooms this configuration; the writes it may follow are the pending ones and those
     * invoked before it returns.
     */
    private int unreachableRead(Object state, int from) {
        List<Operation> pendingWrites = null;
        for (int i = 0; i < pendingCount; i++) {
            int read = pending[i];
            if (!readOnly[read] || placedPending[read] || model.step(state, operations.get(read)) != Model.IMPOSSIBLE) {
                continue;
            }
            if (pendingWrites == null) {
                pendingWrites = new ArrayList<>();
                for (int j = 0; j < pendingCount; j++) {
                    int op = pending[j];
                    if (!readOnly[op] && !placedPending[op]) {
                        pendingWrites.add(operations.get(op));
                    }
                }
            }
            List<Operation> writes = new ArrayList<>(pendingWrites);
            for (int at = from; at < returnEvent[read]; at++) {
                if (events[at] % 2 == 0 && !readOnly[events[at] / 2]) {
                    writes.add(operations.get(events[at] / 2));
                }
            }
            if (!model.canReach(state, operations.get(read), writes)) {
                return read;
            }
        }
        return -1;
    }

    /** Places every pending read-only operation that fits {@code state}: placing it now never loses an order. */
    private void placeReadsThatFit(Object state) {
        for (int i = 0; i < pendingCount; i++) {
            int op = pending[i];
            if (readOnly[op] && !placedPending[op] && model.step(state, operations.get(op)) != Model.IMPOSSIBLE) {
                place(op, state);
            }
        }
    }

    private void place(int op, Object state) {
        order[placed] = operations.get(op);
        before[placed] = state;
        placed++;
        record(PLACE, op);
        placedPending[op] = true;
    }

    private int[] placedPendingOperations() {
        int[] ops = new int[pendingCount];
        int count = 0;
        for (int i = 0; i < pendingCount; i++) {
            if (placedPending[pending[i]]) {
                ops[count++] = pending[i];
            }
        }
        Arrays.sort(ops, 0, count);
        return Arrays.copyOf(ops, count);
    }

    /** Keeps this point as the deepest when it is beyond the one kept: event {@code at}, where {@code op} cannot be placed. */
    private void stuckAt(int at, Object state, int op) {
        if (at > deepestAt) {
            deepestAt = at;
            deepest = deepest(state, operations.get(op));
        }
    }

    private Deepest deepest(Object state, Operation stuck) {
        List<Object> states = new ArrayList<>(Arrays.asList(before).subList(0, placed));
        states.add(state);
        return new Deepest(new ArrayList<>(Arrays.asList(order).subList(0, placed)), states, stuck);
    }

    private void record(int kind, int op) {
        if (trailSize == trail.length) {
            trail = Arrays.copyOf(trail, 2 * trail.length);
        }
        trail[trailSize++] = 4 * op + kind;
    }

    private void undoTo(int size) {
        while (trailSize > size) {
            int entry = trail[--trailSize];
            int op = entry / 4;
            switch (entry % 4) {
                case PLACE -> placedPending[op] = false;
                case UNPLACE -> placedPending[op] = true;
                case INVOKE -> removePending(op);
                default -> addPending(op);
            }
        }
    }

    private void addPending(int op) {
        pendingAt[op] = pendingCount;
        pending[pendingCount++] = op;
    }

    private void removePending(int op) {
        int last = pending[--pendingCount];
        pending[pendingAt[op]] = last;
        pendingAt[last] = pendingAt[op];
    }
}
