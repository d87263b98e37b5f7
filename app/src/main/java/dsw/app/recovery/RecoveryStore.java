package dsw.app.recovery;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dsw.model.file.AtomicFiles;
import dsw.model.file.DesignFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The recovery folder ({@code <settings folder>/recovery}) as seen by one running dsw: its own
 * recovery file, {@code <instance>.dsw.json} (a normal design file) with {@code
 * <instance>.info.json} beside it (the original file and when it was written), and the work other
 * instances left behind. While this dsw runs it holds a lock on {@code <instance>.lock}; the lock
 * of a dsw that crashed or was killed is released by the operating system, which is how its files
 * are told from those of a dsw still running (see docs/decisions/0010-crash-recovery.md). Writes
 * are atomic. Thread-safe: writing, deleting and closing are serialized, so closing waits for a
 * write under way and nothing is written after it.
 */
public final class RecoveryStore {
    static final String LOCK = ".lock";
    static final String DESIGN = DesignFiles.EXTENSION;
    static final String INFO = ".info.json";
    static final String DAMAGED = "damaged";
    private static final Pattern ID = Pattern.compile("[a-z0-9-]{1,64}");

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final Path directory;
    private final String instance;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private boolean closed;

    private RecoveryStore(Path directory, String instance, FileChannel lockChannel, FileLock lock) {
        this.directory = directory;
        this.instance = instance;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Takes a place in {@code directory} for this running dsw (creating the folder): a new instance
     * name and its lock. @throws IOException when the folder cannot be used
     */
    public static RecoveryStore open(Path directory) throws IOException {
        Path dir = directory.toAbsolutePath().normalize();
        Files.createDirectories(dir);
        String instance = "dsw-" + UUID.randomUUID().toString().substring(0, 13);
        FileChannel channel =
                FileChannel.open(dir.resolve(instance + LOCK), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new IOException("cannot lock " + dir.resolve(instance + LOCK));
            }
            return new RecoveryStore(dir, instance, channel, lock);
        } catch (IOException | RuntimeException e) {
            channel.close();
            Files.deleteIfExists(dir.resolve(instance + LOCK));
            throw e;
        }
    }

    /** The recovery folder. */
    public Path directory() {
        return directory;
    }

    /** This dsw's recovery file: a normal design file, present while there is unsaved work. */
    public Path designFile() {
        return directory.resolve(instance + DESIGN);
    }

    /** Replaces this dsw's recovery file with {@code point}; does nothing once closed. */
    public synchronized void write(RecoveryPoint point) throws IOException {
        if (closed) {
            return;
        }
        DesignFiles.write(point.design(), designFile());
        writeInfo(infoFile(directory, instance), point);
    }

    /** Deletes this dsw's recovery file (there is no unsaved work); does nothing once closed. */
    public synchronized void delete() throws IOException {
        if (!closed) {
            deleteFiles(directory, instance);
        }
    }

    /**
     * Makes the work {@code orphan} holds this dsw's recovery file, in one move, so it is never
     * lost in between; the orphan is gone afterwards. Does nothing once closed.
     */
    public synchronized void adopt(Orphan orphan) throws IOException {
        if (closed) {
            return;
        }
        orphan.moveTo(designFile(), infoFile(directory, instance));
    }

    /**
     * Claims the work that instances which are no longer running left behind, oldest instance
     * names first: each returned {@link Orphan} is locked by this dsw, so no other dsw offers it,
     * until it is restored, discarded, moved aside or released. Leftovers without a design (a lock
     * or info file alone) are cleaned up on the way.
     */
    public List<Orphan> claimOrphans() throws IOException {
        TreeSet<String> ids = new TreeSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                String id = instanceOf(file.getFileName().toString());
                if (id != null && Files.isRegularFile(file)) {
                    ids.add(id);
                }
            }
        }
        ids.remove(instance); // never open our own lock file: closing it would drop our lock
        List<Orphan> claimed = new ArrayList<>();
        for (String id : ids) {
            Orphan orphan = claim(id);
            if (orphan == null) {
                continue; // that dsw is running
            }
            if (Files.isRegularFile(directory.resolve(id + DESIGN))) {
                claimed.add(orphan);
            } else {
                orphan.discard();
            }
        }
        return claimed;
    }

    /**
     * Ends normally (the user quit): deletes this dsw's recovery file and lock. Waits for a write
     * under way; nothing is written afterwards. Reports problems on standard error.
     */
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            deleteFiles(directory, instance);
            Files.deleteIfExists(directory.resolve(instance + LOCK));
        } catch (IOException e) {
            System.err.println("dsw: could not clean up the recovery folder " + directory + ": " + e.getMessage());
        }
        unlock();
    }

    /**
     * Lets go of the lock and writes nothing more, leaving every file as it is: what happens to a
     * dsw that is killed. For tests of crash recovery within one process.
     */
    public synchronized void abandon() {
        closed = true;
        unlock();
    }

    private void unlock() {
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            System.err.println("dsw: could not release the recovery lock: " + e.getMessage());
        }
    }

    /** Locks the lock file of instance {@code id}, or null when that dsw still holds it. */
    private Orphan claim(String id) throws IOException {
        FileChannel channel =
                FileChannel.open(directory.resolve(id + LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock taken;
        try {
            taken = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            taken = null; // held by another dsw in this same process (tests start several)
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (taken == null) {
            channel.close();
            return null;
        }
        return new Orphan(directory, id, channel, taken);
    }

    /** The instance a file of the recovery folder belongs to, or null for other files. */
    static String instanceOf(String fileName) {
        if (fileName.startsWith(".")) {
            return null; // a temporary file of a write
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (String suffix : new String[] {LOCK, INFO, DESIGN}) {
            if (lower.endsWith(suffix)) {
                String id = fileName.substring(0, fileName.length() - suffix.length());
                return ID.matcher(id).matches() ? id : null;
            }
        }
        return null;
    }

    static Path infoFile(Path directory, String id) {
        return directory.resolve(id + INFO);
    }

    static void writeInfo(Path file, RecoveryPoint point) throws IOException {
        RecoveryInfoFile info = new RecoveryInfoFile();
        info.designName = point.design().name();
        info.originalFile =
                point.originalFile() == null ? null : point.originalFile().toString();
        info.savedAt = point.savedAt().toString();
        AtomicFiles.write(file, MAPPER.writeValueAsBytes(info));
    }

    /**
     * Deletes an instance's design file, then its info file, then temporary files a killed write
     * left: in this order, so a crash in between never leaves a design without knowing it was
     * meant to be gone (an info file alone is cleaned up as a leftover).
     */
    static void deleteFiles(Path directory, String id) throws IOException {
        Files.deleteIfExists(directory.resolve(id + DESIGN));
        Files.deleteIfExists(infoFile(directory, id));
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(directory, "." + id + ".*")) {
            for (Path temp : temps) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
