package dsw.app.diagram;

import dsw.app.run.RunCursor;
import dsw.app.run.TimeText;
import dsw.app.shell.MainViewModel;
import dsw.app.task.TaskExecutor;
import dsw.diagrams.plantuml.Renderer;
import dsw.diagrams.sequence.SequenceDiagram;
import dsw.diagrams.sequence.SequenceOptions;
import dsw.diagrams.sequence.Timestamps;
import dsw.model.Design;
import dsw.model.file.AtomicFiles;
import dsw.model.trace.EventType;
import dsw.model.trace.Trace;
import java.nio.charset.StandardCharsets;

/**
 * Simulation > Export Run: the run as it is shown, as a sequence diagram for a design review. With
 * an event selected, its causal history; otherwise the last messages up to the moment shown. Both
 * with Lamport and vector clocks. Asks where to write, renders off the UI thread. FX thread only.
 */
public final class RunExport {
    /** Arrows drawn at most, the newest ones up to the moment shown. */
    static final int MESSAGES = SequenceOptions.DEFAULT_MAX_MESSAGES;

    private final MainViewModel main;
    private final RunCursor cursor;
    private final TaskExecutor executor;

    public RunExport(MainViewModel main, RunCursor cursor, TaskExecutor executor) {
        this.main = main;
        this.cursor = cursor;
        this.executor = executor;
    }

    public void export(ExportFormat format) {
        Design design = main.session().current().orElse(null);
        Trace trace = cursor.trace();
        if (design == null || trace == null) {
            return;
        }
        SequenceOptions options = options(trace, cursor.shown(), cursor.time(), cursor.selected());
        String name = MainViewModel.slug(design.name()) + "-run-"
                + TimeText.of(cursor.time()).replace(' ', '-') + "." + format.extension();
        main.fileDialogs()
                .chooseExportFile(main.startFolder(), name, format.displayName(), format.extension())
                .map(chosen -> DiagramExport.withExtension(chosen, format))
                .ifPresent(target -> executor.execute(
                        () -> {
                            String puml =
                                    SequenceDiagram.of(trace, design, options).puml();
                            byte[] bytes = format.rendered() == null
                                    ? puml.getBytes(StandardCharsets.UTF_8)
                                    : Renderer.render(puml, format.rendered()).bytes();
                            AtomicFiles.write(target, bytes);
                            return target;
                        },
                        written -> {},
                        error -> main.dialogs()
                                .showError(
                                        "Cannot export the run",
                                        "The run's sequence diagram could not be written to " + target + ".",
                                        String.valueOf(error.getMessage()))));
    }

    /**
     * What to draw of a run showing {@code shown} events at {@code time}: the causal history of the
     * selected process event, or else the last {@value #MESSAGES} messages sent up to then.
     */
    static SequenceOptions options(Trace trace, int shown, long time, int selected) {
        long from = 0;
        int sends = 0;
        for (int seq = shown - 1; seq >= 0; seq--) {
            if (trace.type(seq) == EventType.SEND && ++sends == MESSAGES) {
                from = trace.time(seq);
                break;
            }
        }
        SequenceOptions options =
                SequenceOptions.whole().withTimestamps(Timestamps.BOTH).withMaxMessages(MESSAGES);
        if (selected >= 0 && selected < shown && trace.type(selected).isProcessEvent()) {
            return options.withWindow(0, time).withHistory(selected, false);
        }
        return options.withWindow(from, time);
    }
}
