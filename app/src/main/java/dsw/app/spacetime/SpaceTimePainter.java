package dsw.app.spacetime;

import dsw.app.spacetime.SpaceTimeFrame.Arrow;
import dsw.app.spacetime.SpaceTimeFrame.Dot;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Draws a {@link SpaceTimeFrame} on a canvas: lanes (dashed while crashed, thin on a band while
 * paused), fault lines, message arrows, drop crosses, event dots (a bold cross for a crash, a
 * diamond in its family's colour for a pattern's decision), labels, selected decisions' notes,
 * the now line, and on top the sticky column of process names and the time axis. Arrows and dots
 * that share a style are drawn as one path: JavaFX's software renderer costs mostly per stroke or
 * fill call (per scanline each spans), so a thousand long arrows in one path cost about as much as
 * a few drawn one by one. Holds no state between frames. Use on the FX thread only.
 */
public final class SpaceTimePainter {
    /** How opaque faded (future) items are. */
    static final double FADED = 0.28;
    /** How opaque items concurrent with the selected event are. */
    static final double DIMMED = 0.22;
    /** Arrows shorter than this many pixels get no head. */
    static final double HEAD_MIN_LENGTH = 14;
    /** Beyond this many plain dots in a frame, they are drawn as small squares. */
    static final int MANY_DOTS = 800;
    /** Lines are clipped this many pixels outside the plot. */
    static final double CLIP_MARGIN = 8;

    private double weight = 1;

    /** Draws lines this many times thicker (presenter mode). */
    public void setLineWeight(double value) {
        weight = value;
    }

    public void paint(GraphicsContext gc, SpaceTimeFrame frame, SpaceTimeColors colours, Font font) {
        gc.save();
        gc.setFill(colours.background());
        gc.fillRect(0, 0, frame.width(), frame.height());
        gc.setLineCap(StrokeLineCap.BUTT);
        lanes(gc, frame, colours);
        markers(gc, frame, colours);
        arrows(gc, frame, colours);
        crosses(gc, frame, colours);
        dots(gc, frame, colours, font);
        labels(gc, frame, colours, font);
        notes(gc, frame, colours, font);
        now(gc, frame, colours);
        gutter(gc, frame, colours, font);
        axis(gc, frame, colours, font);
        gc.restore();
    }

    private void lanes(GraphicsContext gc, SpaceTimeFrame frame, SpaceTimeColors c) {
        for (SpaceTimeFrame.Lane lane : frame.lanes()) {
            double y = lane.y();
            for (SpaceTimeFrame.Segment s : lane.segments()) {
                double alpha = s.faded() ? 0.6 : 1;
                switch (s.state()) {
                    case UP -> {
                        gc.setStroke(withAlpha(c.lane(), alpha));
                        gc.setLineWidth(1.2 * weight);
                        gc.strokeLine(s.x1(), y, s.x2(), y);
                    }
                    case CRASHED -> {
                        gc.setStroke(withAlpha(c.crash(), 0.55 * alpha));
                        gc.setLineWidth(1.2 * weight);
                        gc.setLineDashes(6, 5);
                        gc.strokeLine(s.x1(), y, s.x2(), y);
                        gc.setLineDashes();
                    }
                    case PAUSED -> {
                        gc.setFill(withAlpha(c.paused(), 0.16 * alpha));
                        gc.fillRect(s.x1(), y - 5, s.x2() - s.x1(), 10);
                        gc.setStroke(withAlpha(c.paused(), alpha));
                        gc.setLineWidth(0.6 * weight);
                        gc.setLineDashes(2, 3);
                        gc.strokeLine(s.x1(), y, s.x2(), y);
                        gc.setLineDashes();
                    }
                }
            }
        }
    }

    private void markers(GraphicsContext gc, SpaceTimeFrame frame, SpaceTimeColors c) {
        gc.setLineWidth(1 * weight);
        for (SpaceTimeFrame.Marker m : frame.markers()) {
            gc.setStroke(withAlpha(c.fault(), m.faded() ? FADED : 0.8));
            gc.strokeLine(m.x(), frame.plotTop(), m.x(), frame.height());
        }
    }

