package dsw.model.file;

import dsw.model.Design;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Saves two designs over one file, alternately, until killed: the victim of {@link
 * AtomicSaveTest#aKilledSaveNeverLeavesATruncatedFile()}. Run as its own process.
 */
final class SaveLoop {
    private SaveLoop() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        List<Path> examples = TestFiles.examples();
        Design a = DesignFiles.read(examples.get(0)).design();
        Design b = DesignFiles.read(examples.get(1)).design();
        Files.createFile(Path.of(args[1]));
        for (long i = 0; ; i++) {
            DesignFiles.write(i % 2 == 0 ? b : a, file);
        }
    }
}
