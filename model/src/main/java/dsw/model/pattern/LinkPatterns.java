package dsw.model.pattern;

import java.util.Objects;

/** The pattern choices on one link (the caller's side of a call). Immutable, thread-safe. */
public record LinkPatterns(Resilience resilience) {
    public static final LinkPatterns NONE = new LinkPatterns(Resilience.NONE);

    public LinkPatterns {
        Objects.requireNonNull(resilience, "resilience");
    }

    public boolean isDefault() {
        return equals(NONE);
    }
}
