package dsw.diagrams.plantuml;

import dsw.diagrams.plantuml.DeploymentDiagram.Layout;
import dsw.diagrams.plantuml.DeploymentDiagram.Options;
import dsw.model.Design;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Draws a design's deployment diagram as SVG or PNG, so that any design yields a picture, even one
 * PlantUML's built-in layout cannot lay out with its frames.
 *
 * <p>PlantUML's embedded layout (smetana) crashes on some diagrams with frames and labelled links,
 * more often the larger they are (NullPointerException "splines is null"; measured on generated
 * designs: it failed at 100 components in C4 style, at 200 in plain style, and succeeded on others
 * as large). The strategy, in order:
 *
 * <ol>
 *   <li>the diagram with its frames, laid out by smetana;
 *   <li>when smetana fails and Graphviz {@code dot} is installed, the same diagram laid out by dot
 *       ({@link Renderer} does this);
 *   <li>otherwise the diagram without frames ({@link Layout#FLAT}): each component's label names its
 *       frames. Flat diagrams of up to 1,000 generated components laid out in every test.
 * </ol>
 *
 * The image's {@link Renderer.Image#notes() notes} say when the frames were left out. Stateless and
 * thread-safe (rendering itself is serialised by {@link Renderer}).
 */
public final class DeploymentExport {
    private DeploymentExport() {}

    /**
     * The design's deployment diagram drawn in the format.
     *
     * @throws DiagramException when no layout could draw it, naming why
     * @throws IllegalArgumentException when {@code options.down()} names an id the design does not have
     */
    public static Renderer.Image render(Design design, Options options, Renderer.Format format)
            throws DiagramException {
        Objects.requireNonNull(format, "format");
        String framed = DeploymentDiagram.of(design, options, Layout.FRAMED);
        try {
            return Renderer.render(framed, format);
        } catch (DiagramException e) {
            if (!e.isLayoutFailure() || design.groups().isEmpty()) {
                throw e;
            }
            Renderer.Image flat = Renderer.render(DeploymentDiagram.of(design, options, Layout.FLAT), format);
            List<String> notes = new ArrayList<>();
            notes.add("frames are left out and named in each component's label instead: PlantUML's built-in"
                    + " layout (smetana) failed on this diagram with its frames; with Graphviz (dot) installed"
                    + " they are drawn, and the .puml export always has them");
            notes.addAll(flat.notes());
            return new Renderer.Image(flat.format(), flat.bytes(), flat.width(), flat.height(), notes);
        }
    }
}
