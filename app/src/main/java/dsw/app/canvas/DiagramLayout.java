package dsw.app.canvas;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Group;
import dsw.model.Link;
import dsw.model.LinkDirection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where everything of a design is drawn, in canvas units: a box per component, a frame per group
 * (parents before children) and a line per link, clipped at the boxes. Components without a
 * position get one from {@link FallbackLayout}; frames without bounds wrap their members. Also
 * answers "what is at this point?" for selection. Immutable, thread-safe.
 */
public final class DiagramLayout {
    /** Size of a component box; the position in the design is its centre. */
    public static final double BOX_WIDTH = 184;

    public static final double BOX_HEIGHT = 88;

    /** Height of a frame's title strip, where a click selects the frame. */
    public static final double FRAME_HEADER = 32;

    /** Space between a generated frame and what it holds. */
    static final double FRAME_PADDING = 28;

    /** Distance between parallel links joining the same two components. */
    static final double PARALLEL_GAP = 26;

    public static final DiagramLayout EMPTY = new DiagramLayout(List.of(), List.of(), List.of(), false);

    /** One component's box. */
    public record Box(Component component, Rect bounds) {
        public String id() {
            return component.id();
        }
    }

    /** One group's frame; {@code depth} is 0 for a top-level frame. */
    public record Frame(Group group, Rect bounds, int depth) {
        public String id() {
            return group.id();
        }

        public Rect header() {
            return new Rect(bounds.x(), bounds.y(), bounds.width(), Math.min(FRAME_HEADER, bounds.height()));
        }
    }

    /** One link's line from the edge of one box to the edge of the other. */
    public record Edge(Link link, double x1, double y1, double x2, double y2) {
        public String id() {
            return link.id();
        }

        public double midX() {
            return (x1 + x2) / 2;
        }

        public double midY() {
            return (y1 + y2) / 2;
        }

        public boolean bothWays() {
            return link.direction() == LinkDirection.BOTH;
        }

        /** Distance from a point to the line segment. */
        public double distanceTo(double px, double py) {
            double dx = x2 - x1;
            double dy = y2 - y1;
            double lengthSquared = dx * dx + dy * dy;
            double t = lengthSquared == 0 ? 0 : ((px - x1) * dx + (py - y1) * dy) / lengthSquared;
            t = Math.max(0, Math.min(1, t));
            return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
        }
    }

    private final List<Box> boxes;
    private final List<Frame> frames;
    private final List<Edge> edges;
    private final Map<String, Box> boxesById;
    private final boolean generated;
    private final Rect contentBounds;

    private DiagramLayout(List<Box> boxes, List<Frame> frames, List<Edge> edges, boolean generated) {
        this.boxes = List.copyOf(boxes);
        this.frames = List.copyOf(frames);
        this.edges = List.copyOf(edges);
        this.generated = generated;
        Map<String, Box> byId = new HashMap<>();
        boxes.forEach(b -> byId.put(b.id(), b));
        this.boxesById = Collections.unmodifiableMap(byId);
        Rect content = Rect.EMPTY;
        for (Box b : boxes) {
            content = content.union(b.bounds());
        }
        for (Frame f : frames) {
            content = content.union(f.bounds());
        }
        this.contentBounds = content;
    }

    /** Lays out a design. */
    public static DiagramLayout of(Design design) {
        Map<String, double[]> centres = FallbackLayout.centres(design);
        boolean generated = !design.isLaidOut();
        List<Box> boxes = new ArrayList<>();
        for (Component c : design.components()) {
            double[] centre = centres.get(c.id());
            boxes.add(
                    new Box(c, new Rect(centre[0] - BOX_WIDTH / 2, centre[1] - BOX_HEIGHT / 2, BOX_WIDTH, BOX_HEIGHT)));
        }
        Map<String, Box> byId = new HashMap<>();
        boxes.forEach(b -> byId.put(b.id(), b));
        return new DiagramLayout(boxes, frames(design, byId), edges(design, byId), generated);
    }

    public List<Box> boxes() {
        return boxes;
    }

    /** Frames, each after the frame it sits in, so drawing in order paints parents first. */
    public List<Frame> frames() {
        return frames;
    }

    public List<Edge> edges() {
        return edges;
    }

    public Optional<Box> box(String componentId) {
        return Optional.ofNullable(boxesById.get(componentId));
    }

    /** True when some components had no position and were placed by dsw. */
    public boolean isGenerated() {
        return generated;
    }

    /** Everything drawn, or {@link Rect#EMPTY} for an empty design. */
    public Rect contentBounds() {
        return contentBounds;
    }

    /**
     * The id of what is drawn at a canvas point: a component box first, then a link within {@code
     * tolerance}, then a frame's title strip (innermost first); empty when the point is on nothing.
     */
    public Optional<String> hit(double x, double y, double tolerance) {
        for (int i = boxes.size() - 1; i >= 0; i--) {
            if (boxes.get(i).bounds().contains(x, y)) {
                return Optional.of(boxes.get(i).id());
            }
        }
        Edge nearest = null;
        double best = tolerance;
        for (Edge e : edges) {
            double d = e.distanceTo(x, y);
            if (d <= best) {
                best = d;
                nearest = e;
            }
        }
        if (nearest != null) {
            return Optional.of(nearest.id());
        }
        for (int i = frames.size() - 1; i >= 0; i--) {
            if (frames.get(i).header().contains(x, y)) {
                return Optional.of(frames.get(i).id());
            }
        }
        return Optional.empty();
    }

