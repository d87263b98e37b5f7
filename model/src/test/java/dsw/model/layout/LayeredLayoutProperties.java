package dsw.model.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.Design;
import dsw.model.Link;
import dsw.model.Position;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Random designs (cycles, two-way links, nested and empty frames, components without links) always
 * arrange into a clean drawing. jqwik prints the seed and sizes of a failing case; {@code
 * RandomLayoutDesigns.of(new Random(seed), ...)} rebuilds it.
 */
class LayeredLayoutProperties {

    @Property(tries = 300)
    void randomDesignsArrangeWithoutOverlaps(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 60) int components,
            @ForAll @IntRange(max = 8) int frames) {
        Design design = RandomLayoutDesigns.of(new Random(seed), components, 1.2, frames);

        Design arranged = LayeredLayout.arrange(design);

        LayoutChecks.assertArranged(design, arranged, LayoutOptions.DEFAULT);
        assertThat(LayeredLayout.arrange(design)).as("the same layout again").isEqualTo(arranged);
    }

    @Property(tries = 100)
    void otherSizesAndACapOnColumnsKeepTheDrawingClean(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 40) int components,
            @ForAll @IntRange(max = 6) int frames,
            @ForAll @IntRange(max = 5) int maxColumns) {
        Design design = RandomLayoutDesigns.of(new Random(seed), components, 1.5, frames);
        LayoutOptions options = new LayoutOptions(120, 60, 40, 10, 12, 20, 0, maxColumns);

        LayoutChecks.assertArranged(design, LayeredLayout.arrange(design, options), options);
    }

    @Property(tries = 200)
    void withoutCyclesEveryLinkPointsRight(
            @ForAll long seed,
            @ForAll @IntRange(min = 2, max = 60) int components,
            @ForAll @IntRange(max = 8) int frames) {
        Random random = new Random(seed);
        Design design = RandomLayoutDesigns.of(random, components, 1.2, frames);
        // keep only links from an earlier to a later component: no cycles
        design = design.withLinks(design.links().stream()
                .filter(l -> index(l.from()) < index(l.to()))
                .toList());

        Design arranged = LayeredLayout.arrange(design);

        for (Link link : arranged.links()) {
            Position from = arranged.requireComponent(link.from()).position();
            Position to = arranged.requireComponent(link.to()).position();
            assertThat(from.x()).as("%s points right", link.id()).isLessThan(to.x());
        }
    }

    private static int index(String componentId) {
        return Integer.parseInt(componentId.substring(1));
    }
}
