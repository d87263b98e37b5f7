package dsw.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MinimapTest {
    @Test
    void mapsTheWorldIntoTheMapAndBack() {
        Rect content = new Rect(0, 0, 2000, 1000);
        Rect visible = new Rect(0, 0, 800, 600);
        Minimap map = Minimap.of(content, visible, 220, 150);
        Rect shown = map.toMap(content);
        assertThat(shown.width()).isLessThanOrEqualTo(220);
        assertThat(shown.x()).isGreaterThanOrEqualTo(0);
        assertThat(map.toCanvasX(map.toMapX(1234))).isCloseTo(1234, within(1e-9));
        assertThat(map.toCanvasY(map.toMapY(567))).isCloseTo(567, within(1e-9));
    }

    @Test
    void isWorthShowingOnlyWhenTheDesignDoesNotFit() {
        Rect content = new Rect(0, 0, 500, 300);
        assertThat(Minimap.useful(content, new Rect(-10, -10, 800, 600))).isFalse();
        assertThat(Minimap.useful(content, new Rect(100, 0, 300, 600))).isTrue();
    }
}
