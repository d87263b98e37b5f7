package dsw.app.canvas;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Link;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Places components that have no position, so a design that was never laid out still shows
 * something sensible: when nothing is placed, components go in columns by how far they are from
 * the callers (clients left, databases right); otherwise the unplaced ones line up below the rest.
 * Not real auto-layout (a later version brings that). Thread-safe (stateless).
 */
final class FallbackLayout {
    static final double COLUMN_GAP = 260;
    static final double ROW_GAP = 150;
    static final double ORIGIN = 120;
    /** Deeper call chains than this share the last column. */
    static final int MAX_COLUMNS = 24;

    private FallbackLayout() {}

    /** The centre of every component: its own position, or a generated one. */
    static Map<String, double[]> centres(Design design) {
        Map<String, double[]> centres = new LinkedHashMap<>();
        List<Component> unplaced = new ArrayList<>();
        for (Component c : design.components()) {
            if (c.position() != null) {
                centres.put(c.id(), new double[] {c.position().x(), c.position().y()});
            } else {
                unplaced.add(c);
            }
        }
        if (unplaced.isEmpty()) {
            return centres;
        }
        if (centres.isEmpty()) {
            columns(design, centres);
        } else {
            belowTheRest(unplaced, centres);
        }
        return centres;
    }

    private static void columns(Design design, Map<String, double[]> centres) {
        Map<String, Integer> column = ranks(design);
        Map<Integer, List<Component>> byColumn = new TreeMap<>();
        for (Component c : design.components()) {
            byColumn.computeIfAbsent(column.get(c.id()), k -> new ArrayList<>()).add(c);
        }
        int tallest = byColumn.values().stream().mapToInt(List::size).max().orElse(1);
        for (Map.Entry<Integer, List<Component>> entry : byColumn.entrySet()) {
            List<Component> members = new ArrayList<>(entry.getValue());
            // Members of one frame next to each other, so generated frames do not overlap much.
            members.sort((a, b) -> String.valueOf(a.group()).compareTo(String.valueOf(b.group())));
            double top = ORIGIN + (tallest - members.size()) * ROW_GAP / 2;
            for (int row = 0; row < members.size(); row++) {
                centres.put(
                        members.get(row).id(),
                        new double[] {ORIGIN + entry.getKey() * COLUMN_GAP, top + row * ROW_GAP});
            }
        }
    }

    /**
     * Longest distance (in links) from a component nobody calls. Links that close a cycle are
     * ignored (found by a depth-first walk from the callers), so cycles do not stretch the columns.
     */
    static Map<String, Integer> ranks(Design design) {
        Map<String, List<String>> out = new HashMap<>();
        Map<String, Integer> incoming = new HashMap<>();
        design.components().forEach(c -> {
            out.put(c.id(), new ArrayList<>());
            incoming.put(c.id(), 0);
        });
        for (Link link : design.links()) {
            if (!link.from().equals(link.to()) && out.containsKey(link.from()) && out.containsKey(link.to())) {
                out.get(link.from()).add(link.to());
                incoming.merge(link.to(), 1, Integer::sum);
            }
        }
        List<String> starts = new ArrayList<>();
        design.components().stream().filter(c -> incoming.get(c.id()) == 0).forEach(c -> starts.add(c.id()));
        design.components().forEach(c -> starts.add(c.id()));
        // Depth-first, iteratively: keep only links that do not point back up the current path.
        Map<String, List<String>> forward = new HashMap<>();
        Map<String, Integer> state = new HashMap<>(); // absent: new, 1: on the path, 2: done
        List<String> finished = new ArrayList<>();
        for (String start : starts) {
            if (state.containsKey(start)) {
                continue;
            }
            java.util.ArrayDeque<String> stack = new java.util.ArrayDeque<>();
            java.util.ArrayDeque<java.util.Iterator<String>> iterators = new java.util.ArrayDeque<>();
            state.put(start, 1);
            stack.push(start);
            iterators.push(out.get(start).iterator());
            while (!stack.isEmpty()) {
                String at = stack.peek();
                java.util.Iterator<String> next = iterators.peek();
                if (next.hasNext()) {
                    String to = next.next();
                    Integer seen = state.get(to);
                    if (seen == null) {
                        forward.computeIfAbsent(at, k -> new ArrayList<>()).add(to);
                        state.put(to, 1);
                        stack.push(to);
                        iterators.push(out.get(to).iterator());
                    } else if (seen == 2) {
                        forward.computeIfAbsent(at, k -> new ArrayList<>()).add(to);
                    }
                } else {
                    state.put(at, 2);
                    finished.add(at);
                    stack.pop();
                    iterators.pop();
                }
            }
        }
        // Reverse finishing order is a topological order of the forward links.
        Map<String, Integer> rank = new HashMap<>();
        design.components().forEach(c -> rank.put(c.id(), 0));
        for (int i = finished.size() - 1; i >= 0; i--) {
            String at = finished.get(i);
            for (String to : forward.getOrDefault(at, List.of())) {
                rank.put(to, Math.min(MAX_COLUMNS, Math.max(rank.get(to), rank.get(at) + 1)));
            }
        }
        return rank;
    }

    private static void belowTheRest(List<Component> unplaced, Map<String, double[]> centres) {
        double minX = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] c : centres.values()) {
            minX = Math.min(minX, c[0]);
            maxY = Math.max(maxY, c[1]);
        }
        for (int i = 0; i < unplaced.size(); i++) {
            centres.put(unplaced.get(i).id(), new double[] {
                minX + (i % 8) * (DiagramLayout.BOX_WIDTH + 40), maxY + 2 * ROW_GAP + (i / 8) * ROW_GAP
            });
        }
    }
}
