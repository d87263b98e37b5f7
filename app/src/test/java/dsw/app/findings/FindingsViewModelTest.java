package dsw.app.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.app.TestDesigns;
import dsw.app.session.DesignSession;
import dsw.app.session.Selection;
import dsw.app.task.ManualTaskExecutor;
import dsw.model.Design;
import dsw.model.Severity;
import dsw.model.analysis.DesignLint;
import dsw.model.analysis.Finding;
import dsw.model.edit.Edits;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingsViewModelTest {
    private final DesignSession session = new DesignSession();
    private final ManualTaskExecutor executor = new ManualTaskExecutor();
    private final FindingsViewModel findings = new FindingsViewModel(session, executor);

    @Test
    void checksTheDesignOffTheUiThreadAndShowsTheResult() {
        Design design = TestDesigns.example("three-tier-web.dsw.json");
        session.open(design, null);
        assertThat(findings.checkingProperty().get()).isTrue();
        assertThat(findings.summaryProperty().get()).isEqualTo("Checking…");
        assertThat(executor.pending()).isEqualTo(1);
        executor.runAll();
        assertThat(findings.checkingProperty().get()).isFalse();
        assertThat(findings.findings()).containsExactlyElementsOf(DesignLint.check(design));
        assertThat(findings.summaryProperty().get()).isEqualTo(FindingsViewModel.summarize(DesignLint.check(design)));
    }

    @Test
    void resultsForAnOlderDesignAreDropped() {
        session.open(TestDesigns.small(), null);
        session.execute(Edits.renameDesign(session.current().orElseThrow(), "Newer"));
        assertThat(executor.pending()).isEqualTo(2);
        executor.runAll();
        assertThat(findings.findings())
                .containsExactlyElementsOf(DesignLint.check(session.current().orElseThrow()));
        assertThat(findings.checkingProperty().get()).isFalse();
    }

    @Test
    void closingTheDesignClearsTheFindings() {
        session.open(TestDesigns.small(), null);
        executor.runAll();
        session.close();
        executor.runAll();
        assertThat(findings.findings()).isEmpty();
        assertThat(findings.summaryProperty().get()).isEmpty();
    }

    @Test
    void choosingAFindingSelectsItsFirstComponent() {
        session.open(TestDesigns.small(), null);
        Finding finding = new Finding(Severity.WARNING, "spof", "One database.", List.of("client-db", "db", "client"));
        assertThat(findings.reveal(finding)).contains("db");
        assertThat(session.selection().get()).isEqualTo(Selection.of("db"));
        Finding onLink = new Finding(Severity.INFO, "lossy", "A lossy link.", List.of("nope", "client-db"));
        assertThat(findings.reveal(onLink)).contains("client-db");
    }

    @Test
    void theSummaryCountsBySeverity() {
        assertThat(FindingsViewModel.summarize(List.of())).isEqualTo("No findings");
        assertThat(FindingsViewModel.summarize(List.of(
                        new Finding(Severity.ERROR, "a", "A", List.of()),
                        new Finding(Severity.WARNING, "b", "B", List.of()),
                        new Finding(Severity.WARNING, "c", "C", List.of()),
                        new Finding(Severity.INFO, "d", "D", List.of()))))
                .isEqualTo("1 error · 2 warnings · 1 note");
    }
}
