package dsw.app.shell;

import dsw.model.file.DesignFiles;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link FileDialogs} with the platform's file chooser, filtered to design files. FX thread only. */
public final class FxFileDialogs implements FileDialogs {
    private static final FileChooser.ExtensionFilter DESIGNS = new FileChooser.ExtensionFilter(
            "dsw designs (*" + DesignFiles.EXTENSION + ")", "*" + DesignFiles.EXTENSION);
    private static final FileChooser.ExtensionFilter ALL = new FileChooser.ExtensionFilter("All files", "*");

    private final Supplier<Window> owner;

    public FxFileDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path initialDirectory) {
        FileChooser chooser = chooser("Open Design", initialDirectory);
        chooser.getExtensionFilters().addAll(DESIGNS, ALL);
        chooser.setSelectedExtensionFilter(DESIGNS);
        File file = chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(Path initialDirectory, String suggestedName) {
        FileChooser chooser = chooser("Save Design As", initialDirectory);
        chooser.getExtensionFilters().add(DESIGNS);
        chooser.setInitialFileName(suggestedName);
        File file = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseExportFile(
            Path initialDirectory, String suggestedName, String formatName, String extension) {
        FileChooser chooser = chooser("Export Diagram as " + formatName, initialDirectory);
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(formatName + " (*." + extension + ")", "*." + extension));
        chooser.setInitialFileName(suggestedName);
        File file = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    private static FileChooser chooser(String title, Path initialDirectory) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (initialDirectory != null && Files.isDirectory(initialDirectory)) {
            chooser.setInitialDirectory(initialDirectory.toFile());
        }
        return chooser;
    }
}
