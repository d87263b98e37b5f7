package dsw.simulation.testkit;

import java.util.ArrayList;
import java.util.List;

/**
 * What one named invariant found wrong in one trace: the first few violations in words and how
 * many there were. Not thread-safe.
 */
public final class Violations {
    private static final int SHOWN = 8;

    private final String invariant;
    private final List<String> shown = new ArrayList<>();
    private int count;

    public Violations(String invariant) {
        this.invariant = invariant;
    }

    public String invariant() {
        return invariant;
    }

    public void add(String violation) {
        count++;
        if (shown.size() < SHOWN) {
            shown.add(violation);
        }
    }

    public boolean isEmpty() {
        return count == 0;
    }

    public int count() {
        return count;
    }

    /**
     * Fails with the invariant's name, how to rebuild the run (the generator seed is in {@code run}'s
     * text) and the first violations.
     */
    public void assertNone(Object run) {
        if (count > 0) {
            throw new AssertionError(
                    "invariant \"" + invariant + "\" broken " + count + " time" + (count == 1 ? "" : "s")
                            + " in " + run + ":\n  " + String.join("\n  ", shown)
                            + (count > shown.size() ? "\n  ..." : ""));
        }
    }
}
