package dsw.app.inspector;

/**
 * One line of the inspector: a label, a value, the value's unit (may be empty) and a longer
 * explanation for the tooltip (may be empty). Rows with the same {@code section} are shown under
 * one heading. Immutable.
 */
public record InspectorRow(String section, String label, String value, String unit, String description) {
    public InspectorRow {
        unit = unit == null ? "" : unit;
        description = description == null ? "" : description;
    }

    public static InspectorRow of(String section, String label, String value) {
        return new InspectorRow(section, label, value, "", "");
    }
}
