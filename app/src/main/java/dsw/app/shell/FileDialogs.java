package dsw.app.shell;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Asks the user for a design file to open or a place to save one. The app uses native file
 * choosers ({@link FxFileDialogs}); tests answer with fixed paths. Used on the FX thread only.
 */
public interface FileDialogs {

    /** The file to open, or empty when the user cancelled. */
    Optional<Path> chooseFileToOpen(Path initialDirectory);

    /** Where to save, or empty when the user cancelled; the suggested name ends in {@code .dsw.json}. */
    Optional<Path> chooseFileToSave(Path initialDirectory, String suggestedName);

    /**
     * Where to export, or empty when the user cancelled; the chooser offers files of one format,
     * such as "SVG" with extension {@code svg}.
     */
    Optional<Path> chooseExportFile(Path initialDirectory, String suggestedName, String formatName, String extension);
}
