package dsw.app.recovery;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The JSON shape of a recovery file's companion {@code <instance>.info.json}: what the design file
 * beside it does not say. Every field may be missing; unknown fields are ignored. Not thread-safe
 * (a plain data holder for Jackson).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
final class RecoveryInfoFile {
    static final int SCHEMA_VERSION = 1;

    public int schemaVersion = SCHEMA_VERSION;
    /** The design's name, for a person looking into the folder; the design file is what counts. */
    public String designName;
    /** The absolute path of the file the work belongs to; missing when it was never saved. */
    public String originalFile;
    /** When the design was written, ISO-8601 ({@code 2026-11-21T10:00:02Z}). */
    public String savedAt;
}