    private void arrows(GraphicsContext gc, SpaceTimeFrame frame, SpaceTimeColors c) {
        boolean heads = frame.arrows().size() < 1500;
        Map<Pen, Coordinates> lines = new LinkedHashMap<>();
        Map<Color, Coordinates> tips = new LinkedHashMap<>();
        double[] clipped = new double[4];
        for (Arrow a : frame.arrows()) {
            if (!clip(a, frame, clipped)) {
                continue;
            }
            Color colour = arrowColour(a, c);
            Pen pen = new Pen(colour, (highlighted(a.highlight()) ? 1.5 : 1) * weight, a.inFlight());
            lines.computeIfAbsent(pen, k -> new Coordinates()).add(clipped);
            if (heads && !a.dropped() && clipped[2] == a.x2() && clipped[3] == a.y2()) {
                head(tips.computeIfAbsent(colour, k -> new Coordinates()), a);
            }
        }
        lines.forEach((pen, list) -> {
            gc.setStroke(pen.colour());
            gc.setLineWidth(pen.width());
            if (pen.dashed()) {
                gc.setLineDashes(4, 4);
            }
            gc.beginPath();
            for (int i = 0; i < list.size(); i += 4) {
                gc.moveTo(list.get(i), list.get(i + 1));
                gc.lineTo(list.get(i + 2), list.get(i + 3));
            }
            gc.stroke();
            gc.setLineDashes();
        });
        tips.forEach((colour, list) -> {
            gc.setFill(colour);
            gc.beginPath();
            for (int i = 0; i < list.size(); i += 6) {
                gc.moveTo(list.get(i), list.get(i + 1));
                gc.lineTo(list.get(i + 2), list.get(i + 3));
                gc.lineTo(list.get(i + 4), list.get(i + 5));
                gc.closePath();
            }
            gc.fill();
        });
    }

    /** A line style: arrows that share one are stroked as one path. */
    private record Pen(Color colour, double width, boolean dashed) {}

    /** A growing list of coordinates. */
    private static final class Coordinates {
        private double[] values = new double[64];
        private int size;

        void add(double... more) {
            if (size + more.length > values.length) {
                values = Arrays.copyOf(values, Math.max(values.length * 2, size + more.length));
            }
            System.arraycopy(more, 0, values, size, more.length);
            size += more.length;
        }

        double get(int index) {
            return values[index];
        }

        int size() {
            return size;
        }
    }

