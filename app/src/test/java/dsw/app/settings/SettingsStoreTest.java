package dsw.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.app.theme.Theme;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void missingFileGivesTheDefaults() {
        assertThat(new SettingsStore(dir).load()).isEqualTo(Settings.DEFAULTS);
    }

    @Test
    void savedSettingsComeBack() {
        SettingsStore store = new SettingsStore(dir.resolve("nested"));
        Settings settings = Settings.DEFAULTS
                .withTheme(Theme.DARK)
                .withRecentFile(Path.of("/tmp/a.dsw.json"))
                .withRecentFile(Path.of("/tmp/b.dsw.json"))
                .withWindow(new WindowGeometry(10, 20, 1200, 800, true))
                .withSidePanelVisible(false)
                .withPresenterMode(true);
        store.save(settings);
        assertThat(store.load()).isEqualTo(settings);
        assertThat(store.load().recentFiles()).containsExactly(Path.of("/tmp/b.dsw.json"), Path.of("/tmp/a.dsw.json"));
    }

    @Test
    void savingLeavesNoTemporaryFilesBehind() throws Exception {
        SettingsStore store = new SettingsStore(dir);
        store.save(Settings.DEFAULTS);
        store.save(Settings.DEFAULTS.withTheme(Theme.DARK));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("settings.json");
        }
        assertThat(Files.readString(store.file())).contains("\"theme\" : \"dark\"");
    }

    @Test
    void aDamagedFileIsIgnored() throws Exception {
        SettingsStore store = new SettingsStore(dir);
        Files.writeString(store.file(), "{\"theme\": \"dark\", \"recentFiles\": [", StandardCharsets.UTF_8);
        assertThat(store.load()).isEqualTo(Settings.DEFAULTS);
        Files.writeString(store.file(), "[1, 2, 3]", StandardCharsets.UTF_8);
        assertThat(store.load()).isEqualTo(Settings.DEFAULTS);
        Files.write(store.file(), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        assertThat(store.load()).isEqualTo(Settings.DEFAULTS);
    }

    @Test
    void oddValuesFallBackOneByOne() throws Exception {
        SettingsStore store = new SettingsStore(dir);
        Files.writeString(
                store.file(),
                "{\"theme\": \"purple\", \"recentFiles\": [\"/x.dsw.json\", null, \"\"],"
                        + " \"window\": {\"x\": 0, \"y\": 0, \"width\": 5, \"height\": 5}, \"future\": true}");
        Settings loaded = store.load();
        assertThat(loaded.theme()).isEqualTo(Theme.LIGHT);
        assertThat(loaded.recentFiles()).containsExactly(Path.of("/x.dsw.json"));
        assertThat(loaded.window()).isNull();
        assertThat(loaded.sidePanelVisible()).isTrue();
    }

    @Test
    void aReadOnlyStoreNeverWrites() {
        SettingsStore store = new SettingsStore(dir).readOnly();
        store.save(Settings.DEFAULTS.withTheme(Theme.DARK));
        assertThat(store.file()).doesNotExist();
    }

    @Test
    void recentFilesAreUniqueNewestFirstAndBounded() {
        Settings settings = Settings.DEFAULTS;
        for (int i = 0; i < Settings.MAX_RECENT + 5; i++) {
            settings = settings.withRecentFile(Path.of("/d/" + i + ".dsw.json"));
        }
        settings = settings.withRecentFile(Path.of("/d/../d/3.dsw.json"));
        assertThat(settings.recentFiles()).hasSize(Settings.MAX_RECENT);
        assertThat(settings.recentFiles().get(0)).isEqualTo(Path.of("/d/3.dsw.json"));
        assertThat(settings.recentFiles()).doesNotHaveDuplicates();
        assertThat(settings.withoutRecentFile(Path.of("/d/3.dsw.json")).recentFiles())
                .doesNotContain(Path.of("/d/3.dsw.json"));
    }

    @Test
    void theFolderFollowsTheSystemProperty() {
        String old = System.getProperty("dsw.settings.dir");
        try {
            System.setProperty("dsw.settings.dir", dir.toString());
            assertThat(SettingsStore.defaultDirectory()).isEqualTo(dir);
        } finally {
            if (old == null) {
                System.clearProperty("dsw.settings.dir");
            } else {
                System.setProperty("dsw.settings.dir", old);
            }
        }
    }
}
