package dsw.model.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Randomly damaged examples (bytes deleted, duplicated, replaced; values swapped, retyped, removed;
 * the file cut short) either load or fail with a {@link DesignFileException} and a clean message;
 * nothing else escapes and nothing hangs. What loads saves to a file that loads again unchanged.
 * jqwik prints the seed of a failing run.
 */
class HostileInputPropertyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<byte[]> EXAMPLES =
            TestFiles.examples().stream().map(HostileInputPropertyTest::bytes).toList();
    private static final byte[] INTERESTING_BYTES = "{}[]\":,0-.e\\\n \t/x".getBytes(StandardCharsets.UTF_8);
    private static final String[] INTERESTING_TEXT = {
        "null",
        "1e999",
        "-",
        "[",
        "{",
        "\"\\u0000\"",
        "99999999999999999999999",
        "NaN",
        "\"",
        "\\",
        ",",
        "}",
        "]",
        "\"schemaVersion\": 2,",
        "\u00e9",
        "\uD83D\uDE80",
        "\"\\uD800\""
    };

    @Property(tries = 1000)
    void aDamagedExampleLoadsOrFailsCleanly(@ForAll("mutants") Mutant mutant) {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> check(mutant));
    }

    private static void check(Mutant mutant) throws Exception {
        String name = "mutant.dsw.json";
        LoadResult result;
        try {
            result = DesignFiles.read(name, mutant.bytes());
        } catch (DesignFileException e) {
            assertThat(e.problems()).isNotEmpty();
            assertThat(e.getMessage().lines())
                    .allSatisfy(line -> assertThat(line).startsWith(name + ":"));
            assertThat(e.getMessage()).doesNotContain("bug in dsw");
            TestFiles.assertNoJavaNoise(e.getMessage());
            e.problems().forEach(p -> TestFiles.assertNoJavaNoise(p.message()));
            return;
        }
        String saved = DesignFiles.toJson(result.design());
        LoadResult again = DesignFiles.read("saved.dsw.json", saved.getBytes(StandardCharsets.UTF_8));
        assertThat(again.design()).isEqualTo(result.design());
        assertThat(DesignFiles.toJson(again.design())).isEqualTo(saved);
    }

    @Provide
    Arbitrary<Mutant> mutants() {
        return Arbitraries.randomValue(HostileInputPropertyTest::mutate);
    }

    private static Mutant mutate(Random random) {
        byte[] original = EXAMPLES.get(random.nextInt(EXAMPLES.size()));
        List<String> steps = new ArrayList<>();
        byte[] bytes;
        if (random.nextBoolean()) {
            JsonNode tree = tree(original);
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                steps.add(mutateTree(tree, random));
            }
            bytes = tree.toPrettyString().getBytes(StandardCharsets.UTF_8);
        } else {
            bytes = original;
        }
        if (random.nextInt(3) != 0) {
            int count = 1 + random.nextInt(4);
            for (int i = 0; i < count && bytes.length > 0; i++) {
                Damage damage = mutateBytes(bytes, random);
                bytes = damage.bytes();
                steps.add(damage.step());
            }
        }
        return new Mutant(String.join("; ", steps), bytes);
    }

    /** A damage done to the text, and what it was. */
    private static final class Damage {
        private final byte[] bytes;
        private final String step;

        Damage(byte[] bytes, String step) {
            this.bytes = bytes;
            this.step = step;
        }

        byte[] bytes() {
            return bytes;
        }

        String step() {
            return step;
        }
    }

    private static Damage mutateBytes(byte[] in, Random random) {
        int at = random.nextInt(in.length);
        int length = 1 + random.nextInt(Math.min(40, in.length - at));
        return switch (random.nextInt(6)) {
            case 0 -> new Damage(
                    concat(Arrays.copyOf(in, at), Arrays.copyOfRange(in, at + length, in.length)),
                    "delete " + length + " bytes at " + at);
            case 1 -> new Damage(
                    concat(Arrays.copyOf(in, at + length), Arrays.copyOfRange(in, at, in.length)),
                    "duplicate " + length + " bytes at " + at);
            case 2 -> {
                byte[] replaced = in.clone();
                replaced[at] = random.nextInt(3) == 0
                        ? (byte) random.nextInt(256)
                        : INTERESTING_BYTES[random.nextInt(INTERESTING_BYTES.length)];
                yield new Damage(replaced, "replace byte " + at + " with " + (replaced[at] & 0xFF));
            }
            case 3 -> {
                String text = INTERESTING_TEXT[random.nextInt(INTERESTING_TEXT.length)];
                yield new Damage(
                        concat(
                                concat(Arrays.copyOf(in, at), text.getBytes(StandardCharsets.UTF_8)),
                                Arrays.copyOfRange(in, at, in.length)),
                        "insert " + text + " at " + at);
            }
            case 4 -> new Damage(Arrays.copyOf(in, at), "truncate at " + at);
            default -> {
                byte[] swapped = in.clone();
                int other = random.nextInt(in.length);
                byte b = swapped[at];
                swapped[at] = swapped[other];
                swapped[other] = b;
                yield new Damage(swapped, "swap bytes " + at + " and " + other);
            }
        };
    }

    private static String mutateTree(JsonNode root, Random random) {
        List<String> paths = new ArrayList<>();
        List<JsonNode> parents = new ArrayList<>();
        collect(root, "", paths, parents);
        int pick = random.nextInt(paths.size());
        String path = paths.get(pick);
        ContainerNode<?> parent = (ContainerNode<?>) parents.get(pick);
        String key = path.substring(path.lastIndexOf('/') + 1);
        return switch (random.nextInt(5)) {
            case 0 -> {
                JsonNode value = randomValue(random, root);
                set(parent, key, value);
                yield "set " + path + " to " + abbreviate(value);
            }
            case 1 -> swap(root, paths, parents, pick, random.nextInt(paths.size()));
            case 2 -> {
                if (parent instanceof ObjectNode o) {
                    o.remove(key);
                } else {
                    ((ArrayNode) parent).remove(Integer.parseInt(key));
                }
                yield "remove " + path;
            }
            case 3 -> duplicateOrRename(parent, key, path, paths.get(random.nextInt(paths.size())));
            default -> {
                JsonNode retyped = retype(root.at(path), random);
                set(parent, key, retyped);
                yield "retype " + path + " to " + abbreviate(retyped);
            }
        };
    }

    private static String swap(JsonNode root, List<String> paths, List<JsonNode> parents, int one, int other) {
        String path = paths.get(one);
        String otherPath = paths.get(other);
        JsonNode a = root.at(path).deepCopy();
        JsonNode b = root.at(otherPath).deepCopy();
        if (b.isMissingNode() || a.isMissingNode()) {
            return "swap skipped";
        }
        set((ContainerNode<?>) parents.get(one), path.substring(path.lastIndexOf('/') + 1), b);
        if (!root.at(otherPath).isMissingNode()) {
            set((ContainerNode<?>) parents.get(other), otherPath.substring(otherPath.lastIndexOf('/') + 1), a);
        }
        return "swap " + path + " and " + otherPath;
    }

    private static String duplicateOrRename(ContainerNode<?> parent, String key, String path, String renamed) {
        if (parent instanceof ArrayNode a) {
            a.add(a.get(Integer.parseInt(key)).deepCopy());
            return "duplicate element " + path;
        }
        ObjectNode o = (ObjectNode) parent;
        JsonNode moved = o.remove(key);
        o.set(renamed.substring(renamed.lastIndexOf('/') + 1), moved);
        return "rename " + path + " to " + renamed;
    }

    private static JsonNode randomValue(Random random, JsonNode root) {
        return switch (random.nextInt(12)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.textNode("");
            case 3 -> NODES.textNode(random.nextBoolean() ? "-5ms" : "10 parsecs");
            case 4 -> NODES.numberNode(-1);
            case 5 -> NODES.numberNode(random.nextBoolean() ? 1.5 : 1e308);
            case 6 -> NODES.numberNode(new BigInteger("123456789012345678901234567890"));
            case 7 -> NODES.arrayNode().add(NODES.nullNode());
            case 8 -> NODES.objectNode().put("type", "lognormal");
            case 9 -> NODES.numberNode(Long.MAX_VALUE);
            case 10 -> NODES.textNode("x".repeat(random.nextInt(300)));
            default -> root.deepCopy(); // the whole design, nested where a value was
        };
    }

    private static JsonNode retype(JsonNode node, Random random) {
        if (node.isTextual()) {
            return random.nextBoolean()
                    ? NODES.numberNode(42)
                    : NODES.arrayNode().add(node.textValue());
        }
        if (node.isNumber()) {
            return random.nextBoolean() ? NODES.textNode(node.asText()) : NODES.numberNode(-node.doubleValue());
        }
        if (node.isArray()) {
            return NODES.objectNode().set("0", node.deepCopy());
        }
        if (node.isObject()) {
            return NODES.arrayNode().add(node.deepCopy());
        }
        return NODES.textNode(node.asText());
    }

    private static void collect(JsonNode node, String path, List<String> paths, List<JsonNode> parents) {
        if (node.isObject()) {
            for (var field : node.properties()) {
                paths.add(path + "/" + field.getKey());
                parents.add(node);
                collect(field.getValue(), path + "/" + field.getKey(), paths, parents);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                paths.add(path + "/" + i);
                parents.add(node);
                collect(node.get(i), path + "/" + i, paths, parents);
            }
        }
    }

    private static void set(ContainerNode<?> parent, String key, JsonNode value) {
        if (parent instanceof ObjectNode o) {
            o.set(key, value);
        } else {
            ArrayNode a = (ArrayNode) parent;
            int index = Integer.parseInt(key);
            if (index < a.size()) {
                a.set(index, value);
            }
        }
    }

    private static String abbreviate(JsonNode value) {
        String text = value.toString();
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }

    private static JsonNode tree(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** A damaged example and the damage done, for the report of a failing try. */
    static final class Mutant {
        private final String steps;
        private final byte[] bytes;

        Mutant(String steps, byte[] bytes) {
            this.steps = steps;
            this.bytes = bytes;
        }

        byte[] bytes() {
            return bytes;
        }

        @Override
        public String toString() {
            return steps + " (" + bytes.length + " bytes)";
        }
    }
}
