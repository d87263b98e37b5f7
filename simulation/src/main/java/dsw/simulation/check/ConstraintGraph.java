package dsw.simulation.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;

/**
 * "This must come before that" constraints between versions (or operations), each with the
 * operations that impose it and a clause saying why; a cycle is a contradiction, and its clauses
 * explain it. Not thread-safe: build it, then ask.
 *
 * @param <V> what is ordered
 */
final class ConstraintGraph<V> {
    /** One constraint; an edge object of its own, as JGraphT needs. */
    static final class Constraint {
        final List<Operation> because;
        final String clause;

        Constraint(List<Operation> because, String clause) {
            this.because = List.copyOf(because);
            this.clause = clause;
        }
    }

    private final Graph<V, Constraint> graph = new DefaultDirectedGraph<>(Constraint.class);

    /** {@code from} must come before {@code to}; the first reason given for a pair is kept. */
    void require(V from, V to, List<Operation> because, String clause) {
        if (from.equals(to)) {
            return;
        }
        graph.addVertex(from);
        graph.addVertex(to);
        if (!graph.containsEdge(from, to)) {
            graph.addEdge(from, to, new Constraint(because, clause));
        }
    }

    /** A shortest cycle, as its constraints in order, if there is one. */
    Optional<List<Constraint>> cycle(Cancellation cancellation) {
        List<Constraint> best = null;
        for (Set<V> component : new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets()) {
            if (component.size() < 2) {
                continue;
            }
            for (V start : component) {
                if (cancellation.cancelled()) {
                    return Optional.ofNullable(best);
                }
                List<Constraint> cycle = shortestCycleThrough(start, component);
                if (best == null || cycle.size() < best.size()) {
                    best = cycle;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Breadth-first from {@code start} back to it inside its strongly connected component. */
    private List<Constraint> shortestCycleThrough(V start, Set<V> component) {
        Map<V, Constraint> reachedBy = new HashMap<>();
        List<V> frontier = List.of(start);
        while (!frontier.isEmpty()) {
            List<V> next = new ArrayList<>();
            for (V at : frontier) {
                for (Constraint edge : graph.outgoingEdgesOf(at)) {
                    V to = graph.getEdgeTarget(edge);
                    if (!component.contains(to) || reachedBy.containsKey(to)) {
                        continue;
                    }
                    reachedBy.put(to, edge);
                    if (to.equals(start)) {
                        return path(reachedBy, start);
                    }
                    next.add(to);
                }
            }
            frontier = next;
        }
        throw new IllegalStateException("a strongly connected component always has a cycle");
    }

    private List<Constraint> path(Map<V, Constraint> reachedBy, V start) {
        List<Constraint> path = new ArrayList<>();
        V at = start;
        do {
            Constraint edge = reachedBy.get(at);
            path.add(edge);
            at = graph.getEdgeSource(edge);
        } while (!at.equals(start));
        Collections.reverse(path);
        return path;
    }

    /** The violation a cycle shows: its operations and its clauses joined. */
    static Violation violation(List<Constraint> cycle, String conclusion) {
        Set<Operation> operations = new TreeSet<>(java.util.Comparator.comparingInt(Operation::index));
        Set<String> clauses = new LinkedHashSet<>();
        for (Constraint constraint : cycle) {
            operations.addAll(constraint.because);
            if (!constraint.clause.isEmpty()) {
                clauses.add(constraint.clause);
            }
        }
        return new Violation(List.copyOf(operations), String.join("; ", clauses) + conclusion);
    }
}
