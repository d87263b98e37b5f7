package dsw.app.animation;

import dsw.app.canvas.CanvasColors;
import dsw.app.canvas.CanvasLayer;
import dsw.app.canvas.DesignCanvasView;
import dsw.app.canvas.DiagramLayout;
import dsw.app.canvas.Viewport;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.event.EventHandler;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Font;
import javafx.util.Duration;

/**
 * The run animation as a layer of the design canvas: paints each {@link RunFrame} of its {@link
 * RunLayerViewModel} over the design, and {@link #attach attached} to a canvas, repaints when the
 * run moves and shows a tooltip over messages and components. Its colours are fixed, chosen to read
 * on the light and the dark canvas alike (see {@link KindStyle}); only surfaces and text take the
 * canvas's theme colours. Use on the FX thread only.
 */
public final class RunLayer implements CanvasLayer {
    public static final String TOOLTIP_STYLE_CLASS = "run-layer-tooltip";
    /** Tooltip text size in presenter mode, pixels. */
    static final double PRESENTER_TOOLTIP_TEXT = 18;

    private final RunLayerViewModel viewModel;
    private final RunPainter painter = new RunPainter();

    public RunLayer(RunLayerViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public RunLayerViewModel viewModel() {
        return viewModel;
    }

    @Override
    public void paint(
            GraphicsContext gc,
            double width,
            double height,
            DiagramLayout layout,
            Viewport viewport,
            CanvasColors colours) {
        RunFrame frame = viewModel.frame(
                layout,
                viewport,
                width,
                height,
                viewModel.canvas().presenterProperty().get());
        painter.paint(gc, frame, colours);
    }

    /**
     * Shows this layer on {@code view}: sets it as the view's layer, repaints it whenever the run
     * moves, and shows a tooltip over what the mouse points at. {@link Attachment#dispose()} undoes
     * all of it.
     */
    public Attachment attach(DesignCanvasView view) {
        return new Attachment(view);
    }

    /** This layer on one canvas view, until disposed. Use on the FX thread only. */
    public final class Attachment {
        private final DesignCanvasView view;
        private final Tooltip tooltip = new Tooltip();
        private final InvalidationListener repaint;
        private final EventHandler<MouseEvent> moved = this::moved;
        private final EventHandler<MouseEvent> exited = e -> hideTooltip();
        private final EventHandler<MouseEvent> clicked = e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY && e.getClickCount() == 1) {
                viewModel.selectAt(e.getX(), e.getY());
            }
        };
        private boolean disposed;

        private Attachment(DesignCanvasView view) {
            this.view = view;
            tooltip.getStyleClass().add(TOOLTIP_STYLE_CLASS);
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(520);
            tooltip.setShowDelay(Duration.ZERO);
            tooltip.setAutoHide(false);
            repaint = obs -> view.requestLayerPaint();
            viewModel.revisionProperty().addListener(repaint);
            view.addEventHandler(MouseEvent.MOUSE_MOVED, moved);
            view.addEventHandler(MouseEvent.MOUSE_EXITED, exited);
            view.addEventHandler(MouseEvent.MOUSE_CLICKED, clicked);
            view.setLayer(RunLayer.this);
        }

        /** The tooltip over messages and components, for tests. */
        public Tooltip tooltip() {
            return tooltip;
        }

        private void moved(MouseEvent e) {
            Optional<String> text = viewModel.describeAt(e.getX(), e.getY());
            if (text.isEmpty()) {
                hideTooltip();
                return;
            }
            tooltip.setText(text.get());
            tooltip.setFont(
                    viewModel.canvas().presenterProperty().get()
                            ? Font.font(PRESENTER_TOOLTIP_TEXT)
                            : Font.getDefault());
            double x = e.getScreenX() + 16;
            double y = e.getScreenY() + 16;
            if (tooltip.isShowing()) {
                tooltip.setAnchorX(x);
                tooltip.setAnchorY(y);
            } else if (view.getScene() != null && view.getScene().getWindow() != null) {
                tooltip.show(view, x, y);
            }
        }

        private void hideTooltip() {
            if (tooltip.isShowing()) {
                tooltip.hide();
            }
        }

        /** Takes the layer off the view, with its listeners and tooltip. */
        public void dispose() {
            if (disposed) {
                return;
            }
            disposed = true;
            hideTooltip();
            viewModel.revisionProperty().removeListener(repaint);
            view.removeEventHandler(MouseEvent.MOUSE_MOVED, moved);
            view.removeEventHandler(MouseEvent.MOUSE_EXITED, exited);
            view.removeEventHandler(MouseEvent.MOUSE_CLICKED, clicked);
            view.setLayer(CanvasLayer.NONE);
        }
    }
}
