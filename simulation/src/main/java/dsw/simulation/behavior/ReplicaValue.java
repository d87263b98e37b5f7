package dsw.simulation.behavior;

/** What a leaderless replica holds for one key, or a peer said it holds: a version, its value and size. Immutable. */
record ReplicaValue(long version, long value, int size) {
    static final ReplicaValue NONE = new ReplicaValue(0, 0, 0);

    /** The newer of this and {@code other} (this one when both have the same version). */
    ReplicaValue newer(ReplicaValue other) {
        return other.version() > version ? other : this;
    }
}
