package dsw.app.animation;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.app.canvas.Rect;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The legend goes to the corner of the canvas that hides the fewest components. */
class LegendCornerTest {
    private static final double W = 120;
    private static final double H = 60;

    @Test
    void bottomLeftWhenItIsFree() {
        double[] corner = RunPainter.legendCorner(frame(new Rect(20, 20, 180, 80)), W, H, 1000, 600);
        assertThat(corner).containsExactly(12, 600 - H - 12);
    }

    @Test
    void topLeftWhenAComponentSitsBottomLeftAndTopRightWhenBothLeftCornersAreTaken() {
        Rect bottomLeft = new Rect(20, 480, 180, 80);
        assertThat(RunPainter.legendCorner(frame(bottomLeft), W, H, 1000, 600)).containsExactly(12, 12);
        Rect topLeft = new Rect(10, 10, 180, 80);
        assertThat(RunPainter.legendCorner(frame(bottomLeft, topLeft), W, H, 1000, 600))
                .containsExactly(1000 - W - 12, 12);
    }

    private static RunFrame frame(Rect... boxes) {
        List<ComponentBadge> badges = java.util.Arrays.stream(boxes)
                .map(b -> new ComponentBadge("c", b, Condition.UP, List.of(Condition.UP), List.of(0), 0, "L1"))
                .toList();
        return new RunFrame(0, MessageGlyphs.NONE, List.of(), badges, List.of(), 6, 12, true);
    }
}
