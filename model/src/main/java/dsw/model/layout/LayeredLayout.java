package dsw.model.layout;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Group;
import dsw.model.Link;
import dsw.model.Position;
import dsw.model.kind.Behavior;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Arranges a design left to right in columns, the way requests flow: callers on the left,
 * databases on the right, frames drawn around their members without overlapping anything else.
 * A layered (Sugiyama) layout: cycles are broken by turning round the links that close them
 * (depth-first from the components nobody calls, then from clients, in design order; a two-way
 * link counts as going from its {@code from} end); each component goes one column after the
 * furthest component calling it; crossings are reduced by barycenter sweeps that keep frames
 * whole; boxes sit near the boxes they are linked to, on a grid; then each frame is stacked as a
 * block. Components and frames with no links to anything go in rows below the rest; an empty frame
 * gets the size of one box. The same design and options always give the same layout.
 * Thread-safe (stateless).
 */
public final class LayeredLayout {
    /** The drawing's top left corner is at least this far from the canvas origin. */
    static final double MARGIN = 40;

    /** At most this many virtual nodes for links spanning columns; beyond, long links are left out of crossing reduction. */
    static final int VIRTUAL_BUDGET = 200_000;

    private LayeredLayout() {}

    /** {@link #arrange(Design, LayoutOptions)} with the canvas's sizes. */
    public static Design arrange(Design design) {
        return arrange(design, LayoutOptions.DEFAULT);
    }

    /**
     * A copy of the design with every component given a position (its box's centre) and every
     * frame given bounds; names, links, properties and the scenario stay as they are. Existing
     * positions and bounds are ignored.
     */
    public static Design arrange(Design design, LayoutOptions options) {
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(options, "options");
        FrameTree frames = FrameTree.of(design);
        Placement placement = new Placement(design.components().size(), frames.size());
        new Arrangement(design, frames, options, placement).run();
        FrameBounds.Rect[] rects = FrameBounds.of(placement, frames, options, null);
        if (!fits(placement, rects, design.components().size())) {
            // Only absurd designs (thousands of components in one column or one call chain) get here.
            placement = new Placement(design.components().size(), frames.size());
            ShelfPacking.pack(
                    allTopLevel(design, frames),
                    options.snapUp(MARGIN),
                    options.snapUp(MARGIN),
                    0,
                    frames,
                    options,
                    placement);
            rects = FrameBounds.of(placement, frames, options, null);
        }
        return build(design, placement, rects);
    }

    /** {@link #arrangeUnplaced(Design, LayoutOptions)} with the canvas's sizes. */
    public static Design arrangeUnplaced(Design design) {
        return arrangeUnplaced(design, LayoutOptions.DEFAULT);
    }

    /**
     * Lays out a design only if it needs it: when every component has a position the design comes
     * back unchanged (frames without bounds are drawn around their members), otherwise the whole
     * design is arranged as by {@link #arrange(Design, LayoutOptions)}, since a few boxes fitted in
     * among hand-placed ones would not follow the layers. For designs opened or imported without a
     * layout.
     */
    public static Design arrangeUnplaced(Design design, LayoutOptions options) {
        return design.isLaidOut() ? design : arrange(design, options);
    }

