package dsw.diagrams.importer;

import java.util.List;

/**
 * One element of the parsed diagram, declared ({@code database "Orders DB" as db}) or made up
 * for an undeclared name an arrow uses. Whether it becomes a component or a frame is decided
 * once the whole source is read. Not thread-safe; belongs to one import.
 */
final class PumlElement {
    /** The line that declares it, or the first arrow that names it. */
    final int line;

    /** The PlantUML keyword in lower case ({@code node}, {@code database}, ...). */
    final String keyword;

    /** What the source calls it: the alias, or the name when there is no alias. */
    final String code;

    /** The name shown in the diagram; a description over several lines can set it after the declaration. */
    String display;

    /** The instance count its name gives on a last line ("Web tier\\n3 replicas"), or null. */
    final Integer replicas;

    final List<String> stereotypes;

    /** The enclosing element, or null at the top level. */
    final PumlElement parent;

    /** True when no line declares it and an arrow's use made it up. */
    final boolean implicit;

    /** Elements declared inside its braces. */
    int children;

    PumlElement(
            int line,
            String keyword,
            String code,
            String display,
            Integer replicas,
            List<String> stereotypes,
            PumlElement parent,
            boolean implicit) {
        this.line = line;
        this.keyword = keyword;
        this.code = code;
        this.display = display;
        this.replicas = replicas;
        this.stereotypes = List.copyOf(stereotypes);
        this.parent = parent;
        this.implicit = implicit;
    }
}
