package dsw.app.recovery;

import dsw.model.Design;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * One autosaved state of unsaved work: what is written to the recovery folder and read back after a
 * crash. Immutable.
 *
 * @param design the design as it was
 * @param originalFile the file it was opened from or last saved to, where Save writes it; null when
 *     it was never saved (a new design, an example)
 * @param savedAt when it was autosaved
 */
public record RecoveryPoint(Design design, Path originalFile, Instant savedAt) {
    public RecoveryPoint {
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(savedAt, "savedAt");
    }
}
