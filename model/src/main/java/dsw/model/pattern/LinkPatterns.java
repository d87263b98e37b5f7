package dsw.model.pattern;

import java.util.List;
import java.util.Optional;

/**
 * The patterns switched on for calls along one link (the caller's side: timeouts, retries, a
 * circuit breaker, ...), in catalog order. Immutable, thread-safe.
 */
public record LinkPatterns(List<PatternSettings> enabled) {
    public static final LinkPatterns NONE = new LinkPatterns(List.of());

    public LinkPatterns {
        enabled = PatternSet.of(PatternKind.Target.LINK, enabled);
    }

    public static LinkPatterns of(PatternSettings... settings) {
        return new LinkPatterns(List.of(settings));
    }

    public Optional<PatternSettings> find(String id) {
        return PatternSet.find(enabled, id);
    }

    /** These patterns with {@code settings} switched on (replacing the pattern's earlier settings). */
    public LinkPatterns with(PatternSettings settings) {
        return new LinkPatterns(PatternSet.with(enabled, settings));
    }

    public LinkPatterns without(String id) {
        return new LinkPatterns(PatternSet.without(enabled, id));
    }

    public boolean isDefault() {
        return enabled.isEmpty();
    }
}
