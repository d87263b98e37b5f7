package dsw.model.value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes a {@link Distribution} as one line of text, for a property sheet: the type, then
 * its parameters by the names the design file uses. {@code parse(format(d))} gives {@code d} back.
 *
 * <ul>
 *   <li>{@code 5ms} (or {@code constant 5ms}): always 5 ms
 *   <li>{@code uniform 2ms..8ms} (or {@code uniform min 2ms max 8ms})
 *   <li>{@code normal mean 20ms stddev 5ms} (or {@code normal 20ms ± 5ms})
 *   <li>{@code exponential mean 10ms} (or {@code exp 10ms})
 *   <li>{@code lognormal median 5ms sigma 0.5} (or {@code lognormal 5ms 0.5})
 * </ul>
 *
 * Named parameters may come in any order; unnamed ones fill the rest in the order shown. Thread-safe
 * (stateless).
 */
public final class DistributionText {
    /** The accepted forms, for tooltips and error messages. */
    public static final String EXAMPLES = "\"5ms\", \"uniform 2ms..8ms\", \"normal mean 20ms stddev 5ms\","
            + " \"exponential mean 10ms\" or \"lognormal median 5ms sigma 0.5\"";

    private static final Set<String> SEPARATORS = Set.of("..", "±", "+-", "+/-", ",", "to", "=", ":");
    private static final Set<String> DURATION_UNITS = Set.of("us", "µs", "ms", "s", "m", "min", "h");

    private DistributionText() {}

    /** The canonical text form, such as {@code lognormal median 5ms sigma 0.5}. */
    public static String format(Distribution distribution) {
        if (distribution instanceof Distribution.Constant c) {
            return Micros.format(c.micros());
        }
        if (distribution instanceof Distribution.Uniform u) {
            return "uniform " + Micros.format(u.min()) + ".." + Micros.format(u.max());
        }
        if (distribution instanceof Distribution.Normal n) {
            return "normal mean " + Micros.format(n.mean()) + " stddev " + Micros.format(n.stddev());
        }
        if (distribution instanceof Distribution.Exponential e) {
            return "exponential mean " + Micros.format(e.mean());
        }
        if (distribution instanceof Distribution.LogNormal l) {
            return "lognormal median " + Micros.format(l.median()) + " sigma " + number(l.sigma());
        }
        throw new IllegalStateException("unknown distribution " + distribution);
    }