    /** The bounds of a component, link or frame, for scrolling it into view. */
    public Optional<Rect> boundsOf(String id) {
        Box box = boxesById.get(id);
        if (box != null) {
            return Optional.of(box.bounds());
        }
        for (Edge e : edges) {
            if (e.id().equals(id)) {
                return Optional.of(new Rect(
                        Math.min(e.x1(), e.x2()),
                        Math.min(e.y1(), e.y2()),
                        Math.abs(e.x2() - e.x1()),
                        Math.abs(e.y2() - e.y1())));
            }
        }
        return frames.stream().filter(f -> f.id().equals(id)).map(Frame::bounds).findFirst();
    }

    private static List<Frame> frames(Design design, Map<String, Box> boxes) {
        Map<String, Rect> bounds = new HashMap<>();
        Map<String, Integer> depth = new HashMap<>();
        for (Group g : design.groups()) {
            depth.put(g.id(), depthOf(design, g));
        }
        // Deepest first, so a generated parent frame can wrap its generated children.
        List<Group> deepestFirst = new ArrayList<>(design.groups());
        deepestFirst.sort(Comparator.comparing((Group g) -> depth.get(g.id())).reversed());
        for (Group g : deepestFirst) {
            if (g.bounds() != null) {
                bounds.put(
                        g.id(),
                        new Rect(
                                g.bounds().x(),
                                g.bounds().y(),
                                g.bounds().width(),
                                g.bounds().height()));
                continue;
            }
            Rect inside = Rect.EMPTY;
            for (Component c : design.membersOf(g.id())) {
                inside = inside.union(boxes.get(c.id()).bounds());
            }
            for (Group child : design.childrenOf(g.id())) {
                inside = inside.union(bounds.getOrDefault(child.id(), Rect.EMPTY));
            }
            if (!inside.isEmpty()) {
                bounds.put(
                        g.id(), inside.grow(FRAME_PADDING, FRAME_PADDING + FRAME_HEADER, FRAME_PADDING, FRAME_PADDING));
            }
        }
        List<Frame> frames = new ArrayList<>();
        List<Group> parentsFirst = new ArrayList<>(design.groups());
        parentsFirst.sort(Comparator.comparing((Group g) -> depth.get(g.id())));
        for (Group g : parentsFirst) {
            Rect r = bounds.get(g.id());
            if (r != null) {
                frames.add(new Frame(g, r, depth.get(g.id())));
            }
        }
        return frames;
    }

    private static int depthOf(Design design, Group group) {
        int depth = 0;
        String parent = group.parent();
        while (parent != null && depth < design.groups().size()) {
            depth++;
            parent = design.group(parent).map(Group::parent).orElse(null);
        }
        return depth;
    }

    private static List<Edge> edges(Design design, Map<String, Box> boxes) {
        Map<String, List<Link>> byPair = new LinkedHashMap<>();
        for (Link link : design.links()) {
            String a = link.from();
            String b = link.to();
            String key = a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
            byPair.computeIfAbsent(key, k -> new ArrayList<>()).add(link);
        }
        List<Edge> edges = new ArrayList<>();
        for (Link link : design.links()) {
            Box from = boxes.get(link.from());
            Box to = boxes.get(link.to());
            if (from == null || to == null || link.from().equals(link.to())) {
                continue;
            }
            String a = link.from();
            String b = link.to();
            String key = a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
            List<Link> siblings = byPair.get(key);
            double offset = (siblings.indexOf(link) - (siblings.size() - 1) / 2.0) * PARALLEL_GAP;
            edges.add(edge(link, from.bounds(), to.bounds(), offset, a.compareTo(b) <= 0));
        }
        return edges;
    }

    private static Edge edge(Link link, Rect from, Rect to, double offset, boolean canonical) {
        double dx = to.centerX() - from.centerX();
        double dy = to.centerY() - from.centerY();
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            return new Edge(link, from.centerX(), from.centerY(), to.centerX(), to.centerY());
        }
        // Offset perpendicular to the canonical direction, so A->B and B->A sit side by side.
        double sign = canonical ? 1 : -1;
        double nx = -dy / length * offset * sign;
        double ny = dx / length * offset * sign;
        double ax = from.centerX() + nx;
        double ay = from.centerY() + ny;
        double bx = to.centerX() + nx;
        double by = to.centerY() + ny;
        double start = exit(from, dx, dy);
        double end = exit(to, -dx, -dy);
        return new Edge(link, ax + dx * start, ay + dy * start, bx - dx * end, by - dy * end);
    }

    /** The fraction of (dx, dy) from the centre of {@code r} at which the line leaves it. */
    private static double exit(Rect r, double dx, double dy) {
        double tx = dx == 0 ? Double.MAX_VALUE : (r.width() / 2) / Math.abs(dx);
        double ty = dy == 0 ? Double.MAX_VALUE : (r.height() / 2) / Math.abs(dy);
        return Math.min(Math.min(tx, ty), 0.5);
    }
}
