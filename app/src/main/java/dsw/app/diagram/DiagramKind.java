package dsw.app.diagram;

import dsw.diagrams.plantuml.DeploymentDiagram;
import dsw.diagrams.plantuml.DeploymentExport;
import dsw.diagrams.plantuml.DiagramException;
import dsw.diagrams.plantuml.Renderer;
import dsw.model.Design;

/** The diagrams the preview and File > Export offer for a design. Immutable. */
public enum DiagramKind {
    /** Components, frames and links as a PlantUML deployment diagram. */
    DEPLOYMENT("Deployment"),
    /** The same in the C4 container style. */
    C4("C4 containers");

    private final String displayName;

    DiagramKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** The diagram's PlantUML text for a design. */
    String plantUml(Design design) throws DiagramException {
        return DeploymentDiagram.of(design, options());
    }

    /**
     * The diagram drawn as an image; a design too large for PlantUML's built-in layout with its
     * frames is drawn without them (the image's notes say so).
     */
    Renderer.Image image(Design design, Renderer.Format format) throws DiagramException {
        return DeploymentExport.render(design, options(), format);
    }

    private DeploymentDiagram.Options options() {
        return this == C4
                ? DeploymentDiagram.Options.DEFAULT.withStyle(DeploymentDiagram.Style.C4)
                : DeploymentDiagram.Options.DEFAULT;
    }
}
