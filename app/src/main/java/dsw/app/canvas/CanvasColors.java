package dsw.app.canvas;

import javafx.scene.paint.Color;

/**
 * The colours the canvas paints with, taken from the stylesheet (see {@link DesignCanvasView}) so
 * they follow the light or dark theme. Immutable.
 */
public record CanvasColors(
        Color background,
        Color grid,
        Color frameFill,
        Color frameStroke,
        Color frameText,
        Color boxFill,
        Color boxStroke,
        Color boxText,
        Color boxSubtext,
        Color icon,
        Color link,
        Color linkText,
        Color selection,
        Color badgeFill,
        Color badgeText) {}
