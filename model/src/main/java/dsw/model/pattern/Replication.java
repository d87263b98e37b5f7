package dsw.model.pattern;

/**
 * How a data component keeps copies of its data. Only {@link None} exists so far; single-leader,
 * multi-leader and leaderless replication arrive with the replication issue as further records.
 * Immutable, thread-safe.
 */
public sealed interface Replication {
    /** The name used in files. */
    String type();

    Replication NONE = new None();

    /** One copy per instance, no replication protocol. */
    record None() implements Replication {
        @Override
        public String type() {
            return "none";
        }
    }
}
