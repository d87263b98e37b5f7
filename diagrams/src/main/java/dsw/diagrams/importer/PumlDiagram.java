package dsw.diagrams.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A PlantUML diagram as far as the importer reads it: elements in declaration order, arrows in
 * source order, and the title. Not thread-safe; built by one {@link PumlParser}.
 */
final class PumlDiagram {
    private final List<PumlElement> elements = new ArrayList<>();
    private final Map<String, PumlElement> byCode = new LinkedHashMap<>();
    private final List<PumlArrow> arrows = new ArrayList<>();
    private String title;

    List<PumlElement> elements() {
        return elements;
    }

    List<PumlArrow> arrows() {
        return arrows;
    }

    Optional<PumlElement> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Adds an element whose code is not taken yet. */
    void add(PumlElement element) {
        if (byCode.putIfAbsent(element.code, element) != null) {
            throw new IllegalStateException("code " + element.code + " is already declared");
        }
        elements.add(element);
        if (element.parent != null) {
            element.parent.children++;
        }
    }

    void add(PumlArrow arrow) {
        arrows.add(arrow);
    }

    /** The diagram's {@code title}, or null when it has none. */
    String title() {
        return title;
    }

    void title(String value) {
        if (title == null) {
            title = value;
        }
    }
}