    private static boolean fits(Placement placement, FrameBounds.Rect[] rects, int components) {
        for (int c = 0; c < components; c++) {
            if (!within(placement.x(c)) || !within(placement.y(c))) {
                return false;
            }
        }
        for (FrameBounds.Rect r : rects) {
            if (r != null && !(within(r.left()) && within(r.top()) && within(r.right()) && within(r.bottom()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean within(double value) {
        return value >= 0 && value <= Position.LIMIT;
    }

    private static int[] allTopLevel(Design design, FrameTree frames) {
        List<Integer> items = new ArrayList<>();
        for (int c = 0; c < design.components().size(); c++) {
            if (frames.frameOf(c) < 0) {
                items.add(c);
            }
        }
        for (int g = 0; g < frames.size(); g++) {
            if (frames.parent(g) < 0) {
                items.add(-1 - g);
            }
        }
        return items.stream().mapToInt(Integer::intValue).toArray();
    }

    private static Design build(Design design, Placement placement, FrameBounds.Rect[] rects) {
        List<Component> components = new ArrayList<>(design.components().size());
        for (int c = 0; c < design.components().size(); c++) {
            components.add(design.components().get(c).withPosition(new Position(placement.x(c), placement.y(c))));
        }
        List<Group> groups = new ArrayList<>(design.groups().size());
        for (int g = 0; g < design.groups().size(); g++) {
            groups.add(design.groups().get(g).withBounds(rects[g].toBounds()));
        }
        return design.withTopology(components, design.links(), groups);
    }

    /** One run of the layout over one design. Not thread-safe. */
    private static final class Arrangement {
        private final Design design;
        private final FrameTree frames;
        private final LayoutOptions options;
        private final Placement placement;

        Arrangement(Design design, FrameTree frames, LayoutOptions options, Placement placement) {
            this.design = design;
            this.frames = frames;
            this.options = options;
            this.placement = placement;
        }

        void run() {
            int n = design.components().size();
            Map<String, Integer> index = new HashMap<>();
            for (int c = 0; c < n; c++) {
                index.put(design.components().get(c).id(), c);
            }
            List<int[]> links = new ArrayList<>();
            boolean[] linked = new boolean[n];
            for (Link link : design.links()) {
                int from = index.get(link.from());
                int to = index.get(link.to());
                if (from != to) {
                    links.add(new int[] {from, to});
                    linked[from] = true;
                    linked[to] = true;
                }
            }
            // A top-level frame with a link inside goes in the layers with everything it holds.
            boolean[] anchored = new boolean[frames.size()];
            for (int c = 0; c < n; c++) {
                if (linked[c] && frames.frameOf(c) >= 0) {
                    anchored[frames.top(frames.frameOf(c))] = true;
                }
            }
            List<Integer> nodeOf = new ArrayList<>(); // component c as c, empty frame g as -1 - g
            List<Integer> loose = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                int f = frames.frameOf(c);
                if (linked[c] || (f >= 0 && anchored[frames.top(f)])) {
                    nodeOf.add(c);
                } else if (f < 0) {
                    loose.add(c);
                }
            }
            for (int g = 0; g < frames.size(); g++) {
                if (anchored[frames.top(g)] && frames.isEmpty(g)) {
                    nodeOf.add(-1 - g);
                } else if (frames.parent(g) < 0 && !anchored[g]) {
                    loose.add(-1 - g);
                }
            }
            double[] extent = nodeOf.isEmpty()
                    ? new double[] {MARGIN, MARGIN, 0}
                    : layers(nodeOf.stream().mapToInt(Integer::intValue).toArray(), links, linked);
            if (!loose.isEmpty()) {
                double top =
                        nodeOf.isEmpty() ? options.snapUp(MARGIN) : options.snapUp(extent[1] + 2 * options.rowGap());
                ShelfPacking.pack(
                        loose.stream().mapToInt(Integer::intValue).toArray(),
                        options.snapUp(MARGIN),
                        top,
                        extent[2],
                        frames,
                        options,
                        placement);
            }
        }

        /** Lays out the layered part; returns its right and bottom edge and its width. */
        private double[] layers(int[] nodeOf, List<int[]> links, boolean[] linked) {
            int count = nodeOf.length;
            int[] nodeOfComponent = new int[design.components().size()];
            Arrays.fill(nodeOfComponent, -1);
            int[] owner = new int[count];
            for (int u = 0; u < count; u++) {
                if (nodeOf[u] >= 0) {
                    nodeOfComponent[nodeOf[u]] = u;
                    owner[u] = frames.frameOf(nodeOf[u]);
                } else {
                    owner[u] = -1 - nodeOf[u];
                }
            }
            int[] from = new int[links.size()];
            int[] to = new int[links.size()];
            boolean[] called = new boolean[count];
            for (int e = 0; e < links.size(); e++) {
                from[e] = nodeOfComponent[links.get(e)[0]];
                to[e] = nodeOfComponent[links.get(e)[1]];
                called[to[e]] = true;
            }
            List<Integer> starts = new ArrayList<>();
            for (int u = 0; u < count; u++) {
                if (nodeOf[u] >= 0 && linked[nodeOf[u]] && !called[u]) {
                    starts.add(u);
                }
            }
            for (int u = 0; u < count; u++) {
                if (nodeOf[u] >= 0
                        && linked[nodeOf[u]]
                        && design.components().get(nodeOf[u]).kind().behavior() == Behavior.CLIENT) {
                    starts.add(u);
                }
            }
            Layering.Result layering = Layering.of(
                    count, from, to, starts.stream().mapToInt(Integer::intValue).toArray(), options.maxColumns());
            int[] column = layering.column();
            placeUnlinked(nodeOf, linked, owner, column);

            LayeredGraph graph =
                    LayeredGraph.of(column, owner, layering.tail(), layering.head(), frames, VIRTUAL_BUDGET);
            CrossingReduction.minimise(graph, frames);
            int[][] orders = new int[graph.columns()][];
            for (int c = 0; c < orders.length; c++) {
                orders[c] = Arrays.stream(graph.order(c)).filter(u -> u < count).toArray();
            }
            int[][] neighbours = neighbours(count, layering.tail(), layering.head(), column);
            double[] wanted = VerticalPlacement.desired(orders, column, owner, neighbours, frames, options);
            FrameSpans spans = FrameSpans.of(column, owner, frames);
            double[] x = ColumnPlacement.centres(orders.length, spans, frames, options);
            double[] y = BlockStacking.stack(orders, column, owner, wanted, spans, frames, options);
            for (int u = 0; u < count; u++) {
                if (nodeOf[u] >= 0) {
                    placement.place(nodeOf[u], x[column[u]], y[u]);
                } else {
                    placement.placeHolder(-1 - nodeOf[u], x[column[u]], y[u]);
                }
            }
            return moveToMargin(nodeOf);
        }

        /**
         * Components without links inside a frame that has some, and stand-ins for empty frames, go
         * in the first column of the nearest enclosing frame with linked components.
         */
        private void placeUnlinked(int[] nodeOf, boolean[] linked, int[] owner, int[] column) {
            int[] firstLinked = new int[frames.size()];
            Arrays.fill(firstLinked, Integer.MAX_VALUE);
            for (int u = 0; u < nodeOf.length; u++) {
                if (nodeOf[u] >= 0 && linked[nodeOf[u]]) {
                    for (int g : frames.chain(owner[u])) {
                        firstLinked[g] = Math.min(firstLinked[g], column[u]);
                    }
                }
            }
            for (int u = 0; u < nodeOf.length; u++) {
                if (nodeOf[u] < 0 || !linked[nodeOf[u]]) {
                    int[] chain = frames.chain(owner[u]);
                    int k = chain.length - 1;
                    while (firstLinked[chain[k]] == Integer.MAX_VALUE) {
                        k--; // the top-level frame has a linked component, so this stops
                    }
                    column[u] = firstLinked[chain[k]];
                }
            }
        }

        private static int[][] neighbours(int count, int[] tail, int[] head, int[] column) {
            int[] degree = new int[count];
            for (int e = 0; e < tail.length; e++) {
                if (column[tail[e]] != column[head[e]]) {
                    degree[tail[e]]++;
                    degree[head[e]]++;
                }
            }
            int[][] neighbours = new int[count][];
            for (int u = 0; u < count; u++) {
                neighbours[u] = new int[degree[u]];
            }
            int[] fill = new int[count];
            for (int e = 0; e < tail.length; e++) {
                if (column[tail[e]] != column[head[e]]) {
                    neighbours[tail[e]][fill[tail[e]]++] = head[e];
                    neighbours[head[e]][fill[head[e]]++] = tail[e];
                }
            }
            return neighbours;
        }

        /** Moves the layered part so its top left corner is at the margin; returns its extent. */
        private double[] moveToMargin(int[] nodeOf) {
            double left = Double.POSITIVE_INFINITY;
            double top = Double.POSITIVE_INFINITY;
            double right = Double.NEGATIVE_INFINITY;
            double bottom = Double.NEGATIVE_INFINITY;
            for (int item : nodeOf) {
                double cx = item >= 0 ? placement.x(item) : placement.holderX(-1 - item);
                double cy = item >= 0 ? placement.y(item) : placement.holderY(-1 - item);
                left = Math.min(left, cx - options.boxWidth() / 2);
                right = Math.max(right, cx + options.boxWidth() / 2);
                top = Math.min(top, cy - options.boxHeight() / 2);
                bottom = Math.max(bottom, cy + options.boxHeight() / 2);
            }
            for (FrameBounds.Rect r : FrameBounds.of(placement, frames, options, null)) {
                if (r != null) {
                    left = Math.min(left, r.left());
                    right = Math.max(right, r.right());
                    top = Math.min(top, r.top());
                    bottom = Math.max(bottom, r.bottom());
                }
            }
            double dx = options.snapUp(MARGIN - left);
            double dy = options.snapUp(MARGIN - top);
            placement.shift(dx, dy);
            return new double[] {right + dx, bottom + dy, right - left};
        }
    }
}
