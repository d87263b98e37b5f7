package dsw.model.file;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns a design file of schema version {@link #from()} into version {@code from() + 1}, working on
 * the JSON tree before it is bound to the current file classes. A migration never fails on a file
 * that was valid in its version.
 */
interface Migration {
    int from();

    /** Rewrites the document in place; the caller updates {@code schemaVersion}. */
    void apply(ObjectNode document);
}
