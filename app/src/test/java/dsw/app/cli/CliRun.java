package dsw.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One run of the command line in a test: the exit code and what it printed. Immutable. */
record CliRun(int exit, String out, String err) {
    /** Runs {@code dsw ARGS} in this JVM. */
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** Runs {@code dsw COMMAND ARGS}. */
    static CliRun command(String command, String... args) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(List.of(args));
        return of(all.toArray(String[]::new));
    }

    /** The path of a shipped example, such as {@code three-tier-web}, found above the working folder. */
    static String example(String name) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(
                    "no examples folder above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("examples").resolve(name + ".dsw.json").toString();
    }
}
