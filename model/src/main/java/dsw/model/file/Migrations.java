package dsw.model.file;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The chain of {@link Migration}s from every older schema version to the current one. Version 1 is
 * the first published format, so the chain is still empty; when the format changes, the change
 * bumps {@link DesignFiles#SCHEMA_VERSION} and adds its migration here. Thread-safe (immutable).
 */
final class Migrations {
    /** The oldest schema version this dsw still reads. */
    static final int OLDEST = 1;

    private final List<Migration> chain;
    private final int current;

    Migrations(int current, List<Migration> chain) {
        this.current = current;
        this.chain = List.copyOf(chain);
        for (int v = OLDEST; v < current; v++) {
            int version = v;
            if (this.chain.stream().noneMatch(m -> m.from() == version)) {
                throw new IllegalStateException("no migration from schema version " + v);
            }
        }
    }

    static Migrations standard() {
        return new Migrations(DesignFiles.SCHEMA_VERSION, List.of());
    }

    int current() {
        return current;
    }

    /** Brings the document from {@code version} to the current version, step by step. */
    void upgrade(ObjectNode document, int version) {
        for (int v = version; v < current; v++) {
            int from = v;
            Migration step = chain.stream()
                    .filter(m -> m.from() == from)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no migration from schema version " + from));
            step.apply(document);
            document.put("schemaVersion", v + 1);
        }
    }
}
