package dsw.app.animation;

import dsw.app.canvas.DiagramLayout;
import dsw.app.canvas.Rect;
import dsw.app.canvas.Viewport;
import dsw.model.trace.MessageKind;
import dsw.model.trace.ProcessInfo;
import dsw.model.trace.Trace;
import dsw.model.trace.TraceHeader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes a {@link RunFrame} from the state of a run and the canvas's layout and camera: a pure
 * function of its arguments (it keeps the paths of the last layout, which only saves work). A copy
 * moves along its link's path in the layout, from its sender's box to its receiver's; a message
 * between two components without a drawn link moves in a straight line from box to box; a message
 * between two instances of one component is not drawn. Processes {@code comp#n} belong to their
 * component's box. What is off the screen is left out. Not thread-safe (the UI thread).
 */
public final class FrameBuilder {
    /** Glyph radius and badge text size in pixels; bigger in presenter mode. */
    static final double GLYPH = 6;

    static final double PRESENTER_GLYPH = 9;
    static final double TEXT = 12;
    static final double PRESENTER_TEXT = 17;
    /** Badge text shows when a box is at least this wide on the screen. */
    static final double TEXT_MIN_BOX_WIDTH = 100;

    private DiagramLayout pathsOf;
    private Trace tracedBy;
    /** Per link number: its path, and the component numbers it goes from and to (-1: none). */
    private Path[] linkPaths = new Path[0];

    private int[] linkFrom = new int[0];
    private int[] linkTo = new int[0];
    /** Per process: its component number; per component number: its id and box (or null). */
    private int[] processComponent = new int[0];

    private List<String> componentIds = List.of();
    private Rect[] boxes = new Rect[0];
    private final double[] point = new double[2];

    /**
     * The state of the run at one moment, as the frame builder needs it: the copies in flight, the
     * drops to cross out, the process states, per process the vector clock of its last event (or
     * null), the kinds sent so far. Read on the UI thread only, as the flights are reused.
     */
    public record Scene(
            Trace trace,
            FlightList flights,
            List<Loss> losses,
            ProcessSnapshot states,
            int[][] vectors,
            Set<MessageKind> kinds,
            long time,
            List<BreakerIndex.Mark> breakers) {}

    /**
     * The frame of {@code scene} on a view of {@code width} x {@code height} pixels showing {@code
     * layout} through {@code viewport}.
     */
    public RunFrame build(
            Scene scene, DiagramLayout layout, Viewport viewport, double width, double height, boolean presenter) {
        Trace trace = scene.trace();
        if (trace == null) {
            return RunFrame.EMPTY;
        }
        prepare(trace, layout);
        // Glyphs shrink a little when zoomed out, so that they do not hide the boxes.
        double glyph = (presenter ? PRESENTER_GLYPH : GLYPH) * Math.max(0.6, Math.min(1, Math.sqrt(viewport.scale())));
        double textSize = presenter ? PRESENTER_TEXT : TEXT;
        double margin = glyph * 2;
        FlightList flights = scene.flights();
        MessageGlyphs glyphs = new MessageGlyphs(flights.size());
        for (int i = 0; i < flights.size(); i++) {
            int msg = flights.msg(i);
            if (!place(trace, msg, flights.fraction(i), viewport)) {
                continue;
            }
            double x = point[0];
            double y = point[1];
            if (x < -margin || y < -margin || x > width + margin || y > height + margin) {
                continue;
            }
            glyphs.add(
                    msg,
                    flights.copy(i),
                    trace.messageKind(msg),
                    x,
                    y,
                    flights.fraction(i),
                    trace.messageCopies(msg) > 1,
                    flights.estimated(i));
        }
        List<LossMark> losses = new ArrayList<>();
        for (Loss loss : scene.losses()) {
            if (place(trace, loss.msg(), loss.fraction(), viewport)) {
                losses.add(new LossMark(loss.msg(), loss.reason(), point[0], point[1]));
            }
        }
        boolean showText = DiagramLayout.BOX_WIDTH * viewport.scale() >= TEXT_MIN_BOX_WIDTH;
        List<ComponentBadge> badges = badges(scene, viewport, width, height, textSize + 16);
        return new RunFrame(
                scene.time(),
                glyphs,
                losses,
                badges,
                List.copyOf(scene.kinds()),
                glyph,
                textSize,
                showText,
                breakers(scene, badges));
    }

    /**
     * Puts the screen point {@code fraction} of the way along message {@code msg}'s path into
     * {@link #point}; false when the message is not drawn.
     */
    private boolean place(Trace trace, int msg, double fraction, Viewport viewport) {
        int from = processComponent[trace.messageFrom(msg)];
        int to = processComponent[trace.messageTo(msg)];
        int link = trace.messageLink(msg);
        Path path = link >= 0 && link < linkPaths.length ? linkPaths[link] : null;
        if (path != null && linkFrom[link] == from && linkTo[link] == to) {
            path.at(fraction, point);
        } else if (path != null && linkFrom[link] == to && linkTo[link] == from) {
            path.at(1 - fraction, point);
        } else if (from != to && boxes[from] != null && boxes[to] != null) {
            Rect a = boxes[from];
            Rect b = boxes[to];
            point[0] = a.centerX() + (b.centerX() - a.centerX()) * fraction;
            point[1] = a.centerY() + (b.centerY() - a.centerY()) * fraction;
        } else {
            return false;
        }
        point[0] = viewport.toScreenX(point[0]);
        point[1] = viewport.toScreenY(point[1]);
        return true;
    }

    private List<ComponentBadge> badges(Scene scene, Viewport viewport, double width, double height, double below) {
        Trace trace = scene.trace();
        ProcessSnapshot states = scene.states();
        List<ComponentBadge> badges = new ArrayList<>();
        if (states == null) {
            return badges;
        }
        List<List<Integer>> members = new ArrayList<>();
        for (int c = 0; c < componentIds.size(); c++) {
            members.add(new ArrayList<>());
        }
        List<ProcessInfo> infos = trace.header().processes();
        for (int p = 0; p < infos.size(); p++) {
            members.get(processComponent[p]).add(p);
        }
        for (int c = 0; c < componentIds.size(); c++) {
            Rect box = boxes[c];
            if (box == null) {
                continue;
            }
            Rect screen = new Rect(
                    viewport.toScreenX(box.x()),
                    viewport.toScreenY(box.y()),
                    box.width() * viewport.scale(),
                    box.height() * viewport.scale());
            if (screen.maxX() < 0 || screen.x() > width || screen.maxY() + below < 0 || screen.y() > height) {
                continue;
            }
            List<Integer> processes = members.get(c);
            processes.sort(Comparator.comparingInt(p -> infos.get(p).instance()));
            badges.add(badge(componentIds.get(c), screen, processes, states, scene.vectors()));
        }
        return badges;
    }

    /** Per caller on the screen, its breakers: the worst state, and each breaker's state and reason. */
    private List<BreakerBadge> breakers(Scene scene, List<ComponentBadge> badges) {
        List<BreakerIndex.Mark> marks = scene.breakers();
        if (marks == null || marks.isEmpty()) {
            return List.of();
        }
        Trace trace = scene.trace();
        Map<Integer, List<BreakerIndex.Mark>> byComponent = new LinkedHashMap<>();
        for (BreakerIndex.Mark mark : marks) {
            byComponent
                    .computeIfAbsent(processComponent[mark.breaker().process()], c -> new ArrayList<>())
                    .add(mark);
        }
        List<BreakerBadge> out = new ArrayList<>();
        for (ComponentBadge badge : badges) {
            int c = componentIds.indexOf(badge.componentId());
            List<BreakerIndex.Mark> mine = byComponent.get(c);
            if (mine == null) {
                continue;
            }
            BreakerState worst = BreakerState.CLOSED;
            List<String> lines = new ArrayList<>();
            for (BreakerIndex.Mark mark : mine) {
                if (mark.state().compareTo(worst) > 0) {
                    worst = mark.state();
                }
                String callee = mark.breaker().callee();
                lines.add(trace.header().processName(mark.breaker().process())
                        + (callee.isEmpty() ? "" : " → " + callee)
                        + ": breaker " + mark.state().text()
                        + " since " + HoverText.time(trace.time(mark.seq()))
                        + " — " + trace.detail(mark.seq()));
            }
            out.add(new BreakerBadge(badge.componentId(), badge.box(), worst, lines));
        }
        return out;
    }

    private static ComponentBadge badge(
            String id, Rect screen, List<Integer> processes, ProcessSnapshot states, int[][] vectors) {
        List<Condition> conditions = new ArrayList<>(processes.size());
        Condition worst = Condition.UP;
        int queue = 0;
        for (int p : processes) {
            Condition condition = states.condition(p);
            conditions.add(condition);
            if (condition.compareTo(worst) > 0) {
                worst = condition;
            }
            queue += states.queue(p);
        }
        String text;
        if (processes.size() == 1) {
            int p = processes.get(0);
            text = ClockText.compact(states.lamport(p), vectors == null ? null : vectors[p]);
        } else {
            Map<Condition, Integer> counts = new LinkedHashMap<>();
            for (Condition condition : Condition.values()) {
                int n = (int) conditions.stream().filter(condition::equals).count();
                if (n > 0) {
                    counts.put(condition, n);
                }
            }
            List<String> parts = new ArrayList<>();
            counts.forEach((condition, n) -> parts.add(n + " " + condition.text()));
            text = String.join(", ", parts);
        }
        if (queue > 0) {
            text = text + "  q" + queue;
        }
        return new ComponentBadge(id, screen, worst, conditions, processes, queue, text);
    }

    /** Works out the paths and boxes of a new layout or trace. */
    private void prepare(Trace trace, DiagramLayout layout) {
        if (trace == tracedBy && layout == pathsOf) {
            return;
        }
        TraceHeader header = trace.header();
        Map<String, Integer> componentNumbers = new HashMap<>();
        List<String> ids = new ArrayList<>();
        processComponent = new int[header.processCount()];
        for (int p = 0; p < header.processCount(); p++) {
            String component = header.processes().get(p).component();
            Integer number = componentNumbers.get(component);
            if (number == null) {
                number = ids.size();
                componentNumbers.put(component, number);
                ids.add(component);
            }
            processComponent[p] = number;
        }
        componentIds = List.copyOf(ids);
        boxes = new Rect[ids.size()];
        for (int c = 0; c < ids.size(); c++) {
            boxes[c] = layout.box(ids.get(c)).map(DiagramLayout.Box::bounds).orElse(null);
        }
        Map<String, DiagramLayout.Edge> edges = new HashMap<>();
        for (DiagramLayout.Edge edge : layout.edges()) {
            edges.put(edge.id(), edge);
        }
        int links = header.links().size();
        linkPaths = new Path[links];
        linkFrom = new int[links];
        linkTo = new int[links];
        for (int l = 0; l < links; l++) {
            DiagramLayout.Edge edge = edges.get(header.links().get(l));
            linkFrom[l] = -1;
            linkTo[l] = -1;
            if (edge != null) {
                linkPaths[l] = new Path(edge);
                linkFrom[l] = componentNumbers.getOrDefault(edge.link().from(), -1);
                linkTo[l] = componentNumbers.getOrDefault(edge.link().to(), -1);
            }
        }
        tracedBy = trace;
        pathsOf = layout;
    }

    /** A link's polyline with its cumulative lengths, to find points along it without allocating. */
    private static final class Path {
        private final double[] xs;
        private final double[] ys;
        private final double[] lengths;
        private final double total;

        Path(DiagramLayout.Edge edge) {
            int n = edge.pointCount();
            xs = new double[n];
            ys = new double[n];
            lengths = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = edge.x(i);
                ys[i] = edge.y(i);
                if (i > 0) {
                    lengths[i] = lengths[i - 1] + Math.hypot(xs[i] - xs[i - 1], ys[i] - ys[i - 1]);
                }
            }
            total = lengths[n - 1];
        }

        void at(double fraction, double[] out) {
            double target = Math.max(0, Math.min(1, fraction)) * total;
            int n = xs.length;
            for (int i = 1; i < n; i++) {
                if (target <= lengths[i] || i == n - 1) {
                    double segment = lengths[i] - lengths[i - 1];
                    double t = segment == 0 ? 0 : Math.min(1, (target - lengths[i - 1]) / segment);
                    out[0] = xs[i - 1] + (xs[i] - xs[i - 1]) * t;
                    out[1] = ys[i - 1] + (ys[i] - ys[i - 1]) * t;
                    return;
                }
            }
            out[0] = xs[0];
            out[1] = ys[0];
        }
    }
}
