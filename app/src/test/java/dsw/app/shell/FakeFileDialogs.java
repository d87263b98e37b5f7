package dsw.app.shell;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** {@link FileDialogs} that answer with scripted paths (an empty answer is Cancel). */
public final class FakeFileDialogs implements FileDialogs {
    private final Deque<Optional<Path>> toOpen = new ArrayDeque<>();
    private final Deque<Optional<Path>> toSave = new ArrayDeque<>();
    private String lastSuggestedName;

    /** The next Open... picks this file. */
    public FakeFileDialogs answerOpen(Path file) {
        toOpen.add(Optional.of(file));
        return this;
    }

    /** The next Save As... picks this file. */
    public FakeFileDialogs answerSave(Path file) {
        toSave.add(Optional.of(file));
        return this;
    }

    public String lastSuggestedName() {
        return lastSuggestedName;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path initialDirectory) {
        if (toOpen.isEmpty()) {
            throw new AssertionError("unexpected Open dialog");
        }
        return toOpen.poll();
    }

    @Override
    public Optional<Path> chooseFileToSave(Path initialDirectory, String suggestedName) {
        lastSuggestedName = suggestedName;
        if (toSave.isEmpty()) {
            throw new AssertionError("unexpected Save As dialog");
        }
        return toSave.poll();
    }

    @Override
    public Optional<Path> chooseExportFile(
            Path initialDirectory, String suggestedName, String formatName, String extension) {
        return chooseFileToSave(initialDirectory, suggestedName);
    }
}
