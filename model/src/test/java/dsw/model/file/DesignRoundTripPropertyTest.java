package dsw.model.file;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.Design;
import dsw.model.kind.ComponentKind;
import dsw.model.kind.KindCatalog;
import dsw.model.scenario.FaultType;
import dsw.model.value.Distribution;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Random valid designs (every kind, every distribution, nested frames, every fault type) survive
 * toJson, read, toJson exactly. jqwik prints the seed of a failing run; rerun with it to reproduce.
 */
class DesignRoundTripPropertyTest {
    @Property(tries = 300)
    void aDesignRoundTripsExactly(@ForAll("designs") Design design) throws Exception {
        String text = DesignFiles.toJson(design);

        LoadResult loaded = DesignFiles.read("random.dsw.json", text.getBytes(StandardCharsets.UTF_8));

        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.design()).isEqualTo(design);
        assertThat(DesignFiles.toJson(loaded.design())).isEqualTo(text);
    }

    @Test
    void theGeneratorCoversEveryKindDistributionFaultTypeAndNesting() {
        Random random = new Random(20_260_101);
        Set<String> kinds = new HashSet<>();
        Set<String> distributions = new HashSet<>();
        Set<FaultType> faults = new HashSet<>();
        boolean nested = false;
        for (int i = 0; i < 300; i++) {
            Design design = new RandomDesigns(random).design();
            design.components().forEach(c -> kinds.add(c.kind().id()));
            design.links().forEach(l -> distributions.add(l.network().latency().type()));
            design.scenario().faults().forEach(f -> faults.add(f.fault().type()));
            nested |= design.groups().stream()
                    .anyMatch(g -> g.parent() != null
                            && design.group(g.parent()).orElseThrow().parent() != null);
        }
        assertThat(kinds)
                .containsExactlyInAnyOrderElementsOf(KindCatalog.standard().all().stream()
                        .map(ComponentKind::id)
                        .toList());
        assertThat(distributions).containsExactlyInAnyOrderElementsOf(Distribution.TYPES);
        assertThat(faults).containsExactlyInAnyOrder(FaultType.values());
        assertThat(nested).as("frames nested two deep").isTrue();
    }

    @Provide
    Arbitrary<Design> designs() {
        return Arbitraries.randomValue(random -> new RandomDesigns(random).design());
    }
}
