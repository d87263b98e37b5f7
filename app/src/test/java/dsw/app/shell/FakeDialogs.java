package dsw.app.shell;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** {@link Dialogs} that answer from a script and record what was shown. */
public final class FakeDialogs implements Dialogs {
    public final Deque<UnsavedChoice> answers = new ArrayDeque<>();
    final List<String> asked = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> warnings = new ArrayList<>();
    final Deque<Boolean> confirmations = new ArrayDeque<>();
    final List<String> confirmQuestions = new ArrayList<>();
    public final Deque<RecoveryChoice> restoreAnswers = new ArrayDeque<>();
    /** One line per restore question: "name | saved at | original file". */
    public final List<String> restoreQuestions = new ArrayList<>();

    @Override
    public UnsavedChoice askSaveChanges(String designName) {
        asked.add(designName);
        if (answers.isEmpty()) {
            throw new AssertionError("unexpected question about unsaved changes to " + designName);
        }
        return answers.poll();
    }

    @Override
    public RecoveryChoice askRestore(String designName, String savedAt, String originalFile) {
        restoreQuestions.add(designName + " | " + savedAt + " | " + originalFile);
        if (restoreAnswers.isEmpty()) {
            throw new AssertionError("unexpected question about restoring " + designName);
        }
        return restoreAnswers.poll();
    }

    @Override
    public void showError(String title, String message, String details) {
        errors.add(title + "\n" + message + "\n" + details);
    }

    @Override
    public void showWarning(String title, String message, String details) {
        warnings.add(title + "\n" + message + "\n" + details);
    }

    @Override
    public boolean confirm(String title, String message, String details, String goAhead) {
        confirmQuestions.add(title + "\n" + message + "\n" + details);
        if (confirmations.isEmpty()) {
            throw new AssertionError("unexpected question: " + title + ": " + message);
        }
        return confirmations.poll();
    }
}
