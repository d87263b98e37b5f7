package dsw.app.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The desktop app's command line, as {@code dsw.app.Main} passes it through: at most one design
 * file, {@code --run} (start the design's run, playing, once it is open) and {@code --smoke-test}
 * (open, render, print the title, exit). Other arguments are reported and ignored. Immutable.
 */
public record StartOptions(Optional<Path> file, boolean smokeTest, boolean run, List<String> ignored) {
    public static final String SMOKE_TEST = "--smoke-test";
    public static final String RUN = "--run";

    public StartOptions {
        ignored = List.copyOf(ignored);
    }

    public static StartOptions parse(List<String> args) {
        Path file = null;
        boolean smoke = false;
        boolean run = false;
        List<String> ignored = new java.util.ArrayList<>();
        for (String arg : args) {
            if (SMOKE_TEST.equals(arg)) {
                smoke = true;
            } else if (RUN.equals(arg)) {
                run = true;
            } else if (!arg.startsWith("-") && file == null) {
                try {
                    file = Path.of(arg);
                } catch (java.nio.file.InvalidPathException e) {
                    ignored.add(arg);
                }
            } else {
                ignored.add(arg);
            }
        }
        return new StartOptions(Optional.ofNullable(file), smoke, run, ignored);
    }
}
