package dsw.model.analysis;

import dsw.model.Severity;
import java.util.List;
import java.util.Objects;

/**
 * One thing the design lint noticed, such as a component no client can reach or a single point of
 * failure. Immutable.
 *
 * @param code a stable short name for the kind of finding, such as {@code unreachable}
 * @param message one sentence a user understands without reading docs
 * @param ids the components, links or groups the finding is about (the editor selects them)
 */
public record Finding(Severity severity, String code, String message, List<String> ids) {
    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        ids = List.copyOf(ids);
    }
}
