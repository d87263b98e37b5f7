package dsw.app.diagram;

import dsw.app.shell.MainViewModel;
import java.nio.file.Path;
import java.util.Locale;

/**
 * File > Export: asks where to write the preview's kind of diagram in a format, then writes it off
 * the UI thread and reports a failure in a dialog. Use on the FX thread only.
 */
public final class DiagramExport {
    private final MainViewModel main;
    private final DiagramPreviewViewModel preview;

    public DiagramExport(MainViewModel main, DiagramPreviewViewModel preview) {
        this.main = main;
        this.preview = preview;
    }

    public void export(ExportFormat format) {
        main.session().current().ifPresent(design -> {
            String name = MainViewModel.slug(design.name()) + "-"
                    + preview.kindProperty().get().name().toLowerCase(Locale.ROOT) + "." + format.extension();
            main.fileDialogs()
                    .chooseExportFile(main.startFolder(), name, format.displayName(), format.extension())
                    .map(chosen -> withExtension(chosen, format))
                    .ifPresent(target -> preview.export(format, target, failure -> {
                        if (failure != null) {
                            main.dialogs()
                                    .showError(
                                            "Cannot export diagram",
                                            "The diagram could not be written to " + target + ".",
                                            failure);
                        }
                    }));
        });
    }

    static Path withExtension(Path file, ExportFormat format) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith("." + format.extension())
                ? file
                : file.resolveSibling(name + "." + format.extension());
    }
}
