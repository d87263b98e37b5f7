package dsw.app.animation;

import dsw.model.trace.MessageKind;
import javafx.scene.paint.Color;

/**
 * The colour and shape of each message kind. Every kind has a shape of its own, so that the kinds
 * stay apart for colour-blind users and in grey print; the colours come from the Okabe-Ito palette
 * (safe for the common colour-vision deficiencies), at a middle lightness that reads on the light
 * and the dark canvas alike, and glyphs get a halo in the background colour that keeps them apart
 * from the links they travel on. Immutable, thread-safe.
 */
public enum KindStyle {
    REQUEST(MessageKind.REQUEST, Shape.CIRCLE, "#2F86D0"),
    RESPONSE(MessageKind.RESPONSE, Shape.DIAMOND, "#E69F00"),
    PUBLISH(MessageKind.PUBLISH, Shape.SQUARE, "#009E73"),
    DELIVERY(MessageKind.DELIVERY, Shape.TRIANGLE_UP, "#56B4E9"),
    ACK(MessageKind.ACK, Shape.TRIANGLE_DOWN, "#CC79A7"),
    REPLICATION(MessageKind.REPLICATION, Shape.HEXAGON, "#D55E00"),
    HEARTBEAT(MessageKind.HEARTBEAT, Shape.RING, "#B8960A"),
    VOTE(MessageKind.VOTE, Shape.STAR, "#8E6BBF"),
    CONTROL(MessageKind.CONTROL, Shape.BAR, "#8C8C8C");

    /** The outline a glyph is drawn with. */
    public enum Shape {
        CIRCLE,
        DIAMOND,
        SQUARE,
        TRIANGLE_UP,
        TRIANGLE_DOWN,
        HEXAGON,
        RING,
        STAR,
        BAR
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
