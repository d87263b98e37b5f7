package dsw.app;

import dsw.app.cli.Cli;
import java.util.Set;

/**
 * The one entry point of {@code ./dsw}: no arguments (or just a design file) opens the desktop
 * app, anything else runs the command-line interface. The CLI path never loads JavaFX.
 */
public final class Main {
    private static final Set<String> GUI_FLAGS = Set.of("--smoke-test", "--run");

    private Main() {}

    public static void main(String[] args) {
        try {
            int files = designFiles(args);
            if (files > 1) {
                System.err.println("dsw: the desktop app opens one design at a time, and " + files
                        + " were given; to check several, run ./dsw check FILE...");
                System.exit(Cli.USAGE);
            } else if (files >= 0) {
                DesktopLauncher.launch(args);
            } else {
                System.exit(Cli.run(args));
            }
        } catch (Throwable t) { // last resort: a clear line instead of a JVM stack dump
            System.err.println("dsw: internal error: " + t);
            if ("1".equals(System.getenv("DSW_DEBUG"))) {
                t.printStackTrace();
            } else {
                System.err.println("dsw: this is a bug in dsw; run again with DSW_DEBUG=1 for details");
            }
            System.exit(1);
        }
    }

    /** True for no arguments, or a single design file, possibly with desktop-only flags. */
    static boolean opensDesktop(String[] args) {
        int files = designFiles(args);
        return files == 0 || files == 1;
    }

    /**
     * How many design files the arguments name when they are all design files or desktop flags
     * (so the desktop app is meant), or -1 when they are for the command line.
     */
    private static int designFiles(String[] args) {
        int files = 0;
        for (String arg : args) {
            if (GUI_FLAGS.contains(arg)) {
                continue;
            }
            if (arg.startsWith("-") || Cli.isSubcommand(arg) || !looksLikeDesign(arg)) {
                return -1;
            }
            files++;
        }
        return files;
    }

    /** A design file by name or by existence, so a mistyped command is reported, not opened. */
    private static boolean looksLikeDesign(String arg) {
        return arg.endsWith(".json") || java.nio.file.Files.isRegularFile(java.nio.file.Path.of(arg));
    }
}
