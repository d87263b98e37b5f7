package dsw.app.inspector;

import dsw.model.InvalidDesignException;
import dsw.model.Problem;
import dsw.model.edit.Edit;
import java.util.Locale;
import java.util.stream.Collectors;

/** Small pieces of English for the property sheet's messages and edit names. Thread-safe. */
final class Wording {
    private Wording() {}

    /** A message as a sentence under a field: capitalized, ending with a full stop. */
    static String sentence(String message) {
        if (message == null || message.isBlank()) {
            return "This value cannot be used.";
        }
        String text = message.strip();
        text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return text.endsWith(".") || text.endsWith("?") || text.endsWith("!") ? text : text + ".";
    }

    /** The message of a refused edit, without the JSON pointers of a design check. */
    static String reason(IllegalArgumentException e) {
        if (e instanceof InvalidDesignException invalid && !invalid.problems().isEmpty()) {
            return sentence(invalid.problems().stream().map(Problem::message).collect(Collectors.joining("; ")));
        }
        return sentence(e.getMessage());
    }

    /** "Queue capacity" as in the middle of a sentence: "queue capacity"; "API gateway" stays. */
    static String lower(String label) {
        if (label.length() > 1 && Character.isUpperCase(label.charAt(1))) {
            return label;
        }
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    /** "a database", "an API gateway", "an availability zone". */
    static String withArticle(String noun) {
        String word = lower(noun);
        boolean vowel = !word.isEmpty() && "aeiouAEIOU".indexOf(word.charAt(0)) >= 0;
        return (vowel ? "an " : "a ") + word;
    }

    /** The same edit under a name that says more precisely what it does. */
    static Edit describedAs(Edit edit, String description) {
        return new Edit(description, edit.before(), edit.after());
    }

    static boolean sameWord(String a, String b) {
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }
}
