package dsw.app.settings;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The JSON shape of {@code settings.json}, kept apart from {@link Settings} so the file format can
 * change on its own terms. Every field may be missing; unknown fields are ignored. Not thread-safe
 * (a plain data holder for Jackson).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
final class SettingsFile {
    public int schemaVersion = SettingsStore.SCHEMA_VERSION;
    public String theme;
    public List<String> recentFiles;
    public Window window;
    public Boolean sidePanelVisible;
    public Boolean presenterMode;

    /** The window part of the file. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    static final class Window {
        public Double x;
        public Double y;
        public Double width;
        public Double height;
        public Boolean maximized;
    }
}
