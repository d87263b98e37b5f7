package dsw.app.cli;

import dsw.app.Version;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import picocli.CommandLine;

/**
 * Runs the command-line interface and returns its exit code: 0 success, 1 a failure the command
 * reports (an invalid file), 2 bad usage. Never prints a stack trace unless {@code DSW_DEBUG=1}.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private static final Set<String> SUBCOMMANDS =
            Set.of("check", "check-history", "export", "format", "help", "import-puml", "simulate");

    private Cli() {}

    public static int run(String... args) {
        Charset charset = consoleCharset();
        return run(
                new PrintWriter(new OutputStreamWriter(System.out, charset), true),
                new PrintWriter(new OutputStreamWriter(System.err, charset), true),
                args);
    }

    /** The terminal's encoding, so names with accents print right; the platform's when not on a terminal. */
    private static Charset consoleCharset() {
        if (System.console() != null) {
            return System.console().charset();
        }
        try {
            return Charset.forName(System.getProperty("native.encoding", "UTF-8"));
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = create(out, err);
        return cli.execute(args);
    }

    static CommandLine create(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new DswCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("dsw: " + commandLine.getCommandName() + ": " + describe(e));
            if ("1".equals(System.getenv("DSW_DEBUG"))) {
                e.printStackTrace(commandLine.getErr());
            } else {
                commandLine.getErr().println("dsw: this is a bug in dsw; run again with DSW_DEBUG=1 for details");
            }
            return FAILED;
        });
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine at = e.getCommandLine();
            if (e instanceof CommandLine.UnmatchedArgumentException unmatched
                    && at.getParent() == null
                    && !unmatched.getUnmatched().isEmpty()
                    && !unmatched.getUnmatched().get(0).startsWith("-")) {
                at.getErr()
                        .println("dsw: \"" + unmatched.getUnmatched().get(0) + "\" is neither a command nor a design"
                                + " file; commands are "
                                + String.join(
                                        ", ", SUBCOMMANDS.stream().sorted().toList()));
                CommandLine.UnmatchedArgumentException.printSuggestions(unmatched, at.getErr());
            } else {
                at.getErr().println("dsw: " + e.getMessage());
            }
            at.getErr()
                    .println("Try './dsw " + (at.getParent() == null ? "" : at.getCommandName() + " ")
                            + "--help' for usage.");
            return USAGE;
        });
        return cli;
    }

    /** True when {@code word} names a subcommand, so {@code ./dsw check} is not taken for a file. */
    public static boolean isSubcommand(String word) {
        return SUBCOMMANDS.contains(word);
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** Supplies {@code --version} from the build. */
    public static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                "dsw " + Version.get(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
            };
        }
    }
}
