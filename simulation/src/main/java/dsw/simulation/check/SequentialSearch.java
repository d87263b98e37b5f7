package dsw.simulation.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Searches for one total order of a history that keeps each process's own order (not real time)
 * and that the model accepts. Sequential consistency does not compose, so the whole history is one
 * search: a configuration is how far each process has got plus the state of every independent part
 * of the model, and each is explored once. Read-only operations that fit are placed at once; open
 * operations may be placed or skipped. Not thread-safe: one search, one thread.
 */
final class SequentialSearch {
    /** The deepest point reached: the order found, the states of the parts, and each process's next operation. */
    record Deepest(List<Operation> ordered, Object[] states, List<Operation> next) {}

    /** How the search ended: {@code deepest} is set for a violation. */
    record Outcome(Verdict verdict, Deepest deepest, long configurations) {}

    /** An explored configuration. Immutable. */
    private record Configuration(List<Integer> positions, List<Object> states) {}

    /** A configuration whose alternatives (each process's next operation placed, or skipped if open) are being tried. */
    private static final class Choice {
        final int[] positions;
        final Object[] states;
        final int placed;
        int next;

        Choice(int[] positions, Object[] states, int placed) {
            this.positions = positions;
            this.states = states;
            this.placed = placed;
        }
    }

    private final Model model;
    private final Operation[][] programs;
    private final Map<Operation, Integer> partOf = new HashMap<>();
    private final int parts;

    SequentialSearch(Model model, List<Operation> operations) {
        this.model = model;
        Map<String, List<Operation>> byProcess = new TreeMap<>();
        operations.forEach(op ->
                byProcess.computeIfAbsent(op.process(), p -> new ArrayList<>()).add(op));
        programs = byProcess.values().stream()
                .map(ops -> ops.toArray(Operation[]::new))
                .toArray(Operation[][]::new);
        List<List<Operation>> split = model.partition(operations);
        parts = split.size();
        for (int part = 0; part < parts; part++) {
            for (Operation op : split.get(part)) {
                partOf.put(op, part);
            }
        }
    }

    Outcome run(Cancellation cancellation) {
        Set<Configuration> explored = new HashSet<>();
        Deque<Choice> choices = new ArrayDeque<>();
        List<Operation> order = new ArrayList<>();
        int[] positions = new int[programs.length];
        Object[] states = new Object[parts];
        Arrays.fill(states, model.initial());
        Deepest deepest = null;
        long steps = 0;
        while (true) {
            placeReadsThatFit(positions, states, order);
            if (done(positions)) {
                return new Outcome(Verdict.OK, null, explored.size());
            }
            if (explored.add(
                    new Configuration(Arrays.stream(positions).boxed().toList(), Arrays.asList(states.clone())))) {
                choices.push(new Choice(positions, states, order.size()));
            }
            while (true) {
                if ((++steps & 0x3FF) == 0 && cancellation.cancelled()) {
                    return new Outcome(Verdict.UNKNOWN, null, explored.size());
                }
                Choice choice = choices.peek();
                if (choice == null) {
                    return new Outcome(Verdict.VIOLATION, deepest, explored.size());
                }
                order.subList(choice.placed, order.size()).clear();
                if (choice.next == 2 * programs.length) {
                    if (deepest == null || order.size() > deepest.ordered().size()) {
                        deepest = deepest(choice, order);
                    }
                    choices.pop();
                    continue;
                }
                int process = choice.next / 2;
                boolean skip = choice.next % 2 == 1;
                choice.next++;
                if (choice.positions[process] == programs[process].length) {
                    continue;
                }
                Operation op = programs[process][choice.positions[process]];
                positions = choice.positions.clone();
                states = choice.states.clone();
                if (skip) {
                    if (op.completion() != Completion.OPEN) {
                        continue;
                    }
                } else {
                    Object after = model.step(states[partOf.get(op)], op);
                    if (after == Model.IMPOSSIBLE) {
                        continue;
                    }
                    states[partOf.get(op)] = after;
                    order.add(op);
                }
                positions[process]++;
                break;
            }
        }
    }

    /** Places each process's next operations while they are read-only and fit: doing so never loses an order. */
    private void placeReadsThatFit(int[] positions, Object[] states, List<Operation> order) {
        for (int process = 0; process < programs.length; process++) {
            while (positions[process] < programs[process].length) {
                Operation op = programs[process][positions[process]];
                if (!model.readOnly(op) || model.step(states[partOf.get(op)], op) == Model.IMPOSSIBLE) {
                    break;
                }
                order.add(op);
                positions[process]++;
            }
        }
    }

    private boolean done(int[] positions) {
        for (int process = 0; process < programs.length; process++) {
            for (int i = positions[process]; i < programs[process].length; i++) {
                if (programs[process][i].completion() != Completion.OPEN) {
                    return false;
                }
            }
        }
        return true;
    }

    private Deepest deepest(Choice choice, List<Operation> order) {
        List<Operation> next = new ArrayList<>();
        for (int process = 0; process < programs.length; process++) {
            if (choice.positions[process] < programs[process].length) {
                next.add(programs[process][choice.positions[process]]);
            }
        }
        return new Deepest(List.copyOf(order), choice.states.clone(), next);
    }

    /** The part of the model {@code op} belongs to, to read its state in {@link Deepest#states}. */
    int partOf(Operation op) {
        return partOf.get(op);
    }
}
