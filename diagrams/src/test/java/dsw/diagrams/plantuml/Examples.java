package dsw.diagrams.plantuml;

import dsw.model.Design;
import dsw.model.file.DesignFileException;
import dsw.model.file.DesignFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The example designs in the repository's examples folder. */
public final class Examples {
    private Examples() {}

    public static Path dir() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(
                    "no examples folder above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("examples");
    }

    /** The examples' names, such as {@code three-tier-web}, sorted. */
    public static List<String> names() {
        try (Stream<Path> files = Files.list(dir())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(DesignFiles.EXTENSION))
                    .map(n -> n.substring(0, n.length() - DesignFiles.EXTENSION.length()))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Design load(String name) {
        try {
            return DesignFiles.read(dir().resolve(name + DesignFiles.EXTENSION)).design();
        } catch (DesignFileException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
