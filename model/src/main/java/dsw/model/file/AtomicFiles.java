package dsw.model.file;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file so that a crash at any moment leaves either the old content or the new, never a
 * mix: the bytes go to a temporary file in the same folder, are flushed to disk, and the temporary
 * file is moved over the target. Keeps the target's permissions and writes through symbolic links.
 * Thread-safe (stateless); concurrent writes to one file end with one of them, whole.
 */
public final class AtomicFiles {
    /** Writes a file's content to a stream; throwing abandons the save. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {}

    /**
     * Replaces {@code file} with {@code bytes}. On failure the old file is untouched, the temporary
     * file is removed and the exception says why.
     */
    public static void write(Path file, byte[] bytes) throws IOException {
        write(file, out -> out.write(bytes));
    }

    /**
     * Replaces {@code file} with what {@code content} writes, streamed through a buffer, so content
     * larger than memory can be saved. On failure, including an exception from {@code content}, the
     * old file is untouched, the temporary file is removed and the exception is passed on.
     */
    public static void write(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        if (Files.isSymbolicLink(target) && Files.exists(target)) {
            target = target.toRealPath(); // save through the link; do not replace the link with a file
        }
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel =
                    FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            copyPermissions(target, temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        syncDirectory(dir);
    }

    private static void copyPermissions(Path from, Path to) {
        PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (target == null) {
            return;
        }
        try {
            if (Files.exists(from)) {
                target.setPermissions(Files.getFileAttributeView(from, PosixFileAttributeView.class)
                        .readAttributes()
                        .permissions());
            } else {
                target.setPermissions(PosixFilePermissions.fromString("rw-r--r--"));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // permissions are a nicety; the content is what matters
        }
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // not every platform can sync a directory; the file itself is already on disk
        }
    }
}
