package dsw.app.findings;

import dsw.app.session.DesignSession;
import dsw.app.task.TaskExecutor;
import dsw.model.Design;
import dsw.model.analysis.DesignLint;
import dsw.model.analysis.Finding;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The design lint's findings for the open design, recomputed off the UI thread (through the {@link
 * TaskExecutor}) whenever the design changes; results for a design that has changed since are
 * dropped. Choosing a finding selects what it is about. Use on the FX thread only.
 */
public final class FindingsViewModel {
    private final DesignSession session;
    private final TaskExecutor executor;
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    /** One read-only view, kept: a new one per call would lose its listeners to the garbage collector. */
    private final ObservableList<Finding> findingsView = FXCollections.unmodifiableObservableList(findings);

    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final ChangeListener<Design> designListener = (obs, old, now) -> check(now);
    private long generation;

    public FindingsViewModel(DesignSession session, TaskExecutor executor) {
        this.session = session;
        this.executor = executor;
        session.designProperty().addListener(designListener);
        check(session.designProperty().get());
    }

    /** The findings, most severe first (the lint's order). */
    public ObservableList<Finding> findings() {
        return findingsView;
    }

    /** "No findings", "1 error · 2 warnings", "Checking…", or "" with no design open. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** Why the last check failed, or "" when it did not. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** Checks the open design again now (Simulation > Check Design). */
    public void recheck() {
        check(session.designProperty().get());
    }

    /**
     * Selects the finding's first component (or, failing that, its first link or frame) and returns
     * its id, so the canvas can bring it into view.
     */
    public Optional<String> reveal(Finding finding) {
        Optional<Design> design = session.current();
        if (design.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> target = finding.ids().stream()
                .filter(id -> design.get().component(id).isPresent())
                .findFirst()
                .or(() -> finding.ids().stream().filter(design.get()::hasId).findFirst());
        target.ifPresent(session.selection()::select);
        return target;
    }

    public void dispose() {
        session.designProperty().removeListener(designListener);
        generation++;
    }

    private void check(Design design) {
        long mine = ++generation;
        if (design == null) {
            findings.clear();
            checking.set(false);
            failure.set("");
            summary.set("");
            return;
        }
        checking.set(true);
        summary.set("Checking…");
        executor.execute(
                () -> DesignLint.check(design),
                result -> {
                    if (mine == generation) {
                        checking.set(false);
                        failure.set("");
                        findings.setAll(result);
                        summary.set(summarize(result));
                    }
                },
                error -> {
                    if (mine == generation) {
                        checking.set(false);
                        findings.clear();
                        failure.set("The design check failed: " + error.getMessage());
                        summary.set("Check failed");
                    }
                });
    }

    /** "No findings" or the counts by severity, such as "1 error · 2 warnings". */
    static String summarize(List<Finding> result) {
        return dsw.model.analysis.DesignLint.summarize(result);
    }
}
