package dsw.app.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.app.TestDesigns;
import dsw.model.Design;
import dsw.model.edit.Edits;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Work is offered only when the dsw that wrote it is no longer running, and to one dsw at a time. */
class RecoveryStoreTest {
    private static final Instant WHEN = Instant.parse("2026-11-21T10:00:02Z");

    @TempDir
    Path dir;

    @Test
    void theWorkOfARunningInstanceIsNeverOffered() throws Exception {
        RecoveryStore running = RecoveryStore.open(dir);
        running.write(new RecoveryPoint(TestDesigns.small(), null, WHEN));
        RecoveryStore starting = RecoveryStore.open(dir);

        assertThat(starting.claimOrphans()).isEmpty();

        running.abandon(); // as if killed: the lock goes, the files stay
        List<Orphan> orphans = starting.claimOrphans();
        assertThat(orphans).hasSize(1);
        assertThat(orphans.get(0).read()).isEqualTo(new RecoveryPoint(TestDesigns.small(), null, WHEN));
        starting.close();
    }

    @Test
    void claimedWorkIsOfferedToOneInstanceAtATime() throws Exception {
        RecoveryStore crashed = RecoveryStore.open(dir);
        crashed.write(new RecoveryPoint(TestDesigns.small(), dir.resolve("small.dsw.json"), WHEN));
        crashed.abandon();
        RecoveryStore first = RecoveryStore.open(dir);
        RecoveryStore second = RecoveryStore.open(dir);

        List<Orphan> claimed = first.claimOrphans();
        assertThat(claimed).hasSize(1);
        assertThat(second.claimOrphans()).isEmpty();

        claimed.get(0).release();
        assertThat(second.claimOrphans())
                .singleElement()
                .satisfies(o -> assertThat(o.read().originalFile()).isEqualTo(dir.resolve("small.dsw.json")));
        first.close();
        second.close();
    }

    @Test
    void leftoversWithoutADesignAreCleanedUpQuietly() throws Exception {
        RecoveryStore crashed = RecoveryStore.open(dir);
        crashed.abandon();
        Files.writeString(dir.resolve("dsw-gone.info.json"), "{}");
        Files.writeString(dir.resolve("notes.txt"), "not ours");
        RecoveryStore starting = RecoveryStore.open(dir);

        assertThat(starting.claimOrphans()).isEmpty();
        starting.close();

        assertThat(Folders.filesIn(dir)).containsExactly(dir.resolve("notes.txt"));
    }

    @Test
    void anAdoptedOrphanBecomesThisInstancesRecoveryFile() throws Exception {
        RecoveryStore crashed = RecoveryStore.open(dir);
        Design edited = Edits.renameDesign(TestDesigns.small(), "Edited").execute(TestDesigns.small());
        crashed.write(new RecoveryPoint(edited, null, WHEN));
        crashed.abandon();
        RecoveryStore starting = RecoveryStore.open(dir);
        Orphan orphan = starting.claimOrphans().get(0);

        starting.adopt(orphan);

        assertThat(Folders.filesIn(dir)).hasSize(3); // the starting instance's design, info and lock
        assertThat(dsw.model.file.DesignFiles.read(starting.designFile()).design())
                .isEqualTo(edited);
        starting.close();
        assertThat(Folders.filesIn(dir)).isEmpty();
    }

    /** The real thing: another process holds the lock, and kill -9 releases it. */
    @Test
    void workOfAKilledProcessIsOfferedAndOfALiveOneIsNot() throws Exception {
        Process other = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        AutosavingProcess.class.getName(),
                        dir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo(AutosavingProcess.READY);
            RecoveryStore starting = RecoveryStore.open(dir);

            assertThat(starting.claimOrphans()).as("the other dsw is running").isEmpty();

            other.destroyForcibly(); // SIGKILL: no shutdown hook, no cleanup
            assertThat(other.waitFor(30, TimeUnit.SECONDS)).isTrue();
            List<Orphan> orphans = starting.claimOrphans();
            assertThat(orphans).hasSize(1);
            assertThat(orphans.get(0).read().design().name()).isEqualTo(AutosavingProcess.NAME);
            orphans.get(0).discard();
            starting.close();
            assertThat(Folders.filesIn(dir)).isEmpty();
        } finally {
            other.destroyForcibly();
        }
    }
}
