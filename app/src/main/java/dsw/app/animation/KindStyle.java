package dsw.app.animation;

import dsw.model.trace.MessageKind;
import javafx.scene.paint.Color;

/**
 * The colour and shape of each message kind. Every kind has a shape of its own, so that the kinds
 * stay apart for colour-blind users and in grey print; the colours come from the Okabe-Ito palette
 * (safe for the common colour-vision deficiencies), at a middle lightness that reads on the light
 * and the dark canvas alike. Shapes are made of a few axis-aligned rectangles, which software
 * rendering fills many times faster than any other shape, so that thousands of them keep the frame
 * rate. Immutable, thread-safe.
 */
public enum KindStyle {
    // The commonest kinds get the shapes of a single rectangle.
    REQUEST(MessageKind.REQUEST, Shape.SQUARE, "#2F86D0"),
    RESPONSE(MessageKind.RESPONSE, Shape.WIDE_BAR, "#E69F00"),
    PUBLISH(MessageKind.PUBLISH, Shape.PLUS, "#009E73"),
    DELIVERY(MessageKind.DELIVERY, Shape.TEE, "#56B4E9"),
    ACK(MessageKind.ACK, Shape.HOLLOW_SQUARE, "#CC79A7"),
    REPLICATION(MessageKind.REPLICATION, Shape.TALL_BAR, "#D55E00"),
    HEARTBEAT(MessageKind.HEARTBEAT, Shape.TWO_DOTS, "#B8960A"),
    VOTE(MessageKind.VOTE, Shape.DOUBLE_SQUARE, "#8E6BBF"),
    CONTROL(MessageKind.CONTROL, Shape.EQUALS, "#8C8C8C");

    /** A glyph's outline. */
    public enum Shape {
        /** ■ */
        SQUARE,
        /** ✚ */
        PLUS,
        /** ▬ */
        WIDE_BAR,
        /** ▮ */
        TALL_BAR,
        /** □ */
        HOLLOW_SQUARE,
        /** ⧉, two overlapping squares */
        DOUBLE_SQUARE,
        /** ▪▪ */
        TWO_DOTS,
        /** ┬ */
        TEE,
        /** = */
        EQUALS
    }

    private final MessageKind kind;
    private final Shape shape;
    private final Color colour;

    KindStyle(MessageKind kind, Shape shape, String colour) {
        this.kind = kind;
        this.shape = shape;
        this.colour = Color.web(colour);
    }

    public static KindStyle of(MessageKind kind) {
        return values()[kind.ordinal()];
    }

    public MessageKind kind() {
        return kind;
    }

    public Shape shape() {
        return shape;
    }

    public Color colour() {
        return colour;
    }
}
