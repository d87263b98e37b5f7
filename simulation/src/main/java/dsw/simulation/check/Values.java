package dsw.simulation.check;

import java.util.List;
import java.util.Objects;

/** Helpers for history values (Long, String, Keyword, List, Map, null) in models. Stateless, thread-safe. */
final class Values {
    private Values() {}

    /** A value as a user would write it: {@code 3}, {@code x}, {@code nil}. */
    static String show(Object value) {
        if (value == null) {
            return "nil";
        }
        if (value instanceof Keyword keyword) {
            return keyword.name();
        }
        if (value instanceof String text) {
            return "\"" + text + "\"";
        }
        return value.toString();
    }

    /** The name of {@code value} if it is a keyword or string, such as {@code read}; empty otherwise. */
    static String name(Object value) {
        if (value instanceof Keyword keyword) {
            return keyword.name();
        }
        return value instanceof String text ? text : "";
    }

    /** The text of {@code value} for appending: a string itself, a keyword's name, "" for nil. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof Keyword keyword ? keyword.name() : value.toString();
    }

    /** True when {@code a} and {@code b} are the same value, numbers compared by value. */
    static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() == y.doubleValue();
        }
        return Objects.equals(a, b);
    }

    /** {@code value} as a list of {@code size} items, or null when it is not one. */
    static List<?> tuple(Object value, int size) {
        return value instanceof List<?> list && list.size() == size ? list : null;
    }
}
