package dsw.app.recovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** What a folder holds, for assertions about the recovery folder. */
final class Folders {
    private Folders() {}

    static List<Path> filesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lock file of {@code store}'s instance. */
    static Path lockOf(RecoveryStore store) {
        return sibling(store, RecoveryStore.LOCK);
    }

    /** The info file of {@code store}'s instance. */
    static Path infoOf(RecoveryStore store) {
        return sibling(store, RecoveryStore.INFO);
    }

    private static Path sibling(RecoveryStore store, String suffix) {
        String design = store.designFile().getFileName().toString();
        return store.designFile()
                .resolveSibling(design.substring(0, design.length() - RecoveryStore.DESIGN.length()) + suffix);
    }
}
