package dsw.app.inspector;

/** Which editor a {@link PropertyField} needs in the property sheet. */
public enum FieldKind {
    /** One line of text, committed with Enter or by leaving the field. */
    TEXT,
    /** Several lines of text (a description), committed by leaving the field or with Ctrl+Enter. */
    TEXT_AREA,
    /** Yes or no, committed when ticked; the text is {@code true} or {@code false}. */
    CHECK,
    /** One of {@link PropertyField#choices()}, committed when chosen. */
    CHOICE,
    /** Shown, never edited: ids, counts, what a link connects. */
    READ_ONLY,
    /** A sentence about something that can go wrong, shown in the theme's warning style; never edited. */
    WARNING,
    /** A sentence with a button named by the label that commits the row's edit (any text applies it). */
    ACTION
}
