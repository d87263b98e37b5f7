package dsw.app.spacetime;

import javafx.scene.paint.Color;

/**
 * The colours the space-time diagram paints with, taken from its stylesheet (see {@link
 * SpaceTimeCanvas}) so they follow the light or dark theme. Immutable.
 */
public record SpaceTimeColors(
        Color background,
        Color gutter,
        Color lane,
        Color text,
        Color mutedText,
        Color dot,
        Color arrow,
        Color drop,
        Color crash,
        Color recover,
        Color paused,
        Color fault,
        Color now,
        Color past,
        Color future,
        Color selected,
        Color compared,
        Color resilience,
        Color protection,
        Color messaging,
        Color balancing) {

    /** The colour of a family of pattern decisions; the plain dot colour for {@link DecisionFamily#NONE}. */
    public Color family(DecisionFamily family) {
        return switch (family) {
            case NONE -> dot;
            case RESILIENCE -> resilience;
            case PROTECTION -> protection;
            case MESSAGING -> messaging;
            case BALANCING -> balancing;
        };
    }

    /** The light theme's colours, used until the stylesheet says otherwise. */
    public static final SpaceTimeColors LIGHT = new SpaceTimeColors(
            Color.web("#ffffff"),
            Color.web("#f6f8fa"),
            Color.web("#8c959f"),
            Color.web("#1f2328"),
            Color.web("#656d76"),
            Color.web("#24292f"),
            Color.web("#57606a"),
            Color.web("#cf222e"),
            Color.web("#cf222e"),
            Color.web("#1a7f37"),
            Color.web("#bf8700"),
            Color.web("#8250df"),
            Color.web("#0969da"),
            Color.web("#bc4c00"),
            Color.web("#1a7f37"),
            Color.web("#0969da"),
            Color.web("#bf3989"),
            Color.web("#d1242f"),
            Color.web("#9a6700"),
            Color.web("#0969da"),
            Color.web("#1a7f37"));
}
