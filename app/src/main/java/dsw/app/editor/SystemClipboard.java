package dsw.app.editor;

import java.util.Map;
import java.util.Optional;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;

/**
 * The system clipboard: copied parts go there as dsw design JSON under dsw's own format and as
 * plain text, so they paste into another dsw window and show as JSON in a text editor. Falls back
 * to memory where the platform has no clipboard. Use on the FX thread only.
 */
public final class SystemClipboard implements EditorClipboard {
    /** The clipboard format of copied dsw parts. */
    public static final DataFormat FORMAT = lookup("application/x-dsw-design+json");

    private final EditorClipboard fallback = EditorClipboard.inMemory();

    @Override
    public void put(String json) {
        fallback.put(json);
        try {
            Clipboard.getSystemClipboard().setContent(Map.of(FORMAT, json, DataFormat.PLAIN_TEXT, json));
        } catch (RuntimeException e) {
            // no system clipboard (headless): the copy stays in memory
        }
    }

    @Override
    public Optional<String> get() {
        try {
            Clipboard clipboard = Clipboard.getSystemClipboard();
            Object own = clipboard.getContent(FORMAT);
            if (own instanceof String s) {
                return Optional.of(s);
            }
            if (clipboard.hasString()) {
                return Optional.of(clipboard.getString());
            }
        } catch (RuntimeException e) {
            // fall through to memory
        }
        return fallback.get();
    }

    private static DataFormat lookup(String mime) {
        DataFormat existing = DataFormat.lookupMimeType(mime);
        return existing != null ? existing : new DataFormat(mime);
    }
}
