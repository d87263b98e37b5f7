package dsw.model.edit;

import dsw.model.Design;
import java.util.Objects;

/**
 * A command that remembers the design before and after it. Designs are immutable and share
 * unchanged lists, so this costs only what the edit changed. Immutable, thread-safe.
 */
public final class Edit implements Command {
    private final String description;
    private final Design before;
    private final Design after;

    public Edit(String description, Design before, Design after) {
        this.description = Objects.requireNonNull(description, "description");
        this.before = Objects.requireNonNull(before, "before");
        this.after = Objects.requireNonNull(after, "after");
    }

    @Override
    public Design execute(Design design) {
        requireSame(design, before, "execute");
        return after;
    }

    @Override
    public Design undo(Design design) {
        requireSame(design, after, "undo");
        return before;
    }

    @Override
    public String description() {
        return description;
    }

    public Design before() {
        return before;
    }

    public Design after() {
        return after;
    }

    private void requireSame(Design given, Design expected, String what) {
        if (!given.equals(expected)) {
            throw new IllegalStateException(
                    "cannot " + what + " \"" + description + "\": the design is not the one this edit was made for");
        }
    }

    @Override
    public String toString() {
        return "Edit[" + description + "]";
    }
}
