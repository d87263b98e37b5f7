package dsw.app.editor;

import java.util.Optional;

/**
 * Where copied parts go: the system clipboard in the app, memory in tests. Use on the FX thread
 * only.
 */
public interface EditorClipboard {
    /** Puts design JSON on the clipboard. */
    void put(String json);

    /** The clipboard's text, if it has any. */
    Optional<String> get();

    /** A clipboard that lives in memory, for tests and as the fallback when there is no system one. */
    static EditorClipboard inMemory() {
        return new EditorClipboard() {
            private String content;

            @Override
            public void put(String json) {
                content = json;
            }

            @Override
            public Optional<String> get() {
                return Optional.ofNullable(content);
            }
        };
    }
}
