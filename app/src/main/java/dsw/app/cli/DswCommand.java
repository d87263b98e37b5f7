package dsw.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code dsw} command; its work is done by the subcommands. */
@Command(
        name = "dsw",
        mixinStandardHelpOptions = true,
        versionProvider = Cli.VersionProvider.class,
        description = {
            "Distributed Systems Workbench: draw a distributed-system design, simulate it, break it, see why.",
            "",
            "Run ./dsw with no arguments (or with a design file) to open the desktop app."
        },
        subcommands = {
            CheckCommand.class,
            CheckHistoryCommand.class,
            ExportCommand.class,
            FormatCommand.class,
            ImportPumlCommand.class,
            SimulateCommand.class,
            CommandLine.HelpCommand.class
        },
        synopsisSubcommandLabel = "COMMAND",
        footer = {"", "Exit codes: 0 success, 1 a command failed (e.g. an invalid file), 2 bad usage."})
public final class DswCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Cli.USAGE;
    }
}
