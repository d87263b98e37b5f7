package dsw.app.canvas;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Group;
import dsw.model.Link;
import dsw.model.LinkDirection;
import dsw.model.layout.LayeredLayout;
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
 * (parents before children) and a line per link, clipped at the boxes. A design without any
 * positions is laid out by {@link LayeredLayout}; a few unplaced components get places from {@link
 * FallbackLayout}; frames without bounds wrap their members. Also
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

    public static final DiagramLayout EMPTY =
            new DiagramLayout(null, Routing.STRAIGHT, List.of(), List.of(), List.of(), false);

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

    /** How links are drawn between boxes. */
    public enum Routing {
        /** A straight line from box edge to box edge. */
        STRAIGHT,
        /** Horizontal and vertical segments with up to two bends, leaving and entering box sides. */
        ORTHOGONAL
    }

    /**
     * One link's path: a polyline from the edge of one box to the edge of the other (two points
     * when straight, up to four when orthogonal). Immutable.
     */
    public static final class Edge {
        private final Link link;
        private final double[] points;
        private final double length;
        private final Rect bounds;

        Edge(Link link, double... points) {
            if (points.length < 4 || points.length % 2 != 0) {
                throw new IllegalArgumentException("a path needs at least two points");
            }
            this.link = link;
            this.points = points.clone();
            double total = 0;
            for (int i = 2; i < points.length; i += 2) {
                total += Math.hypot(points[i] - points[i - 2], points[i + 1] - points[i - 1]);
            }
            this.length = total;
            this.bounds = computeBounds(points);
        }

        public Link link() {
            return link;
        }

        public String id() {
            return link.id();
        }

        /** How many points the path has. */
        public int pointCount() {
            return points.length / 2;
        }

        public double x(int i) {
            return points[2 * i];
        }

        public double y(int i) {
            return points[2 * i + 1];
        }

        public double x1() {
            return points[0];
        }

        public double y1() {
            return points[1];
        }

        public double x2() {
            return points[points.length - 2];
        }

        public double y2() {
            return points[points.length - 1];
        }

        /** The length of the path in canvas units. */
        public double length() {
            return length;
        }

        /** The point halfway along the path, where the label goes. */
        public double midX() {
            return pointAt(0.5)[0];
        }

        public double midY() {
            return pointAt(0.5)[1];
        }

        /** The point at {@code fraction} (0 to 1) of the path's length, as {x, y}. */
        public double[] pointAt(double fraction) {
            double target = Math.max(0, Math.min(1, fraction)) * length;
            for (int i = 2; i < points.length; i += 2) {
                double dx = points[i] - points[i - 2];
                double dy = points[i + 1] - points[i - 1];
                double segment = Math.hypot(dx, dy);
                if (target <= segment || i == points.length - 2) {
                    double t = segment == 0 ? 0 : Math.min(1, target / segment);
                    return new double[] {points[i - 2] + dx * t, points[i - 1] + dy * t};
                }
                target -= segment;
            }
            return new double[] {points[0], points[1]};
        }

        public boolean bothWays() {
            return link.direction() == LinkDirection.BOTH;
        }

        /** Distance from a point to the nearest segment of the path. */
        public double distanceTo(double px, double py) {
            double best = Double.MAX_VALUE;
            for (int i = 2; i < points.length; i += 2) {
                best = Math.min(best, segmentDistance(px, py, points[i - 2], points[i - 1], points[i], points[i + 1]));
            }
            return best;
        }

        /** The smallest rectangle holding the path. */
        public Rect bounds() {
            return bounds;
        }

        private static Rect computeBounds(double[] points) {
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (int i = 0; i < points.length; i += 2) {
                minX = Math.min(minX, points[i]);
                maxX = Math.max(maxX, points[i]);
                minY = Math.min(minY, points[i + 1]);
                maxY = Math.max(maxY, points[i + 1]);
            }
            return new Rect(minX, minY, maxX - minX, maxY - minY);
        }

        private static double segmentDistance(double px, double py, double x1, double y1, double x2, double y2) {
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
    /** The design as drawn (laid out when it had no places), or null for {@link #EMPTY}. */
    private final Design design;

    private final Routing routing;
    private final Rect contentBounds;

    private DiagramLayout(
            Design design, Routing routing, List<Box> boxes, List<Frame> frames, List<Edge> edges, boolean generated) {
        this.design = design;
        this.routing = routing;
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

    /** Lays out a design with straight links. */
    public static DiagramLayout of(Design design) {
        return of(design, Routing.STRAIGHT);
    }

    /** Lays out a design, drawing links as {@code routing} says. */
    public static DiagramLayout of(Design given, Routing routing) {
        boolean generated = !given.isLaidOut();
        // A design nobody has placed (an import, a hand-written file) gets the layered auto-layout;
        // one with a few unplaced components keeps its places and puts the rest below.
        boolean nonePlaced = given.components().stream().allMatch(c -> c.position() == null);
        Design design = nonePlaced && !given.components().isEmpty() ? LayeredLayout.arrange(given) : given;
        Map<String, double[]> centres = FallbackLayout.centres(design);
        List<Box> boxes = new ArrayList<>();
        for (Component c : design.components()) {
            double[] centre = centres.get(c.id());
            boxes.add(
                    new Box(c, new Rect(centre[0] - BOX_WIDTH / 2, centre[1] - BOX_HEIGHT / 2, BOX_WIDTH, BOX_HEIGHT)));
        }
        Map<String, Box> byId = new HashMap<>();
        boxes.forEach(b -> byId.put(b.id(), b));
        return new DiagramLayout(
                design, routing, boxes, frames(design, byId, Map.of()), edges(design, byId, routing), generated);
    }

    /**
     * The same drawing with some boxes and frames shifted by (dx, dy), as a drag shows them: links
     * and frames drawn around their members follow. Much cheaper than laying out a moved design.
     */
    public DiagramLayout translated(
            java.util.Set<String> componentIds, java.util.Set<String> frameIds, double dx, double dy) {
        if (design == null) {
            return this;
        }
        List<Box> moved = new ArrayList<>(boxes.size());
        Map<String, Box> byId = new HashMap<>();
        for (Box b : boxes) {
            Box box = componentIds.contains(b.id())
                    ? new Box(b.component(), b.bounds().translate(dx, dy))
                    : b;
            moved.add(box);
            byId.put(box.id(), box);
        }
        Map<String, Rect> fixed = new HashMap<>();
        for (Frame f : frames) {
            if (frameIds.contains(f.id())) {
                fixed.put(f.id(), f.bounds().translate(dx, dy));
            }
        }
        return new DiagramLayout(
                design, routing, moved, frames(design, byId, fixed), edges(design, byId, routing), generated);
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
                return Optional.of(e.bounds());
            }
        }
        return frame(id).map(Frame::bounds);
    }

    public Optional<Frame> frame(String groupId) {
        return frames.stream().filter(f -> f.id().equals(groupId)).findFirst();
    }

    /**
     * The innermost frame whose whole area holds the point, skipping the frames in {@code
     * ignored} (those being moved, for instance); empty when the point is in no frame.
     */
    public Optional<Frame> frameAt(double x, double y, java.util.Set<String> ignored) {
        for (int i = frames.size() - 1; i >= 0; i--) {
            Frame f = frames.get(i);
            if (!ignored.contains(f.id()) && f.bounds().contains(x, y)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * What a rubber band selects: components and frames wholly inside the rectangle, and links
     * whose path is wholly inside it, in drawing order.
     */
    public List<String> idsInside(Rect band) {
        List<String> ids = new ArrayList<>();
        for (Frame f : frames) {
            if (band.encloses(f.bounds())) {
                ids.add(f.id());
            }
        }
        for (Box b : boxes) {
            if (band.encloses(b.bounds())) {
                ids.add(b.id());
            }
        }
        for (Edge e : edges) {
            if (band.encloses(e.bounds())) {
                ids.add(e.id());
            }
        }
        return ids;
    }

    /**
     * The innermost frame that holds the whole rectangle, skipping the frames in {@code ignored};
     * empty when none does.
     */
    public Optional<String> frameEnclosing(Rect r, java.util.Set<String> ignored) {
        for (int i = frames.size() - 1; i >= 0; i--) {
            Frame f = frames.get(i);
            if (!ignored.contains(f.id()) && f.bounds().encloses(r)) {
                return Optional.of(f.id());
            }
        }
        return Optional.empty();
    }

    /** Frames of the design: {@code fixed} bounds first, then the design's, else around the members. */
    private static List<Frame> frames(Design design, Map<String, Box> boxes, Map<String, Rect> fixed) {
        Map<String, Rect> bounds = new HashMap<>();
        Map<String, Integer> depth = new HashMap<>();
        for (Group g : design.groups()) {
            depth.put(g.id(), depthOf(design, g));
        }
        // Deepest first, so a generated parent frame can wrap its generated children.
        List<Group> deepestFirst = new ArrayList<>(design.groups());
        deepestFirst.sort(Comparator.comparing((Group g) -> depth.get(g.id())).reversed());
        for (Group g : deepestFirst) {
            if (fixed.containsKey(g.id())) {
                bounds.put(g.id(), fixed.get(g.id()));
                continue;
            }
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

    private static List<Edge> edges(Design design, Map<String, Box> boxes, Routing routing) {
        Map<String, List<Link>> byPair = new LinkedHashMap<>();
        for (Link link : design.links()) {
            byPair.computeIfAbsent(pairKey(link), k -> new ArrayList<>()).add(link);
        }
        List<Edge> edges = new ArrayList<>();
        for (Link link : design.links()) {
            Box from = boxes.get(link.from());
            Box to = boxes.get(link.to());
            if (from == null || to == null || link.from().equals(link.to())) {
                continue;
            }
            List<Link> siblings = byPair.get(pairKey(link));
            double offset = (siblings.indexOf(link) - (siblings.size() - 1) / 2.0) * PARALLEL_GAP;
            boolean canonical = link.from().compareTo(link.to()) <= 0;
            edges.add(
                    routing == Routing.ORTHOGONAL
                            ? orthogonal(link, from.bounds(), to.bounds(), offset, canonical)
                            : straight(link, from.bounds(), to.bounds(), offset, canonical));
        }
        return edges;
    }

    private static String pairKey(Link link) {
        String a = link.from();
        String b = link.to();
        return a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }

    private static Edge straight(Link link, Rect from, Rect to, double offset, boolean canonical) {
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

    /**
     * Leaves {@code from} by the side facing {@code to} and enters {@code to} by the opposite
     * side, bending halfway between them; boxes that overlap on both axes get a straight line.
     */
    private static Edge orthogonal(Link link, Rect from, Rect to, double offset, boolean canonical) {
        double gapX = Math.max(to.x() - from.maxX(), from.x() - to.maxX());
        double gapY = Math.max(to.y() - from.maxY(), from.y() - to.maxY());
        if (gapX <= 0 && gapY <= 0) {
            return straight(link, from, to, offset, canonical);
        }
        double shift = canonical ? offset : -offset;
        if (gapX >= gapY) {
            boolean right = to.centerX() > from.centerX();
            double x1 = right ? from.maxX() : from.x();
            double x2 = right ? to.x() : to.maxX();
            double y1 = clamp(from.centerY() + shift, from.y() + 8, from.maxY() - 8);
            double y2 = clamp(to.centerY() + shift, to.y() + 8, to.maxY() - 8);
            if (Math.abs(y1 - y2) < 0.5) {
                return new Edge(link, x1, y1, x2, y1);
            }
            double bend = (x1 + x2) / 2 + shift * 0.5;
            return new Edge(link, x1, y1, bend, y1, bend, y2, x2, y2);
        }
        boolean down = to.centerY() > from.centerY();
        double y1 = down ? from.maxY() : from.y();
        double y2 = down ? to.y() : to.maxY();
        double x1 = clamp(from.centerX() + shift, from.x() + 8, from.maxX() - 8);
        double x2 = clamp(to.centerX() + shift, to.x() + 8, to.maxX() - 8);
        if (Math.abs(x1 - x2) < 0.5) {
            return new Edge(link, x1, y1, x1, y2);
        }
        double bend = (y1 + y2) / 2 + shift * 0.5;
        return new Edge(link, x1, y1, x1, bend, x2, bend, x2, y2);
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    /** The fraction of (dx, dy) from the centre of {@code r} at which the line leaves it. */
    private static double exit(Rect r, double dx, double dy) {
        double tx = dx == 0 ? Double.MAX_VALUE : (r.width() / 2) / Math.abs(dx);
        double ty = dy == 0 ? Double.MAX_VALUE : (r.height() / 2) / Math.abs(dy);
        return Math.min(Math.min(tx, ty), 0.5);
    }
}
