package dsw.model.analysis;

import static dsw.model.analysis.Designs.design;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WordingTest {

    @Test
    void listsNameUpToSixAndThenCountTheRest() {
        List<String> six = List.of("a", "b", "c", "d", "e", "f");
        List<String> seven = List.of("a", "b", "c", "d", "e", "f", "g");

        assertThat(Wording.capped(List.of("a"))).isEqualTo("a");
        assertThat(Wording.capped(List.of("a", "b"))).isEqualTo("a and b");
        assertThat(Wording.capped(six)).isEqualTo("a, b, c, d, e and f");
        assertThat(Wording.capped(seven)).isEqualTo("a, b, c, d, e and 2 more");
        assertThat(Wording.join(List.of("client", "mobile app", "web browser"), "or"))
                .isEqualTo("client, mobile app or web browser");
    }

    @Test
    void componentsAreNamedWithTheirIdUnlessTheNameIsTheId() {
        Wording words = new Wording(design("names")
                .client("b", "Browsers")
                .service("svc", "svc", 1)
                .twoWay("b", "svc")
                .build());

        assertThat(words.component("b")).isEqualTo("Browsers (b)");
        assertThat(words.component("svc")).isEqualTo("svc");
        assertThat(words.link("b-svc")).isEqualTo("link b-svc (between Browsers and svc)");
    }

    @Test
    void manyClientsWithDifferentLossesAreCounted() {
        Designs d = design("crowd");
        Map<String, Set<String>> lost = new LinkedHashMap<>();
        IntStream.range(0, 6).forEach(i -> {
            d.client("k" + i, "Client " + i).service("s" + i, "Service " + i, 1);
            lost.put("k" + i, Set.of("s" + i));
        });

        String text = new Wording(d.build()).fromTo(lost);

        assertThat(text)
                .isEqualTo("from Client 0 (k0) to Service 0 (s0), and from Client 1 (k1) to Service 1 (s1), and"
                        + " from Client 2 (k2) to Service 2 (s2), and from 3 more clients to other components");
    }
}
