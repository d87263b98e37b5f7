package dsw.app.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.app.canvas.Rect;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnappingTest {
    private final Rect box = new Rect(0, 0, 100, 50);

    @Test
    void withNothingNearTheCentreLandsOnTheGrid() {
        Snapping.Result r = Snapping.snap(box, List.of(), 33, 47, 8, true);
        assertThat(box.centerX() + r.dx()).isEqualTo(80);
        assertThat(box.centerY() + r.dy()).isEqualTo(80);
        assertThat(r.guides()).isEmpty();
    }

    @Test
    void anEdgeNearAnotherBoxsEdgeSnapsToItWithAGuide() {
        Rect other = new Rect(300, 203, 100, 50);
        Snapping.Result r = Snapping.snap(box, List.of(other), 307, 50, 8, true);
        assertThat(r.dx()).as("left edges align").isEqualTo(300);
        assertThat(r.guides()).anySatisfy(g -> {
            assertThat(g.vertical()).isTrue();
            assertThat(g.at()).isEqualTo(300);
        });
    }

    @Test
    void centresAlignAcrossDifferentSizes() {
        Rect tall = new Rect(500, 0, 40, 200); // centre y = 100
        Snapping.Result r = Snapping.snap(box, List.of(tall), 0, 73, 8, true); // box centre y = 98
        assertThat(box.centerY() + r.dy()).isEqualTo(100);
    }

    @Test
    void disabledMovesExactly() {
        Snapping.Result r = Snapping.snap(box, List.of(new Rect(3, 3, 100, 50)), 1.5, 2.5, 8, false);
        assertThat(r.dx()).isEqualTo(1.5);
        assertThat(r.dy()).isEqualTo(2.5);
    }
}
