package dsw.model.value;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rules for the stable ids of components, links and groups: a letter, then letters, digits,
 * {@code -}, {@code _} or {@code .}, at most 64 characters. Ids are what files, traces and diagrams
 * refer to, so they never contain spaces or quotes. Thread-safe (stateless).
 */
public final class Ids {
    public static final int MAX_LENGTH = 64;
    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

    private Ids() {}

    public static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /**
     * @throws IllegalArgumentException naming the rule the id breaks
     */
    public static String require(String what, String id) {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException(what + " id is missing");
        }
        if (!isValid(id)) {
            throw new IllegalArgumentException(what + " id \"" + Text.abbreviate(id, 70)
                    + "\" is not valid: use a letter, then letters, digits, '-', '_' or '.', at most " + MAX_LENGTH
                    + " characters");
        }
        return id;
    }

    /**
     * Turns any name into a valid id that is not in {@code taken}: "Orders DB" becomes "orders-db",
     * then "orders-db-2" if that is taken.
     */
    public static String fromName(String name, Set<String> taken) {
        String base =
                name == null ? "" : name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        base = base.replaceAll("^-+|-+$", "");
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
            base = "c-" + base;
            base = base.replaceAll("-+$", "");
        }
        if (base.length() > MAX_LENGTH - 6) {
            base = base.substring(0, MAX_LENGTH - 6).replaceAll("-+$", "");
        }
        if (!taken.contains(base)) {
            return base;
        }
        for (int i = 2; ; i++) {
            String candidate = base + "-" + i;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }
}
