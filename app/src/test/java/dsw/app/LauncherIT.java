package dsw.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Starts the real launcher, {@code ./dsw}, as a user does: JavaFX on the module path, everything
 * else on the class path, the JVM options from app/launcher/jvm.options. Surefire runs every other
 * test on the class path, where a broken module-path launch (missing --add-exports, a split
 * package) would never show, so this runs after packaging, headless on Monocle patched into
 * javafx.graphics.
 */
class LauncherIT {
    private static final Path LAUNCHER = Path.of(System.getProperty("dsw.launcher", "../dsw"));
    private static final Path ROOT = LAUNCHER.toAbsolutePath().getParent();

    @Test
    void desktopWindowOpensWithADesignFromTheCommandLine() throws Exception {
        Result result = run(
                "--smoke-test", ROOT.resolve("examples/three-tier-web.dsw.json").toString());

        assertThat(result.exitCode).as(result.toString()).isZero();
        assertThat(result.stdout)
                .as(result.toString())
                .contains("dsw: window shown: ")
                .contains("Three-tier web application");
        assertThat(result.stderr)
                .as(result.toString())
                .doesNotContain("Exception")
                .doesNotContain("IllegalAccessError");
    }

    @Test
    void desktopWindowOpensEmpty() throws Exception {
        Result result = run("--smoke-test");

        assertThat(result.exitCode).as(result.toString()).isZero();
        assertThat(result.stdout).as(result.toString()).contains("dsw: window shown: ");
    }

    @Test
    void commandLineFaceRunsThroughTheSameLauncher() throws Exception {
        Result result =
                run("check", ROOT.resolve("examples/mobile-backend.dsw.json").toString());

        assertThat(result.exitCode).as(result.toString()).isZero();
        assertThat(result.stdout).contains("mobile-backend.dsw.json: ok");
    }

    @Test
    void laterStartsDoNotRebuildWhenNothingChanged() throws Exception {
        Result result = run(true, "--version");

        assertThat(result.exitCode).as(result.toString()).isZero();
        assertThat(result.stdout).startsWith("dsw ");
        assertThat(result.stderr)
                .as("the build that runs this test has just packaged everything")
                .doesNotContain("building");
    }

    @Test
    void twoDesignFilesAreBadUsageForTheDesktop() throws Exception {
        Result result = run("examples/mobile-backend.dsw.json", "examples/three-tier-web.dsw.json");

        assertThat(result.exitCode).as(result.toString()).isEqualTo(2);
        assertThat(result.stderr).contains("one design at a time").contains("./dsw check");
    }

    @Test
    void unknownCommandIsBadUsage() throws Exception {
        Result result = run("frobnicate");

        assertThat(result.exitCode).as(result.toString()).isEqualTo(2);
        assertThat(result.stderr).contains("frobnicate").doesNotContain("Exception");
    }

    private record Result(int exitCode, String stdout, String stderr) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
        }
    }

    private static Result run(String... args) throws IOException, InterruptedException {
        return run(false, args);
    }

    private static Result run(boolean mayBuild, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toAbsolutePath().toString()));
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
        Path out = Files.createTempFile("dsw-launcher", ".out");
        Path err = Files.createTempFile("dsw-launcher", ".err");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> env = builder.environment();
        if (!mayBuild) {
            env.put("DSW_NO_BUILD", "1"); // the build that runs this test has just packaged everything
        }
        env.remove("DISPLAY");
        env.remove("WAYLAND_DISPLAY");
        env.put(
                "DSW_JAVA_OPTS",
                "--patch-module javafx.graphics=" + monocleJar()
                        + " -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw"
                        + " -Ddsw.settings.dir=" + Files.createTempDirectory("dsw-launcher-settings"));
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("./dsw " + String.join(" ", args) + " did not finish within 120 s:\n"
                    + Files.readString(out) + Files.readString(err));
        }
        return new Result(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String monocleJar() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.contains("openjfx-monocle"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("openjfx-monocle is not on the test class path"));
    }
}
