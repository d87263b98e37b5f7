package dsw.app.diagram;

import dsw.diagrams.plantuml.Renderer;

/** The files File > Export writes: PlantUML text, SVG or PNG. Immutable. */
public enum ExportFormat {
    PUML("PlantUML", "puml", null),
    SVG("SVG", "svg", Renderer.Format.SVG),
    PNG("PNG", "png", Renderer.Format.PNG);

    private final String displayName;
    private final String extension;
    private final Renderer.Format rendered;

    ExportFormat(String displayName, String extension, Renderer.Format rendered) {
        this.displayName = displayName;
        this.extension = extension;
        this.rendered = rendered;
    }

    public String displayName() {
        return displayName;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The image format to render, or null for PlantUML text. */
    Renderer.Format rendered() {
        return rendered;
    }
}
