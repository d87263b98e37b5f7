package dsw.model.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dsw.model.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file in {@code src/test/resources/malformed} is a near-valid design with one thing wrong.
 * Loading it must fail with a message a workshop student can act on: the file, where (line, column
 * and a readable path such as {@code links[2].to}) and what is wrong; no Java in sight.
 */
class MalformedFilesTest {
    /** The issue asks for at least 25 hostile files; the folder must never quietly shrink below this. */
    private static final int MINIMUM_FILES = 35;

    /** One expectation per file: the readable path, a fragment of the message and what is at its place. */
    static List<Case> cases() {
        return List.of(
                bad("not-json-yaml.dsw.json", "", "unexpected '#' where a value should be")
                        .at("# Shop checkout design")
                        .position(1, 1),
                bad("empty.dsw.json", "", "the file is empty").nowhere(),
                bad("whitespace-only.dsw.json", "", "the file is empty").nowhere(),
                bad("binary-garbage.dsw.json", "", "this is a binary file, not a dsw design")
                        .position(1, 1),
                bad("invalid-utf8.dsw.json", "", "not UTF-8 text: the byte 0xE9")
                        .at("\uFFFD (\uFFFDdition 2)")
                        .position(3, 29),
                bad("truncated.dsw.json", "", "the file ends in the middle of the JSON")
                        .position(121, 16),
                bad("trailing-garbage.dsw.json", "", "more text after the end of the design")
                        .at("}")
                        .position(242, 1),
                bad("two-documents.dsw.json", "", "more text after the end of the design")
                        .at("{")
                        .position(242, 1),
                bad("merge-conflict-markers.dsw.json", "", "unexpected '<': expected a field name in double quotes")
                        .at("<<<<<<< HEAD"),
                bad("json-with-comments.dsw.json", "", "JSON does not allow comments")
                        .at("// the database"),
                bad("nan-coordinate.dsw.json", "", "NaN is not a number JSON allows")
                        .at("NaN")
                        .position(40, 12),
                bad("top-level-array.dsw.json", "", "expected a JSON object").at("["),
                bad("schema-version-missing.dsw.json", "", "missing \"schemaVersion\"; is this a dsw design file?")
                        .at("{"),
                bad(
                                "schema-version-string.dsw.json",
                                "schemaVersion",
                                "must be a whole number such as 1, found the" + " text \"1\"")
                        .at("\"schemaVersion\": \"1\""),
                bad("schema-version-zero.dsw.json", "schemaVersion", "schema version 0 does not exist")
                        .at("\"schemaVersion\": 0"),
                bad("schema-version-future.dsw.json", "schemaVersion", "schema version 99, written by a newer dsw")
                        .at("\"schemaVersion\": 99")
                        .position(2, 3),
                bad("schema-version-fraction.dsw.json", "schemaVersion", "found the number 1.5")
                        .at("\"schemaVersion\": 1.5"),
                bad("other-json-file.dsw.json", "", "missing \"schemaVersion\"").at("{"),
                bad("name-missing.dsw.json", "name", "missing \"name\": every design has a name")
                        .at("{")
                        .position(1, 1),
                bad("components-not-a-list.dsw.json", "components", "expected a list [...], found an object")
                        .at("\"components\": {"),
                bad("components-null-entry.dsw.json", "components[2]", "expected a component object, found null")
                        .at("null,"),
                bad(
                                "component-duplicate-id.dsw.json",
                                "components[3].id",
                                "duplicate id \"checkout\": components[2]" + " already uses it")
                        .at("\"id\": \"checkout\"")
                        .position(54, 7),
                bad("component-and-link-same-id.dsw.json", "links[3].id", "duplicate id \"cache\": components[3]")
                        .at("\"id\": \"cache\""),
                bad("component-id-with-spaces.dsw.json", "components[4].id", "id \"orders db\" is not valid")
                        .at("\"id\": \"orders db\""),
                bad("component-name-too-long.dsw.json", "components[3].name", "is 300 characters long; at most 200")
                        .at("\"name\": \"Session cache for the checkout flow"),
                bad("component-name-with-newline.dsw.json", "components[4].name", "contains a line break")
                        .at("\"name\": \"Orders\\ndatabase\""),
                bad(
                                "component-name-with-control-character.dsw.json",
                                "components[1].name",
                                "contains a control character (U+0007)")
                        .at("\"name\": \"Load\\u0007balancer\""),
                bad("huge-string.dsw.json", "description", "longer than 1000000 characters")
                        .at("\"xxxxxxxx")
                        .position(4, 18),
                bad(
                                "component-unknown-kind.dsw.json",
                                "components[4].kind",
                                "unknown component kind \"postgres\";" + " known kinds are client, mobile-app")
                        .at("\"kind\": \"postgres\""),
                bad("component-unknown-group.dsw.json", "components[2].group", "unknown group \"zone-b\"")
                        .at("\"group\": \"zone-b\""),
                bad(
                                "property-not-in-kind.dsw.json",
                                "components[2].properties.retries",
                                "a service has no property \"retries\"; its properties are replicas")
                        .at("\"retries\": 3"),
                bad(
                                "property-wrong-type.dsw.json",
                                "components[2].properties.replicas",
                                "Replicas expects a whole number, found the text \"three\"")
                        .at("\"replicas\": \"three\""),
                bad(
                                "property-out-of-range.dsw.json",
                                "components[2].properties.replicas",
                                "Replicas must be at least 1, got 0")
                        .at("\"replicas\": 0")
                        .position(43, 9),
                bad(
                                "property-fraction-for-integer.dsw.json",
                                "components[2].properties.concurrency",
                                "expects a whole number, found the number 1.5")
                        .at("\"concurrency\": 1.5"),
                bad(
                                "property-duration-without-unit.dsw.json",
                                "components[3].properties.ttl",
                                "a duration needs a unit: write \"60ms\" or \"60s\"")
                        .at("\"ttl\": 60"),
                bad("duplicate-json-key.dsw.json", "components[3].kind", "the field \"kind\" appears twice")
                        .at("\"kind\": \"database\"")
                        .position(57, 7),
                bad("deeply-nested-arrays.dsw.json", "", "nested more than 64 levels deep")
                        .at("[[[[")
                        .position(174, 63),
                bad("position-x-without-y.dsw.json", "components[3].y", "a position needs both x and y")
                        .at("{")
                        .position(53, 5),
                bad("coordinate-huge.dsw.json", "components[4].y", "from -1000000 to 1000000, got 1e300")
                        .at("\"y\": 1e300"),
                bad("coordinate-as-text.dsw.json", "components[1].x", "expected a number, found the text \"340px\"")
                        .at("\"x\": \"340px\""),
                bad(
                                "link-unknown-endpoint.dsw.json",
                                "links[2].to",
                                "link checkout-db ends at unknown component" + " \"order-db\"")
                        .at("\"to\": \"order-db\"")
                        .position(139, 7),
                bad("link-endpoint-is-group.dsw.json", "links[1].to", "\"zone-a\" is a group")
                        .at("\"to\": \"zone-a\""),
                bad("link-self-loop.dsw.json", "links[3].to", "connects cache to itself")
                        .at("\"to\": \"cache\""),
                bad("link-missing-to.dsw.json", "links[0].to", "missing \"to\"")
                        .at("{")
                        .position(101, 5),
                bad("latency-negative.dsw.json", "links[1].latency.value", "a duration cannot be negative")
                        .at("\"value\": \"-200us\""),
                bad("latency-without-unit.dsw.json", "links[1].latency", "a duration needs a unit: write \"20ms\"")
                        .at("\"latency\": 20"),
                bad(
                                "distribution-field-without-unit.dsw.json",
                                "links[2].latency.mean",
                                "a duration needs a unit: write \"1ms\"")
                        .at("\"mean\": 1"),
                bad(
                                "latency-unknown-distribution.dsw.json",
                                "links[2].latency.type",
                                "unknown distribution type \"gaussian\"; expected one of constant, uniform")
                        .at("\"type\": \"gaussian\""),
                bad("lognormal-negative-sigma.dsw.json", "links[0].latency.sigma", "must be from 0 to 5.0, got -0.5")
                        .at("\"sigma\": -0.5"),
                bad(
                                "loss-above-one.dsw.json",
                                "links[0].loss",
                                "loss is a probability and must be from 0 to 1, got" + " 1.5")
                        .at("\"loss\": 1.5"),
                bad("duplication-negative.dsw.json", "links[2].duplication", "must be from 0 to 1, got -0.1")
                        .at("\"duplication\": -0.1"),
                bad("bandwidth-bad-text.dsw.json", "links[2].bandwidth", "expected a bandwidth such as")
                        .at("\"bandwidth\": \"1 gigabit\""),
                bad("group-parent-cycle.dsw.json", "groups[0].parent", "group \"region\" ends up inside itself")
                        .at("\"parent\": \"zone-a\""),
                bad("group-unknown-parent.dsw.json", "groups[1].parent", "unknown parent group \"regoin\"")
                        .at("\"parent\": \"regoin\""),
                bad(
                                "workload-client-not-a-client.dsw.json",
                                "scenario.workload[0].client",
                                "\"lb\" is a load balancer, not a client")
                        .at("\"client\": \"lb\""),
                bad(
                                "workload-rate-as-text.dsw.json",
                                "scenario.workload[0].rate",
                                "expected a number, found the text \"100/s\"")
                        .at("\"rate\": \"100/s\""),
                bad(
                                "keys-too-large.dsw.json",
                                "scenario.workload[0].keys",
                                "the number of keys must be from 1 to 10000000, got 5000000000")
                        .at("\"keys\": 5000000000"),
                bad("seed-too-large.dsw.json", "scenario.seed", "is far too large")
                        .at("\"seed\": 123456789012345678901234567890"),
                bad("run-duration-without-unit.dsw.json", "scenario.duration", "a duration needs a unit")
                        .at("\"duration\": 20"),
                bad("fault-unknown-target.dsw.json", "scenario.faults[3].target", "unknown component \"orders\"")
                        .at("\"target\": \"orders\""),
                bad(
                                "fault-unknown-type.dsw.json",
                                "scenario.faults[3].type",
                                "unknown fault type \"kill\"; expected" + " one of crash")
                        .at("\"type\": \"kill\""),
                bad(
                                "heal-unknown-partition.dsw.json",
                                "scenario.faults[2].partition",
                                "no partition named \"split-brain\" is scheduled before this heal")
                        .at("\"partition\": \"split-brain\""),
                bad(
                                "partition-same-id-both-sides.dsw.json",
                                "scenario.faults[1].sideB[1]",
                                "puts checkout on both sides")
                        .at("\"checkout\"")
                        .position(226, 11));
    }

