package dsw.app.shell;

import dsw.model.file.DesignFileException;
import dsw.model.file.DesignFiles;
import dsw.model.file.LoadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The example designs bundled in the app under {@code /dsw/app/examples/} (the build copies the
 * repository's {@code examples/} there), listed by design name. An example that does not load is
 * left out rather than breaking the menu. Immutable after construction, thread-safe.
 */
public final class ExampleCatalog {
    static final String FOLDER = "/dsw/app/examples/";

    private final List<Example> examples;

    private ExampleCatalog(List<Example> examples) {
        this.examples = List.copyOf(examples);
    }

    /** The examples bundled with the app. */
    public static ExampleCatalog bundled() {
        List<Example> found = new ArrayList<>();
        for (String fileName : fileNames()) {
            try {
                LoadResult result = DesignFiles.read(fileName, bytes(fileName));
                found.add(new Example(
                        fileName,
                        result.design().name(),
                        result.design().description(),
                        result.design().components().size()));
            } catch (DesignFileException | UncheckedIOException e) {
                System.err.println("dsw: the bundled example " + fileName + " does not load: " + e.getMessage());
            }
        }
        found.sort(Comparator.comparing(Example::name, String.CASE_INSENSITIVE_ORDER));
        return new ExampleCatalog(found);
    }

    public List<Example> all() {
        return examples;
    }

    public Optional<Example> byName(String designName) {
        return examples.stream().filter(e -> e.name().equals(designName)).findFirst();
    }

    /** Reads the example's design. */
    public LoadResult load(Example example) throws DesignFileException {
        return DesignFiles.read(example.fileName(), bytes(example.fileName()));
    }

    private static byte[] bytes(String fileName) {
        try (InputStream in = ExampleCatalog.class.getResourceAsStream(FOLDER + fileName)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing from the app: " + FOLDER + fileName));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example file names, read from the folder in the jar or on the class path. */
    private static List<String> fileNames() {
        URL url = ExampleCatalog.class.getResource(FOLDER);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem jar;
                boolean mine = false;
                try {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                    mine = true;
                } catch (FileSystemAlreadyExistsException e) {
                    jar = FileSystems.getFileSystem(uri);
                }
                try {
                    return list(jar.getPath(FOLDER));
                } finally {
                    if (mine) {
                        jar.close();
                    }
                }
            }
            return list(Path.of(uri));
        } catch (IOException | URISyntaxException | RuntimeException e) {
            System.err.println("dsw: cannot list the bundled examples: " + e.getMessage());
            return List.of();
        }
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(DesignFiles.EXTENSION))
                    .sorted()
                    .toList();
        }
    }
}
