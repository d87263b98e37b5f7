package dsw.diagrams.importer;

/**
 * One arrow of the parsed diagram, as written: {@code a <-[dashed]-> b : label}. Immutable.
 *
 * @param headAtFrom true when the arrow points at {@code from} ({@code <-})
 * @param headAtTo true when the arrow points at {@code to} ({@code ->})
 * @param dashed drawn dashed or dotted ({@code ..>}, {@code -[dashed]->})
 * @param hidden a layout hint PlantUML does not draw ({@code -[hidden]-})
 * @param label the text after the colon, cleaned; empty when there is none
 * @param scope the element whose braces the arrow is written in, or null at the top level
 * @param source the line as written, for notes
 */
record PumlArrow(
        int line,
        PumlRef from,
        PumlRef to,
        boolean headAtFrom,
        boolean headAtTo,
        boolean dashed,
        boolean hidden,
        String label,
        PumlElement scope,
        String source) {}
