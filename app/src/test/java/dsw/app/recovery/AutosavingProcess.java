package dsw.app.recovery;

import dsw.app.TestDesigns;
import dsw.model.edit.Edits;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A stand-in for a running dsw, for {@link RecoveryStoreTest}: takes a place in the recovery folder
 * named by its argument, writes work, prints {@link #READY} and waits to be killed (or for its
 * standard input to close, should the test end without killing it).
 */
public final class AutosavingProcess {
    static final String READY = "ready";
    static final String NAME = "Written by another process";

    private AutosavingProcess() {}

    public static void main(String[] args) throws Exception {
        RecoveryStore store = RecoveryStore.open(Path.of(args[0]));
        store.write(new RecoveryPoint(
                Edits.renameDesign(TestDesigns.small(), NAME).execute(TestDesigns.small()), null, Instant.now()));
        System.out.println(READY);
        System.out.flush();
        while (System.in.read() >= 0) {
            // wait
        }
        store.close();
    }
}
