package dsw.app.cli;

import dsw.diagrams.importer.ImportNote;
import dsw.diagrams.importer.ImportResult;
import dsw.diagrams.importer.PumlImport;
import dsw.diagrams.importer.PumlImportException;
import dsw.model.Design;
import dsw.model.file.DesignFiles;
import dsw.model.value.Text;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dsw import-puml FILE.puml --out DESIGN.dsw.json}: a PlantUML diagram as a new design. */
@Command(
        name = "import-puml",
        mixinStandardHelpOptions = true,
        description = {
            "Import a PlantUML deployment or component diagram into a new design file, laid out automatically.",
            "Reads actors, agents, nodes, databases, queues, collections and clouds as components, packages,"
                    + " frames and other elements with braces as groups, and the arrows between them as links"
                    + " (dashed: asynchronous). Prints what it guessed and what it did not understand, by line."
                    + " Preprocessor lines (!include, !define, ...) are reported and never run.",
            "Exit code 0 on success (even with notes), 1 when the file cannot be read or holds nothing to import,"
                    + " or the design cannot be written, 2 for bad usage."
        })
final class ImportPumlCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.puml", description = "The PlantUML source (UTF-8, at most 2 MB).")
    Path file;

    @Option(
            names = {"-o", "--out"},
            required = true,
            paramLabel = "DESIGN.dsw.json",
            description = "The design file to write.")
    Path out;

    @Option(names = "--force", description = "Overwrite the --out file if it exists.")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (out.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--out: the design must not overwrite the PlantUML file " + file);
        }
        if (Files.isDirectory(out)) {
            err.println(out + ": is a folder; --out names the design file to write");
            err.flush();
            return Cli.FAILED;
        }
        if (Files.exists(out) && !force) {
            err.println(out + ": already exists; choose another --out or add --force to overwrite it");
            err.flush();
            return Cli.FAILED;
        }
        ImportResult result;
        try {
            result = PumlImport.importFile(file);
        } catch (PumlImportException e) {
            printNotes(e.notes(), err);
            err.println(e.getMessage());
            err.flush();
            return Cli.FAILED;
        }
        Design design = result.design();
        try {
            DesignFiles.write(design, out);
        } catch (IOException e) {
            printNotes(result.notes(), err);
            err.println(out + ": cannot write the design: " + describe(e));
            err.flush();
            return Cli.FAILED;
        }
        printNotes(result.notes(), err);
        stdout.println(file + ": imported \"" + Text.abbreviate(design.name(), 80) + "\" (" + design.sizeSummary()
                + ") into " + out);
        long guessed = result.count(ImportNote.Kind.GUESSED);
        long ignored = result.count(ImportNote.Kind.IGNORED);
        List<String> counts = new ArrayList<>();
        if (guessed > 0) {
            counts.add(guessed + (guessed == 1 ? " guess" : " guesses"));
        }
        if (ignored > 0) {
            counts.add(ignored + (ignored == 1 ? " thing" : " things") + " left out or not understood");
        }
        if (!counts.isEmpty()) {
            stdout.println("Notes: " + String.join(", ", counts) + "; review the design before relying on it");
        }
        stdout.flush();
        err.flush();
        return Cli.OK;
    }

    private void printNotes(List<ImportNote> notes, PrintWriter err) {
        for (ImportNote note : notes) {
            err.println(file + ": " + note.format());
        }
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