    /**
     * The part of an arrow inside the plot (Liang-Barsky), into {@code out} as x1, y1, x2, y2;
     * false when none of it is.
     */
    static boolean clip(Arrow a, SpaceTimeFrame frame, double[] out) {
        double dx = a.x2() - a.x1();
        double dy = a.y2() - a.y1();
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {
            a.x1() - (frame.plotLeft() - CLIP_MARGIN),
            frame.width() + CLIP_MARGIN - a.x1(),
            a.y1() - (frame.plotTop() - CLIP_MARGIN),
            frame.height() + CLIP_MARGIN - a.y1()
        };
        double t0 = 0;
        double t1 = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
            } else {
                double r = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, r);
                } else {
                    t1 = Math.min(t1, r);
                }
            }
        }
        if (t0 > t1) {
            return false;
        }
        out[0] = t0 == 0 ? a.x1() : a.x1() + t0 * dx;
        out[1] = t0 == 0 ? a.y1() : a.y1() + t0 * dy;
        out[2] = t1 == 1 ? a.x2() : a.x1() + t1 * dx;
        out[3] = t1 == 1 ? a.y2() : a.y1() + t1 * dy;
        return true;
    }

    private static boolean highlighted(Highlight h) {
        return h == Highlight.PAST || h == Highlight.FUTURE;
    }

    private static Color arrowColour(Arrow a, SpaceTimeColors c) {
        Color base =
                switch (a.highlight()) {
                    case PAST -> c.past();
                    case FUTURE -> c.future();
                    case CONCURRENT -> withAlpha(c.arrow(), DIMMED);
                    case SELECTED -> c.selected();
                    case COMPARED -> c.compared();
                    case NONE -> withAlpha(c.arrow(), 0.85);
                };
        return a.faded() ? withAlpha(base, base.getOpacity() * FADED) : base;
    }

    /** Adds an arrow's head, a triangle at its end, to {@code tips}. */
    private void head(Coordinates tips, Arrow a) {
        double dx = a.x2() - a.x1();
        double dy = a.y2() - a.y1();
        double length = Math.hypot(dx, dy);
        if (length < HEAD_MIN_LENGTH) {
            return;
        }
        double ux = dx / length;
        double uy = dy / length;
        double size = 7 * weight;
        double bx = a.x2() - ux * size;
        double by = a.y2() - uy * size;
        double half = size * 0.45;
        tips.add(a.x2(), a.y2(), bx - uy * half, by + ux * half, bx + uy * half, by - ux * half);
    }

    private void crosses(GraphicsContext gc, SpaceTimeFrame frame, SpaceTimeColors c) {
        gc.setLineWidth(2.4 * weight);
        double s = 5 * weight;
        for (SpaceTimeFrame.Cross x : frame.crosses()) {
            gc.setStroke(withAlpha(c.drop(), x.faded() ? FADED : 1));
            gc.strokeLine(x.x() - s, x.y() - s, x.x() + s, x.y() + s);
            gc.strokeLine(x.x() - s, x.y() + s, x.x() + s, x.y() - s);
        }
    }

    /** Plain dots are filled one path per colour; the few special events are drawn one by one. */
    private void dots(GraphicsContext gc, SpaceTimeFrame frame, SpaceTimeColors c, Font font) {
        double r = Math.max(3.5, font.getSize() * 0.32);
        Map<Color, Coordinates> plain = new LinkedHashMap<>();
        for (Dot d : frame.dots()) {
            Color colour = dotColour(d, c);
            switch (d.type()) {
                case CRASH -> {
                    double s = r + 2;
                    // a crash stays marked even when dimmed as concurrent with the selection
                    gc.setStroke(withAlpha(c.crash(), Math.max(colour.getOpacity(), d.faded() ? FADED : 0.6)));
                    gc.setLineWidth(3 * weight);
                    gc.strokeLine(d.x() - s, d.y() - s, d.x() + s, d.y() + s);
                    gc.strokeLine(d.x() - s, d.y() + s, d.x() + s, d.y() - s);
                }
                case RECOVER -> {
                    gc.setStroke(withAlpha(c.recover(), colour.getOpacity()));
                    gc.setLineWidth(2.5 * weight);
                    gc.strokeOval(d.x() - r, d.y() - r, 2 * r, 2 * r);
                }
                case PAUSE, RESUME -> {
                    gc.setFill(withAlpha(c.paused(), colour.getOpacity()));
                    gc.fillRect(d.x() - r * 0.6, d.y() - r - 1, r * 1.2, 2 * r + 2);
                }
                case LOCAL -> {
                    if (d.family() == DecisionFamily.NONE) {
                        plain.computeIfAbsent(colour, k -> new Coordinates()).add(d.x(), d.y());
                    }
                }
                default -> plain.computeIfAbsent(colour, k -> new Coordinates()).add(d.x(), d.y());
            }
        }
        int count = plain.values().stream().mapToInt(list -> list.size() / 2).sum();
        if (count > MANY_DOTS) {
            // Zoomed out: squares, which the software renderer fills without anti-aliasing, far faster.
            double side = 1.7 * r;
            plain.forEach((colour, list) -> {
                gc.setFill(colour);
                for (int i = 0; i < list.size(); i += 2) {
                    gc.fillRect(list.get(i) - side / 2, list.get(i + 1) - side / 2, side, side);
                }
            });
            plain.clear();
        }
        plain.forEach((colour, list) -> {
            gc.setFill(colour);
            gc.beginPath();
            for (int i = 0; i < list.size(); i += 2) {
                gc.moveTo(list.get(i) + r, list.get(i + 1));
                gc.arc(list.get(i), list.get(i + 1), r, r, 0, 360);
                gc.closePath();
            }
            gc.fill();
        });
        diamonds(gc, frame, c, r);
        for (Dot d : frame.dots()) {
            if (d.marked()) {
                // the operations a checker names: a dashed ring in the crash colour, outside the selection's ring
                gc.setStroke(c.crash());
                gc.setLineWidth(2 * weight);
                gc.setLineDashes(3 * weight, 2 * weight);
                double ring = r + 7;
                gc.strokeOval(d.x() - ring, d.y() - ring, 2 * ring, 2 * ring);
                gc.setLineDashes((double[]) null);
            }
            if (d.highlight() == Highlight.SELECTED || d.highlight() == Highlight.COMPARED) {
                gc.setStroke(d.highlight() == Highlight.SELECTED ? c.selected() : c.compared());
                gc.setLineWidth(2.5 * weight);
                double ring = r + 4;
                gc.strokeOval(d.x() - ring, d.y() - ring, 2 * ring, 2 * ring);
            }
        }
    }

    /**
     * Pattern decisions: a diamond a little larger than a dot, in the family's colour, with a thin
     * outline in the background colour so that it stands out on a lane or an arrow. Drawn after
     * the plain dots, so a decision sharing its instant with a receive stays visible.
     */
    private void diamonds(GraphicsContext gc, SpaceTimeFrame frame, SpaceTimeColors c, double r) {
        double s = r * 1.55;
        for (Dot d : frame.dots()) {
            if (d.family() == DecisionFamily.NONE) {
                continue;
            }
            double alpha = dotColour(d, c).getOpacity();
            double[] xs = {d.x(), d.x() + s, d.x(), d.x() - s};
            double[] ys = {d.y() - s, d.y(), d.y() + s, d.y()};
            gc.setFill(withAlpha(c.family(d.family()), alpha));
            gc.fillPolygon(xs, ys, 4);
            gc.setStroke(withAlpha(c.background(), alpha));
            gc.setLineWidth(1 * weight);
            gc.strokePolygon(xs, ys, 4);
        }
    }

    /** The labels of selected decisions, in bold and the family's colour, on a background patch. */
    private void notes(GraphicsContext gc, SpaceTimeFrame frame, SpaceTimeColors c, Font font) {
        if (frame.notes().isEmpty()) {
            return;
        }
        Font bold = Font.font(font.getFamily(), FontWeight.BOLD, font.getSize() * 0.9);
        gc.setFont(bold);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BASELINE);
        for (SpaceTimeFrame.Note n : frame.notes()) {
            double alpha = n.faded() ? 0.6 : 1;
            double width = n.text().length() * bold.getSize() * 0.6;
            gc.setFill(withAlpha(c.background(), 0.85 * alpha));
            gc.fillRect(n.x() - 2, n.y() - bold.getSize(), width + 4, bold.getSize() * 1.3);
            gc.setFill(withAlpha(c.family(n.family()), alpha));
            gc.fillText(n.text(), n.x(), n.y());
        }
    }

    private static Color dotColour(Dot d, SpaceTimeColors c) {
        Color base =
                switch (d.highlight()) {
                    case PAST -> c.past();
                    case FUTURE -> c.future();
                    case CONCURRENT -> withAlpha(c.dot(), DIMMED);
                    case SELECTED -> c.selected();
                    case COMPARED -> c.compared();
                    case NONE -> c.dot();
                };
        return d.faded() ? withAlpha(base, base.getOpacity() * FADED) : base;
    }

    private void labels(GraphicsContext gc, SpaceTimeFrame frame, SpaceTimeColors c, Font font) {
        gc.setFont(Font.font(font.getFamily(), font.getSize() * 0.85));
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BASELINE);
        for (SpaceTimeFrame.Label l : frame.labels()) {
            double alpha = (l.faded() ? FADED : 1) * (l.highlight() == Highlight.CONCURRENT ? 0.5 : 1);
            gc.setFill(withAlpha(c.mutedText(), alpha));
            gc.fillText(l.text(), l.x(), l.y());
        }
    }

    private void now(GraphicsContext gc, SpaceTimeFrame frame, SpaceTimeColors c) {
        if (Double.isNaN(frame.nowX())) {
            return;
        }
        gc.setStroke(c.now());
        gc.setLineWidth(2 * weight);
        gc.strokeLine(frame.nowX(), frame.plotTop(), frame.nowX(), frame.height());
    }

    private void gutter(GraphicsContext gc, SpaceTimeFrame frame, SpaceTimeColors c, Font font) {
        double left = frame.plotLeft();
        gc.setFill(c.gutter());
        gc.fillRect(0, 0, left, frame.height());
        gc.setStroke(c.lane());
        gc.setLineWidth(1);
        gc.strokeLine(left - 0.5, 0, left - 0.5, frame.height());
        gc.setFont(font);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        double room = left - 14;
        int chars = (int) Math.max(3, room / (font.getSize() * 0.6));
        for (SpaceTimeFrame.Lane lane : frame.lanes()) {
            if (lane.y() < frame.plotTop() - 4 || lane.y() > frame.height() + 4) {
                continue;
            }
            boolean crashed =
                    !lane.segments().isEmpty() && lane.segments().get(0).state() == LaneState.CRASHED;
            gc.setFill(crashed ? c.crash() : c.text());
            String name =
                    lane.name().length() <= chars ? lane.name() : lane.name().substring(0, chars - 1) + "…";
            gc.fillText(name, 8, lane.y(), room);
        }
    }

    private void axis(GraphicsContext gc, SpaceTimeFrame frame, SpaceTimeColors c, Font font) {
        double top = frame.plotTop();
        gc.setFill(c.gutter());
        gc.fillRect(0, 0, frame.width(), top);
        gc.setStroke(c.lane());
        gc.setLineWidth(1);
        gc.strokeLine(0, top - 0.5, frame.width(), top - 0.5);
        gc.setFont(Font.font(font.getFamily(), font.getSize() * 0.85));
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setFill(c.mutedText());
        for (SpaceTimeFrame.Tick t : frame.ticks()) {
            if (t.x() < frame.plotLeft()) {
                continue;
            }
            gc.strokeLine(t.x(), top - 6, t.x(), top);
            gc.fillText(t.text(), t.x() + 3, top / 2);
        }
        gc.setFont(Font.font(font.getFamily(), FontWeight.BOLD, font.getSize() * 0.8));
        gc.setFill(c.fault());
        for (SpaceTimeFrame.Marker m : frame.markers()) {
            if (m.x() >= frame.plotLeft()) {
                gc.fillText(m.text(), m.x() + 3, top + font.getSize() * 0.7);
            }
        }
    }

    private static Color withAlpha(Color colour, double alpha) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), Math.max(0, Math.min(1, alpha)));
    }
}