    @Test
    void theFolderHoldsEnoughHostileFiles() {
        assertThat(TestFiles.malformed()).hasSizeGreaterThanOrEqualTo(MINIMUM_FILES);
    }

    @Test
    void everyFileHasExactlyOneExpectation() {
        Set<String> files = TestFiles.malformed().stream()
                .map(f -> f.getFileName().toString())
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> expected = cases().stream().map(Case::file).toList();
        assertThat(expected).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(expected)).isEqualTo(files);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givesAClearErrorNamingFilePlaceAndProblem(Case c) throws IOException {
        Path file = TestFiles.malformedDir().resolve(c.file());
        String name = file.toString();

        DesignFileException e = catchThrowableOfType(DesignFileException.class, () -> DesignFiles.read(file));

        assertThat(e).as("%s loads, but it is broken", c.file()).isNotNull();
        String message = e.getMessage();
        assertThat(message.lines()).allSatisfy(line -> assertThat(line).startsWith(name + ":"));
        assertThat(message).contains(c.fragment());
        TestFiles.assertNoJavaNoise(message);
        assertThat(message).as("a Java null turned into text").doesNotContain("\"null\"");
        assertThat(e.file()).isEqualTo(name);
        FileProblem problem = e.problems().stream()
                .filter(p -> p.message().contains(c.fragment()))
                .findFirst()
                .orElseThrow();
        assertThat(problem.severity()).isEqualTo(Severity.ERROR);
        assertThat(FileProblem.readablePath(problem.pointer())).isEqualTo(c.path());
        if (!c.path().isEmpty()) {
            assertThat(message).contains("error: " + c.path() + ": ");
        }
        if (!c.located()) {
            assertThat(problem.line()).as("line of a problem that has no place").isZero();
        } else {
            assertThat(problem.line()).as("line").isPositive();
            assertThat(message).contains(name + ":" + problem.line() + ":" + problem.column() + ": error: ");
        }
        if (c.line() > 0) {
            assertThat(problem.line() + ":" + problem.column()).isEqualTo(c.line() + ":" + c.column());
        }
        if (c.snippet() != null) {
            assertThat(textAt(Files.readAllBytes(file), problem.line(), problem.column()))
                    .as("text at %s:%s", problem.line(), problem.column())
                    .startsWith(c.snippet());
        }
        // the same bytes read from memory give the same message
        DesignFileException fromBytes =
                catchThrowableOfType(DesignFileException.class, () -> DesignFiles.read(name, Files.readAllBytes(file)));
        assertThat(fromBytes.getMessage()).isEqualTo(message);
    }

