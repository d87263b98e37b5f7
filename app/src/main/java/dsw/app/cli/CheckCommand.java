package dsw.app.cli;

import dsw.model.Design;
import dsw.model.analysis.DesignLint;
import dsw.model.analysis.Finding;
import dsw.model.file.DesignFileException;
import dsw.model.file.DesignFiles;
import dsw.model.file.FileProblem;
import dsw.model.file.LoadResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dsw check FILE...}: validates design files and prints what the design lint finds. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Validate design files and report structural weaknesses (unreachable components, single points of"
                    + " failure, ...).",
            "Exit code 0 when every file is valid (findings are advice), 1 when a file is invalid, 2 for bad usage."
        })
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Design files (*.dsw.json).")
    List<Path> files;

    @Option(
            names = {"-q", "--quiet"},
            description = "Print only invalid files and errors, no findings.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int invalid = 0;
        for (Path file : files) {
            try {
                LoadResult result = DesignFiles.read(file);
                Design design = result.design();
                List<Finding> findings = DesignLint.check(design);
                if (!quiet) {
                    out.println(file + ": ok, " + design.sizeSummary() + "; " + DesignLint.summarize(findings));
                    for (FileProblem warning : result.warnings()) {
                        out.println("  " + warning.format());
                    }
                    for (Finding finding : findings) {
                        out.println(
                                "  " + finding.severity().label() + " [" + finding.code() + "] " + finding.message());
                    }
                }
            } catch (DesignFileException e) {
                invalid++;
                err.println(e.getMessage());
            }
        }
        if (files.size() > 1 && !quiet) {
            out.println(files.size() - invalid + " of " + files.size() + " files valid");
        }
        out.flush();
        err.flush();
        return invalid == 0 ? Cli.OK : Cli.FAILED;
    }
}
