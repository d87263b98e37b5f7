package dsw.app.inspector;

import java.util.List;
import java.util.Objects;

/**
 * What one row of the property sheet shows and how it edits the design, built afresh from the
 * design on every change; {@link PropertyField} keeps the state a user types into. Immutable.
 *
 * @param section the heading the row sits under, such as "Network"
 * @param id the editor's node id, such as {@code link-latency}; unique in one sheet
 * @param text the model's value as the editor shows it
 * @param unit a unit shown after the editor, such as "requests"; may be empty
 * @param description the tooltip: what the value means; may be empty
 * @param hint a short note under the editor, such as the mean of a distribution; may be empty
 * @param prompt the placeholder of an empty text field; may be empty
 * @param choices what a {@link FieldKind#CHOICE} offers; empty otherwise
 * @param group the id of the row this one is a setting of, such as a pattern's switch: the sheet
 *     draws it grouped under that row; empty for a row of its own
 */
public record FieldSpec(
        String section,
        String id,
        String label,
        FieldKind kind,
        String text,
        String unit,
        String description,
        String hint,
        String prompt,
        List<String> choices,
        FieldEdit edit,
        String group) {

    public FieldSpec {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        text = text == null ? "" : text;
        unit = unit == null ? "" : unit;
        description = description == null ? "" : description;
        hint = hint == null ? "" : hint;
        prompt = prompt == null ? "" : prompt;
        choices = choices == null ? List.of() : List.copyOf(choices);
        edit = edit == null ? FieldEdit.NONE : edit;
        group = group == null ? "" : group;
    }

    /** A row that only shows a value. */
    public static FieldSpec readOnly(String section, String id, String label, String text) {
        return new FieldSpec(section, id, label, FieldKind.READ_ONLY, text, "", "", "", "", List.of(), null, "");
    }

    /** A row with an editor of the given kind. */
    public static FieldSpec editable(
            String section, String id, String label, FieldKind kind, String text, FieldEdit edit) {
        return new FieldSpec(section, id, label, kind, text, "", "", "", "", List.of(), edit, "");
    }

    /** A row with a choice of {@code choices}. */
    public static FieldSpec choice(
            String section, String id, String label, String text, List<String> choices, FieldEdit edit) {
        return new FieldSpec(section, id, label, FieldKind.CHOICE, text, "", "", "", "", choices, edit, "");
    }

    public FieldSpec withUnit(String value) {
        return new FieldSpec(section, id, label, kind, text, value, description, hint, prompt, choices, edit, group);
    }

    public FieldSpec withDescription(String value) {
        return new FieldSpec(section, id, label, kind, text, unit, value, hint, prompt, choices, edit, group);
    }

    public FieldSpec withHint(String value) {
        return new FieldSpec(section, id, label, kind, text, unit, description, value, prompt, choices, edit, group);
    }

    public FieldSpec withPrompt(String value) {
        return new FieldSpec(section, id, label, kind, text, unit, description, hint, value, choices, edit, group);
    }

    public FieldSpec withEdit(FieldEdit value) {
        return new FieldSpec(section, id, label, kind, text, unit, description, hint, prompt, choices, value, group);
    }

    /** This row as a setting of row {@code switchId}, drawn grouped under it. */
    public FieldSpec withGroup(String switchId) {
        return new FieldSpec(section, id, label, kind, text, unit, description, hint, prompt, choices, edit, switchId);
    }

    /** What must stay the same for an editor on screen to be reused for this row. */
    String shape() {
        return section + "\u0000" + id + "\u0000" + label + "\u0000" + kind + "\u0000" + group;
    }
}
