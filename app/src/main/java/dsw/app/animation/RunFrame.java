package dsw.app.animation;

import dsw.app.canvas.Rect;
import dsw.model.trace.MessageKind;
import java.util.List;
import java.util.Optional;

/**
 * What the run layer shows at one moment, in screen pixels: the message copies in flight, red
 * crosses where copies were dropped lately, a badge per component, and the legend of the message
 * kinds of the run, and a circuit-breaker badge on each caller whose breakers have decided something. Computed from the run's state by {@link FrameBuilder} without drawing anything,
 * then painted by {@link RunPainter}. Immutable, thread-safe.
 *
 * @param time the virtual time shown, microseconds
 * @param glyphSize the radius of a message glyph, pixels
 * @param textSize the size of badge text, pixels
 * @param showText whether boxes are big enough on the screen for badge text (else only state marks)
 */
public record RunFrame(
        long time,
        MessageGlyphs messages,
        List<LossMark> losses,
        List<ComponentBadge> badges,
        List<MessageKind> legend,
        double glyphSize,
        double textSize,
        boolean showText,
        List<BreakerBadge> breakers) {
    /** Nothing to show. */
    public static final RunFrame EMPTY =
            new RunFrame(0, MessageGlyphs.NONE, List.of(), List.of(), List.of(), 6, 12, true);

    /** How far outside a glyph the mouse may be and still point at it, in pixels. */
    static final double HIT_SLACK = 3;

    public RunFrame {
        losses = List.copyOf(losses);
        badges = List.copyOf(badges);
        legend = List.copyOf(legend);
        breakers = List.copyOf(breakers);
    }

    /** A frame without circuit-breaker badges. */
    public RunFrame(
            long time,
            MessageGlyphs messages,
            List<LossMark> losses,
            List<ComponentBadge> badges,
            List<MessageKind> legend,
            double glyphSize,
            double textSize,
            boolean showText) {
        this(time, messages, losses, badges, legend, glyphSize, textSize, showText, List.of());
    }

    /** The circuit-breaker badge of a component, if it has one on the screen. */
    public Optional<BreakerBadge> breaker(String componentId) {
        return breakers.stream()
                .filter(b -> b.componentId().equals(componentId))
                .findFirst();
    }

    /** Where a breaker badge is drawn: a pill over the top right corner of its box. */
    public Rect breakerArea(BreakerBadge badge) {
        Rect box = badge.box();
        double h = badgeHeight();
        double w = showText ? Math.min(box.width(), badge.text().length() * textSize * 0.62 + 12) : h;
        return new Rect(box.maxX() - w + h / 3, box.y() - h / 2, w, h);
    }

    /** The height of a badge under its box, pixels: room for text, or only for state marks. */
    public double badgeHeight() {
        return showText ? textSize + 10 : 2 * markSize() + 2;
    }

    /** The radius of a state mark on a badge, pixels. */
    public double markSize() {
        return showText ? textSize * 0.45 : Math.max(3, glyphSize * 0.8);
    }

    /** The area a badge takes under its box (it is no wider than the box). */
    public Rect badgeArea(ComponentBadge badge) {
        Rect box = badge.box();
        return new Rect(box.x(), box.maxY() + 3, box.width(), badgeHeight());
    }

    /**
     * What is drawn at a screen point: the message glyph nearest to it (the topmost of equals),
     * else the component whose box or badge holds it; empty when nothing is.
     */
    public Optional<Hit> hitTest(double x, double y) {
        double reach = glyphSize + HIT_SLACK;
        double best = reach * reach;
        int found = -1;
        for (int i = messages.size() - 1; i >= 0; i--) {
            double dx = messages.x(i) - x;
            double dy = messages.y(i) - y;
            double d = dx * dx + dy * dy;
            if (d < best || (d == best && found < 0)) {
                best = d;
                found = i;
            }
        }
        if (found >= 0) {
            return Optional.of(new Hit.Message(messages.msg(found), messages.copy(found)));
        }
        for (BreakerBadge breaker : breakers) {
            if (breakerArea(breaker).contains(x, y)) {
                return Optional.of(new Hit.Component(breaker.componentId()));
            }
        }
        for (int i = badges.size() - 1; i >= 0; i--) {
            ComponentBadge badge = badges.get(i);
            if (badge.box().contains(x, y) || badgeArea(badge).contains(x, y)) {
                return Optional.of(new Hit.Component(badge.componentId()));
            }
        }
        return Optional.empty();
    }

    /** The badge of a component, if it is on the screen. */
    public Optional<ComponentBadge> badge(String componentId) {
        return badges.stream().filter(b -> b.componentId().equals(componentId)).findFirst();
    }
}
