package dsw.model.trace;

/** Builds the short labels messages show, such as {@code GET k42} and {@code GET k42 ok}. */
final class Labels {
    private Labels() {}

    static String of(MessageKind kind, Operation operation, int key, Status status) {
        StringBuilder text = new StringBuilder(24);
        switch (kind) {
            case REQUEST, RESPONSE -> {}
            default -> text.append(kind.wireName());
        }
        if (operation != Operation.NONE) {
            space(text).append(operation.verb());
        }
        if (key >= 0) {
            space(text).append('k').append(key);
        }
        if (status != Status.NONE) {
            space(text).append(status.wireName());
        }
        return text.toString();
    }

    private static StringBuilder space(StringBuilder text) {
        if (text.length() > 0) {
            text.append(' ');
        }
        return text;
    }
}
