package dsw.app.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.app.TestDesigns;
import dsw.app.session.DesignSession;
import dsw.app.task.ImmediateTaskExecutor;
import dsw.app.task.ManualScheduler;
import dsw.model.edit.Edits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagramPreviewViewModelTest {
    @TempDir
    Path dir;

    private final DesignSession session = new DesignSession();
    private final ManualScheduler clock = new ManualScheduler();
    private final DiagramPreviewViewModel preview =
            new DiagramPreviewViewModel(session, new ImmediateTaskExecutor(), clock);

    @Test
    void drawsTheOpenDesignAShortWhileAfterTheLastEditAndOnlyWhileShown() {
        session.open(TestDesigns.small(), null);
        assertThat(clock.pending()).as("hidden: nothing to draw").isZero();

        preview.activeProperty().set(true);
        assertThat(preview.renderingProperty().get()).isTrue();
        clock.advance(DiagramPreviewViewModel.DEBOUNCE.minusMillis(1));
        assertThat(preview.imageProperty().get()).isNull();
        clock.advance(Duration.ofMillis(1));
        assertThat(preview.imageProperty().get()).isNotNull();
        assertThat(preview.sourceProperty().get()).contains("@startuml").contains("Orders DB");
        assertThat(preview.renderingProperty().get()).isFalse();

        session.execute(Edits.renameComponent(session.current().orElseThrow(), "db", "Billing DB"));
        session.execute(Edits.renameComponent(session.current().orElseThrow(), "db", "Billing store"));
        assertThat(clock.pending()).as("edits in a row draw once").isEqualTo(1);
        clock.advance(DiagramPreviewViewModel.DEBOUNCE);
        assertThat(preview.sourceProperty().get()).contains("Billing store").doesNotContain("Orders DB");
    }

    @Test
    void theC4TabDrawsTheC4Style() {
        session.open(TestDesigns.small(), null);
        preview.activeProperty().set(true);
        preview.kindProperty().set(DiagramKind.C4);
        clock.advance(DiagramPreviewViewModel.DEBOUNCE);
        assertThat(preview.sourceProperty().get()).contains("C4");
    }

    @Test
    void theSequenceTabDrawsTheStartOfARun() {
        session.open(TestDesigns.example("three-tier-web.dsw.json"), null);
        preview.activeProperty().set(true);
        preview.kindProperty().set(DiagramKind.SEQUENCE);
        clock.advance(DiagramPreviewViewModel.DEBOUNCE);
        assertThat(preview.messageProperty().get()).isEmpty();
        assertThat(preview.sourceProperty().get()).contains("@startuml").contains("participant");
        assertThat(preview.imageProperty().get()).isNotNull();
    }

    @Test
    void exportsTextSvgAndPng() throws Exception {
        session.open(TestDesigns.small(), null);
        for (ExportFormat format : ExportFormat.values()) {
            Path target = dir.resolve("small." + format.extension());
            AtomicReference<String> failure = new AtomicReference<>("not called");
            preview.export(format, target, failure::set);
            assertThat(failure.get()).as(format.name()).isNull();
            assertThat(Files.size(target)).as(format.name()).isPositive();
        }
        assertThat(Files.readString(dir.resolve("small.puml"))).startsWith("@startuml");
        assertThat(Files.readString(dir.resolve("small.svg"))).contains("<svg");
    }

    @Test
    void zoomStaysWithinBounds() {
        for (int i = 0; i < 50; i++) {
            preview.zoomIn();
        }
        assertThat(preview.zoomProperty().get()).isEqualTo(DiagramPreviewViewModel.MAX_ZOOM);
        for (int i = 0; i < 50; i++) {
            preview.zoomOut();
        }
        assertThat(preview.zoomProperty().get()).isEqualTo(DiagramPreviewViewModel.MIN_ZOOM);
    }
}
