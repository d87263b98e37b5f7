package dsw.app.recovery;

import dsw.model.Design;
import dsw.model.file.DesignFileException;
import dsw.model.file.DesignFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Unsaved work that a dsw which is no longer running (it crashed or was killed) left in the
 * recovery folder, claimed by this dsw through the dead instance's lock file: no other dsw offers
 * it until it is restored, discarded, moved aside or released. Each of those ends the claim. Use
 * from one thread at a time.
 */
public final class Orphan {
    private final Path directory;
    private final String id;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean ended;

    Orphan(Path directory, String id, FileChannel channel, FileLock lock) {
        this.directory = directory;
        this.id = id;
        this.channel = channel;
        this.lock = lock;
    }

    /** The name of the instance that left the work. */
    public String id() {
        return id;
    }

    /** The recovery file: a normal design file. */
    public Path designFile() {
        return directory.resolve(id + RecoveryStore.DESIGN);
    }

    /**
     * Reads the work. A missing or damaged info file only loses the original file (Save then asks
     * where) and takes the time from the design file.
     *
     * @throws DesignFileException when the design file cannot be read; it then says why
     */
    public RecoveryPoint read() throws DesignFileException {
        Design design = DesignFiles.read(designFile()).design();
        Path original = null;
        Instant savedAt = null;
        Path info = RecoveryStore.infoFile(directory, id);
        if (Files.isRegularFile(info)) {
            try {
                RecoveryInfoFile stored = RecoveryStore.MAPPER.readValue(info.toFile(), RecoveryInfoFile.class);
                if (stored != null && stored.originalFile != null && !stored.originalFile.isBlank()) {
                    original = Path.of(stored.originalFile);
                }
                if (stored != null && stored.savedAt != null) {
                    savedAt = Instant.parse(stored.savedAt);
                }
            } catch (IOException | DateTimeParseException | java.nio.file.InvalidPathException e) {
                System.err.println("dsw: ignoring the damaged recovery info " + info + " ("
                        + e.getClass().getSimpleName() + ")");
            }
        }
        if (savedAt == null) {
            try {
                savedAt = Files.getLastModifiedTime(designFile()).toInstant();
            } catch (IOException e) {
                savedAt = Instant.EPOCH;
            }
        }
        return new RecoveryPoint(design, original, savedAt);
    }

    /** Deletes the work for good and ends the claim. */
    public void discard() throws IOException {
        try {
            RecoveryStore.deleteFiles(directory, id);
            Files.deleteIfExists(directory.resolve(id + RecoveryStore.LOCK));
        } finally {
            release();
        }
    }

    /**
     * Moves the work, which could not be read, into the {@code damaged} folder beside, so nothing
     * the user may still want is deleted, and ends the claim.
     *
     * @return where the design file went
     */
    public Path moveAside() throws IOException {
        try {
            Path damaged = directory.resolve(RecoveryStore.DAMAGED);
            Files.createDirectories(damaged);
            Path target = damaged.resolve(id + RecoveryStore.DESIGN);
            Files.move(designFile(), target, StandardCopyOption.REPLACE_EXISTING);
            Path info = RecoveryStore.infoFile(directory, id);
            if (Files.exists(info)) {
                Files.move(info, damaged.resolve(id + RecoveryStore.INFO), StandardCopyOption.REPLACE_EXISTING);
            }
            discard();
            return target;
        } finally {
            release();
        }
    }

    /** Ends the claim and leaves the work where it is, to be offered again at the next start. */
    public void release() {
        if (ended) {
            return;
        }
        ended = true;
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            System.err.println("dsw: could not release the recovery lock of " + id + ": " + e.getMessage());
        }
    }

    /** Moves the work to become another instance's files, then ends the claim. */
    void moveTo(Path design, Path info) throws IOException {
        move(designFile(), design);
        Path ownInfo = RecoveryStore.infoFile(directory, id);
        if (Files.exists(ownInfo)) {
            move(ownInfo, info);
        } else {
            Files.deleteIfExists(info);
        }
        discard();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
