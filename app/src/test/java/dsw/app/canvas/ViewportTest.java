package dsw.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ViewportTest {
    @Test
    void fitShowsEverythingCentred() {
        Rect content = new Rect(100, 100, 1000, 500);
        Viewport v = Viewport.fit(content, 600, 600, 50);
        assertThat(v.scale()).isCloseTo(0.5, within(1e-9));
        assertThat(v.toScreenX(content.x())).isCloseTo(50, within(1e-9));
        assertThat(v.toScreenX(content.maxX())).isCloseTo(550, within(1e-9));
        assertThat(v.toScreenY(content.centerY())).isCloseTo(300, within(1e-9));
    }

    @Test
    void fitNeverBlowsUpATinyDesign() {
        Viewport v = Viewport.fit(new Rect(0, 0, 10, 10), 1000, 1000, 0);
        assertThat(v.scale()).isEqualTo(Viewport.MAX_FIT_SCALE);
    }

    @Test
    void zoomKeepsThePointUnderTheMouseInPlace() {
        Viewport v = new Viewport(0.8, 30, -20);
        double canvasX = v.toCanvasX(200);
        double canvasY = v.toCanvasY(150);
        Viewport zoomed = v.zoomAt(1.5, 200, 150);
        assertThat(zoomed.scale()).isCloseTo(1.2, within(1e-9));
        assertThat(zoomed.toScreenX(canvasX)).isCloseTo(200, within(1e-9));
        assertThat(zoomed.toScreenY(canvasY)).isCloseTo(150, within(1e-9));
    }

    @Test
    void zoomStopsAtTheLimits() {
        assertThat(Viewport.IDENTITY.zoomAt(1000, 0, 0).scale()).isEqualTo(Viewport.MAX_SCALE);
        assertThat(Viewport.IDENTITY.zoomAt(0.0001, 0, 0).scale()).isEqualTo(Viewport.MIN_SCALE);
    }

    @Test
    void emptyContentOrViewGivesTheIdentity() {
        assertThat(Viewport.fit(Rect.EMPTY, 500, 500, 10)).isEqualTo(Viewport.IDENTITY);
        assertThat(Viewport.fit(new Rect(0, 0, 10, 10), 0, 0, 10)).isEqualTo(Viewport.IDENTITY);
    }
}
