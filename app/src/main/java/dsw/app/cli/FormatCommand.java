package dsw.app.cli;

import dsw.model.file.AtomicFiles;
import dsw.model.file.DesignFileException;
import dsw.model.file.DesignFiles;
import dsw.model.file.LoadResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dsw format FILE...}: rewrites design files in the canonical layout dsw saves. */
@Command(
        name = "format",
        mixinStandardHelpOptions = true,
        description = {
            "Rewrite design files in the layout dsw itself saves (fixed key order, defaults written out), so"
                    + " hand-edited files diff cleanly.",
            "Exit code 0 on success, 1 when a file is invalid or (with --check) not formatted, 2 for bad usage."
        })
final class FormatCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Design files (*.dsw.json).")
    List<Path> files;

    @Option(names = "--check", description = "Change nothing; fail if a file is not already formatted.")
    boolean check;

    @Option(
            names = "--drop-unknown",
            description = "Format files even if they hold fields this dsw does not know, dropping those fields.")
    boolean dropUnknown;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failed = 0;
        for (Path file : files) {
            try {
                LoadResult result = DesignFiles.read(file);
                result.warnings().forEach(w -> err.println(w.format()));
                if (result.savingDropsFields() && !dropUnknown && !check) {
                    failed++;
                    err.println(
                            file + ": not formatted: formatting would drop " + String.join(", ", result.unknownFields())
                                    + " (fields this dsw does not know); run with --drop-unknown to drop them");
                    continue;
                }
                byte[] canonical = DesignFiles.toJson(result.design()).getBytes(StandardCharsets.UTF_8);
                byte[] current;
                try {
                    current = Files.readAllBytes(file);
                } catch (IOException e) {
                    failed++;
                    err.println(file + ": cannot read: " + e.getMessage());
                    continue;
                }
                if (java.util.Arrays.equals(current, canonical)) {
                    out.println(file + ": already formatted");
                } else if (check) {
                    failed++;
                    err.println(file + ": not formatted (run ./dsw format " + file + ")");
                } else {
                    AtomicFiles.write(file, canonical);
                    out.println(file + ": formatted");
                }
            } catch (DesignFileException e) {
                failed++;
                err.println(e.getMessage());
            } catch (IOException e) {
                failed++;
                err.println(file + ": cannot write: " + e.getMessage());
            }
        }
        return failed == 0 ? Cli.OK : Cli.FAILED;
    }
}
