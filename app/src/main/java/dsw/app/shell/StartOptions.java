package dsw.app.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The desktop app's command line, as {@code dsw.app.Main} passes it through: at most one design
 * file, and {@code --smoke-test} (open, render, print the title, exit). Other arguments are
 * reported and ignored. Immutable.
 */
public record StartOptions(Optional<Path> file, boolean smokeTest, List<String> ignored) {
    public static final String SMOKE_TEST = "--smoke-test";

    public StartOptions {
        ignored = List.copyOf(ignored);
    }

    public static StartOptions parse(List<String> args) {
        Path file = null;
        boolean smoke = false;
        List<String> ignored = new java.util.ArrayList<>();
        for (String arg : args) {
            if (SMOKE_TEST.equals(arg)) {
                smoke = true;
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
        return new StartOptions(Optional.ofNullable(file), smoke, ignored);
    }
}
