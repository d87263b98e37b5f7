package dsw.app.animation;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.trace.MessageKind;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KindStyleTest {
    @Test
    void everyKindHasAShapeAndAColourOfItsOwn() {
        Set<KindStyle.Shape> shapes = new HashSet<>();
        Set<javafx.scene.paint.Color> colours = new HashSet<>();
        for (MessageKind kind : MessageKind.values()) {
            assertThat(KindStyle.of(kind).kind()).isEqualTo(kind);
            shapes.add(KindStyle.of(kind).shape());
            colours.add(KindStyle.of(kind).colour());
        }
        assertThat(shapes).hasSize(MessageKind.values().length);
        assertThat(colours).hasSize(MessageKind.values().length);
    }
}
