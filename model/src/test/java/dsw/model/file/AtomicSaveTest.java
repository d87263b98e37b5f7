package dsw.model.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dsw.model.Design;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving writes a temporary file beside the target and moves it over the target: a failed or
 * interrupted save leaves the old file whole and no temporary file behind.
 */
class AtomicSaveTest {
    @TempDir
    Path dir;

    private Design design;
    private Design other;

    @BeforeEach
    void designs() throws Exception {
        List<Path> examples = TestFiles.examples();
        design = DesignFiles.read(examples.get(0)).design();
        other = DesignFiles.read(examples.get(1)).design();
    }

    @Test
    void savingLeavesOnlyTheTargetBehind() throws IOException {
        Path file = dir.resolve("shop.dsw.json");

        DesignFiles.write(design, file);
        DesignFiles.write(other, file);
        DesignFiles.write(design, file);

        assertThat(listing(dir)).containsExactly("shop.dsw.json");
        assertThat(Files.readString(file)).isEqualTo(DesignFiles.toJson(design));
    }

    @Test
    void savingReplacesTheFileInsteadOfRewritingItInPlace() throws IOException {
        Path file = dir.resolve("shop.dsw.json");
        DesignFiles.write(design, file);
        Object before = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        assumeThat(before).as("the file system has file keys (inodes)").isNotNull();

        DesignFiles.write(other, file);

        // a new file moved over the old one: a reader never sees a half-written file
        assertThat(Files.readAttributes(file, BasicFileAttributes.class).fileKey())
                .isNotEqualTo(before);
    }

    @Test
    void savingCreatesMissingFolders() throws Exception {
        Path file = dir.resolve("a/b/shop.dsw.json");

        DesignFiles.write(design, file);

        assertThat(DesignFiles.read(file).design()).isEqualTo(design);
    }

    @Test
    void whenTheMoveFailsTheTargetIsUntouchedAndTheTempFileGone() throws IOException {
        Path target = dir.resolve("shop.dsw.json");
        Files.createDirectory(target);
        Files.writeString(target.resolve("keep.txt"), "precious");

        assertThatThrownBy(() -> DesignFiles.write(design, target)).isInstanceOf(IOException.class);

        assertThat(Files.isDirectory(target)).isTrue();
        assertThat(Files.readString(target.resolve("keep.txt"))).isEqualTo("precious");
        assertThat(listing(dir)).containsExactly("shop.dsw.json");
        assertThat(listing(target)).containsExactly("keep.txt");
    }

    @Test
    void whenTheFolderCannotBeCreatedNothingChanges() throws IOException {
        Path notAFolder = dir.resolve("notes.dsw.json");
        Files.writeString(notAFolder, "old content");

        assertThatThrownBy(() -> DesignFiles.write(design, notAFolder.resolve("shop.dsw.json")))
                .isInstanceOf(IOException.class);

        assertThat(Files.readString(notAFolder)).isEqualTo("old content");
        assertThat(listing(dir)).containsExactly("notes.dsw.json");
    }

    @Test
    void inAReadOnlyFolderTheOriginalIsUntouched() throws IOException {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        Path file = dir.resolve("shop.dsw.json");
        DesignFiles.write(design, file);
        byte[] before = Files.readAllBytes(file);
        Set<PosixFilePermission> writable = Files.getPosixFilePermissions(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // root (as in many containers) ignores permissions, so there is nothing to test
            assumeThat(Files.isWritable(dir)).as("running as root").isFalse();

            assertThatThrownBy(() -> DesignFiles.write(other, file)).isInstanceOf(IOException.class);

            assertThat(Files.readAllBytes(file)).isEqualTo(before);
            assertThat(listing(dir)).containsExactly("shop.dsw.json");
        } finally {
            Files.setPosixFilePermissions(dir, writable);
        }
    }

    @Test
    void savingKeepsTheFilesPermissions() throws IOException {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        Path file = dir.resolve("shop.dsw.json");
        DesignFiles.write(design, file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .as("a new file")
                .isEqualTo("rw-r--r--");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));

        DesignFiles.write(other, file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-rw----");
        assertThat(Files.readString(file)).isEqualTo(DesignFiles.toJson(other));
    }

    @Test
    void savingThroughASymbolicLinkUpdatesTheLinkedFile() throws IOException {
        Path real = Files.createDirectory(dir.resolve("real")).resolve("shop.dsw.json");
        DesignFiles.write(design, real);
        Path link;
        try {
            link = Files.createSymbolicLink(dir.resolve("link.dsw.json"), real);
        } catch (UnsupportedOperationException | IOException e) {
            assumeThat(false).as("symbolic links are not supported here").isTrue();
            return;
        }

        DesignFiles.write(other, link);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo(DesignFiles.toJson(other));
        assertThat(listing(real.getParent())).containsExactly("shop.dsw.json");
    }

    /**
     * A process killed in the middle of saving (SIGKILL, no chance to clean up) never leaves a
     * truncated design: the file is always one whole design or the other.
     */
    @Test
    void aKilledSaveNeverLeavesATruncatedFile() throws Exception {
        Path file = dir.resolve("shop.dsw.json");
        DesignFiles.write(design, file);
        String a = DesignFiles.toJson(design);
        String b = DesignFiles.toJson(other);
        long seed = System.nanoTime();
        Random random = new Random(seed);
        System.out.println("aKilledSaveNeverLeavesATruncatedFile seed " + seed);
        for (int round = 0; round < 3; round++) {
            Path started = dir.resolve("started-" + round);
            Process saver = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            SaveLoop.class.getName(),
                            file.toString(),
                            started.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("saver-" + round + ".log").toFile())
                    .start();
            try {
                long deadline = System.currentTimeMillis() + 60_000;
                while (!Files.exists(started) && saver.isAlive() && System.currentTimeMillis() < deadline) {
                    Thread.sleep(10);
                }
                assertThat(Files.exists(started))
                        .as("the saving process started")
                        .isTrue();
                Thread.sleep(20 + random.nextInt(200));
            } finally {
                saver.destroyForcibly();
                saver.waitFor(30, TimeUnit.SECONDS);
            }
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            assertThat(text).as("after kill %s", round).isIn(a, b);
            assertThat(DesignFiles.read(file).design()).isIn(design, other);
        }
    }

    private static List<String> listing(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> !n.startsWith("started-") && !n.startsWith("saver-"))
                    .sorted()
                    .toList();
        }
    }
}