    @Test
    void aFiftyMegabyteFileIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.dsw.json");
        byte[] spaces = new byte[1024 * 1024];
        Arrays.fill(spaces, (byte) ' ');
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(
                    "{\"schemaVersion\": 1, \"name\": \"huge\", \"description\": \"".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 50; i++) {
                out.write(spaces);
            }
            out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
        }

        DesignFileException e = catchThrowableOfType(DesignFileException.class, () -> DesignFiles.read(file));

        assertThat(e.getMessage())
                .isEqualTo(file + ": error: the file is 50.0 MB; a dsw design file may be at most 16 MB");
        DesignFileException fromBytes = catchThrowableOfType(
                DesignFileException.class, () -> DesignFiles.read("huge.dsw.json", Files.readAllBytes(file)));
        assertThat(fromBytes.getMessage()).contains("huge.dsw.json: error: the file is 50.0 MB");
    }

    @Test
    void aFolderOrAMissingFileIsNamedAsSuch(@TempDir Path dir) {
        DesignFileException folder = catchThrowableOfType(DesignFileException.class, () -> DesignFiles.read(dir));
        DesignFileException missing =
                catchThrowableOfType(DesignFileException.class, () -> DesignFiles.read(dir.resolve("nope.dsw.json")));

        assertThat(folder.getMessage()).isEqualTo(dir + ": error: is a folder, not a design file");
        assertThat(missing.getMessage()).isEqualTo(dir.resolve("nope.dsw.json") + ": error: no such file");
    }

    @Test
    void aBrokenFileListsEveryProblemNotJustTheFirst() throws IOException {
        String text = new String(
                        Files.readAllBytes(TestFiles.malformedDir().resolve("link-unknown-endpoint.dsw.json")),
                        StandardCharsets.UTF_8)
                .replace("\"from\": \"lb\"", "\"from\": \"lbb\"");

        DesignFileException e = catchThrowableOfType(
                DesignFileException.class,
                () -> DesignFiles.read("two.dsw.json", text.getBytes(StandardCharsets.UTF_8)));

        assertThat(e.problems())
                .extracting(p -> FileProblem.readablePath(p.pointer()))
                .containsExactly("links[1].from", "links[2].to");
        assertThat(e.problems()).extracting(FileProblem::line).containsExactly(121, 139);
    }

    /** The text at a 1-based line and column, the column counted in characters as editors do. */
    private static String textAt(byte[] content, int line, int column) {
        String[] lines = new String(content, StandardCharsets.UTF_8).split("\r\n|\r|\n", -1);
        assertThat(line).isBetween(1, lines.length);
        String text = lines[line - 1];
        int start = text.offsetByCodePoints(0, Math.min(column - 1, text.codePointCount(0, text.length())));
        return text.substring(start);
    }

    private static Case bad(String file, String path, String fragment) {
        return new Case(file, path, fragment, null, 0, 0, true);
    }

    /** What one malformed file must say. */
    record Case(String file, String path, String fragment, String snippet, int line, int column, boolean located) {
        /** The message's line and column point at text starting with {@code text}. */
        Case at(String text) {
            return new Case(file, path, fragment, text, line, column, located);
        }

        /** The message names exactly this line and column. */
        Case position(int atLine, int atColumn) {
            return new Case(file, path, fragment, snippet, atLine, atColumn, located);
        }

        /** The problem is with the file as a whole; no line is named. */
        Case nowhere() {
            return new Case(file, path, fragment, snippet, 0, 0, false);
        }

        @Override
        public String toString() {
            return file;
        }
    }
}