    /**
     * Reads a distribution written as {@link #format} writes it, or in one of the shorter forms.
     *
     * @throws IllegalArgumentException with a message fit for a user, naming what is wrong
     */
    public static Distribution parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(
                    "expected a duration or a distribution such as " + EXAMPLES + ", got nothing");
        }
        List<String> tokens = tokens(text);
        String type = typeOf(tokens.get(0));
        if (type == null) {
            if (Character.isLetter(tokens.get(0).codePointAt(0))) {
                throw new IllegalArgumentException("unknown distribution \"" + Text.abbreviate(tokens.get(0), 30)
                        + "\": use " + String.join(", ", Distribution.TYPES) + ", or just a duration such as"
                        + " \"5ms\"");
            }
            type = untypedForm(tokens);
        } else {
            tokens.remove(0);
        }
        Map<String, String> values = assign(type, tokens);
        return switch (type) {
            case "constant" -> new Distribution.Constant(duration(values, "value"));
            case "uniform" -> new Distribution.Uniform(duration(values, "min"), duration(values, "max"));
            case "normal" -> new Distribution.Normal(duration(values, "mean"), duration(values, "stddev"));
            case "exponential" -> new Distribution.Exponential(duration(values, "mean"));
            case "lognormal" -> new Distribution.LogNormal(duration(values, "median"), sigma(values.get("sigma")));
            default -> throw new IllegalStateException(type);
        };
    }

    /** Splits into words, with separators as words of their own and "20 ms" joined into "20ms". */
    private static List<String> tokens(String text) {
        String spaced = text.strip()
                .toLowerCase(Locale.ROOT)
                .replace("+/-", " +/- ")
                .replace("+-", " +- ")
                .replace("±", " ± ")
                .replace("–", " .. ")
                .replace("…", " .. ")
                .replace("..", " .. ")
                .replace(",", " , ")
                .replace("=", " = ")
                .replace(":", " : ");
        List<String> tokens = new ArrayList<>();
        for (String word : spaced.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            int last = tokens.size() - 1;
            if (DURATION_UNITS.contains(word) && last >= 0 && isNumber(tokens.get(last))) {
                tokens.set(last, tokens.get(last) + word);
            } else {
                tokens.add(word);
            }
        }
        return tokens;
    }

    /** Without a type word: "2ms..8ms" is uniform, "20ms ± 5ms" normal, a lone duration constant. */
    private static String untypedForm(List<String> tokens) {
        if (tokens.contains("..")) {
            return "uniform";
        }
        if (tokens.contains("±") || tokens.contains("+-") || tokens.contains("+/-")) {
            return "normal";
        }
        return "constant";
    }

    private static String typeOf(String word) {
        return switch (word) {
            case "constant", "const", "fixed" -> "constant";
            case "uniform" -> "uniform";
            case "normal", "gaussian" -> "normal";
            case "exponential", "exp" -> "exponential";
            case "lognormal", "log-normal" -> "lognormal";
            default -> null;
        };
    }

    private static List<String> parameters(String type) {
        return switch (type) {
            case "constant" -> List.of("value");
            case "uniform" -> List.of("min", "max");
            case "normal" -> List.of("mean", "stddev");
            case "exponential" -> List.of("mean");
            case "lognormal" -> List.of("median", "sigma");
            default -> throw new IllegalStateException(type);
        };
    }

    private static String parameterName(String type, String word) {
        String name =
                switch (word) {
                    case "sd", "σ", "std", "stdev" -> type.equals("lognormal") ? "sigma" : "stddev";
                    case "average" -> "mean";
                    default -> word;
                };
        return parameters(type).contains(name) ? name : null;
    }

    /** Matches the words to the type's parameters: named ones first, then in order. */
    private static Map<String, String> assign(String type, List<String> tokens) {
        List<String> names = parameters(type);
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (SEPARATORS.contains(token)) {
                continue;
            }
            String name = parameterName(type, token);
            if (name == null && Character.isLetter(token.codePointAt(0))) {
                throw new IllegalArgumentException(article(type) + " distribution has " + and(names) + ", not \""
                        + Text.abbreviate(token, 30) + "\"; for example " + example(type));
            }
            String value = token;
            if (name != null) {
                i = nextValue(tokens, i);
                if (i >= tokens.size()) {
                    throw new IllegalArgumentException("\"" + token + "\" needs a value; for example " + example(type));
                }
                value = tokens.get(i);
            } else {
                name = names.stream()
                        .filter(n -> !values.containsKey(n))
                        .findFirst()
                        .orElse(null);
                if (name == null) {
                    throw new IllegalArgumentException(article(type) + " distribution has only " + and(names) + "; \""
                            + Text.abbreviate(token, 30) + "\" is one value too many");
                }
            }
            if (values.put(name, value) != null) {
                throw new IllegalArgumentException(name + " is given twice");
            }
        }
        List<String> missing =
                names.stream().filter(n -> !values.containsKey(n)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(article(type) + " distribution needs " + and(names)
                    + (missing.size() < names.size() ? " (" + String.join(" and ", missing) + " is missing)" : "")
                    + "; for example "
                    + example(type));
        }
        return values;
    }

    private static int nextValue(List<String> tokens, int at) {
        int i = at + 1;
        while (i < tokens.size() && SEPARATORS.contains(tokens.get(i))) {
            i++;
        }
        return i;
    }

    private static long duration(Map<String, String> values, String name) {
        String text = values.get(name);
        if (isNumber(text)) {
            throw new IllegalArgumentException(
                    name + " \"" + text + "\" needs a unit, such as \"" + text + "ms\" or \"" + text + "s\"");
        }
        try {
            return Micros.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }

    private static double sigma(String text) {
        if (!isNumber(text)) {
            throw new IllegalArgumentException("sigma (the spread of a log-normal) is a number from 0 to "
                    + number(Distribution.LogNormal.MAX_SIGMA) + " without a unit, such as 0.5; got \""
                    + Text.abbreviate(text, 30) + "\"");
        }
        return new BigDecimal(text).doubleValue();
    }

    private static boolean isNumber(String text) {
        return text != null && text.matches("\\d+(\\.\\d+)?|\\.\\d+");
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String example(String type) {
        return switch (type) {
            case "constant" -> "\"5ms\"";
            case "uniform" -> "\"uniform 2ms..8ms\"";
            case "normal" -> "\"normal mean 20ms stddev 5ms\"";
            case "exponential" -> "\"exponential mean 10ms\"";
            case "lognormal" -> "\"lognormal median 5ms sigma 0.5\"";
            default -> throw new IllegalStateException(type);
        };
    }

    private static String article(String type) {
        return (type.equals("exponential") ? "an " : "a ") + type;
    }

    private static String and(List<String> names) {
        return names.size() == 1 ? "a " + names.get(0) : String.join(" and ", names);
    }
}
