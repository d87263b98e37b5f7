package dsw.app.diagram;

import dsw.diagrams.plantuml.DeploymentDiagram;
import dsw.diagrams.plantuml.DiagramException;
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
        return switch (this) {
            case DEPLOYMENT -> DeploymentDiagram.of(design);
            case C4 -> DeploymentDiagram.of(
                    design, DeploymentDiagram.Options.DEFAULT.withStyle(DeploymentDiagram.Style.C4));
        };
    }
}
