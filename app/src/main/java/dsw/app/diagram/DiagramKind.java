package dsw.app.diagram;

import dsw.diagrams.plantuml.DeploymentDiagram;
import dsw.diagrams.plantuml.DeploymentExport;
import dsw.diagrams.plantuml.DiagramException;
import dsw.diagrams.plantuml.Renderer;
import dsw.diagrams.sequence.SequenceDiagram;
import dsw.diagrams.sequence.SequenceOptions;
import dsw.diagrams.sequence.Timestamps;
import dsw.model.Design;
import dsw.simulation.RunMonitor;
import dsw.simulation.Simulation;

/** The diagrams the preview and File > Export offer for a design. Immutable. */
public enum DiagramKind {
    /** Components, frames and links as a PlantUML deployment diagram. */
    DEPLOYMENT("Deployment"),
    /** The same in the C4 container style. */
    C4("C4 containers"),
    /**
     * The start of a run of the design's scenario as a sequence diagram with Lamport clocks (the
     * first {@value #SEQUENCE_MESSAGES} messages; the CLI draws any window of a run).
     */
    SEQUENCE("Sequence");

    /** How many messages the preview's sequence diagram shows. */
    static final int SEQUENCE_MESSAGES = 60;

    /** Trace events simulated for it: enough for those messages, bounded for huge designs. */
    static final long SEQUENCE_EVENTS = 4_000;

    private final String displayName;

    DiagramKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** The diagram's PlantUML text for a design. */
    String plantUml(Design design) throws DiagramException {
        if (this == SEQUENCE) {
            Simulation run = Simulation.of(design);
            run.runEvents(SEQUENCE_EVENTS, RunMonitor.NONE);
            return SequenceDiagram.of(
                            run.trace(),
                            design,
                            SequenceOptions.whole()
                                    .withTimestamps(Timestamps.LAMPORT)
                                    .withMaxMessages(SEQUENCE_MESSAGES))
                    .puml();
        }
        return DeploymentDiagram.of(design, options());
    }

    /**
     * The diagram drawn as an image; a design too large for PlantUML's built-in layout with its
     * frames is drawn without them (the image's notes say so).
     */
    Renderer.Image image(Design design, Renderer.Format format) throws DiagramException {
        if (this == SEQUENCE) {
            return Renderer.render(plantUml(design), format);
        }
        return DeploymentExport.render(design, options(), format);
    }

    private DeploymentDiagram.Options options() {
        return this == C4
                ? DeploymentDiagram.Options.DEFAULT.withStyle(DeploymentDiagram.Style.C4)
                : DeploymentDiagram.Options.DEFAULT;
    }
}
