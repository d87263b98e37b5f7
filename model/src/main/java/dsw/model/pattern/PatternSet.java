package dsw.model.pattern;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The patterns switched on at one place, in catalog order, at most one of each. */
final class PatternSet {
    private PatternSet() {}

    /** Checks and sorts {@code given}: every pattern of {@code target}, none twice. */
    static List<PatternSettings> of(PatternKind.Target target, List<PatternSettings> given) {
        Set<String> seen = new HashSet<>();
        List<PatternSettings> sorted = new ArrayList<>(given.size());
        for (PatternSettings s : given) {
            if (s.kind().target() != target) {
                throw new IllegalArgumentException(s.kind().name() + " is a "
                        + s.kind().target().name().toLowerCase(java.util.Locale.ROOT) + " pattern, not a "
                        + target.name().toLowerCase(java.util.Locale.ROOT) + " pattern");
            }
            if (!seen.add(s.id())) {
                throw new IllegalArgumentException(s.kind().name() + " is switched on twice");
            }
            sorted.add(s);
        }
        PatternCatalog catalog = PatternCatalog.standard();
        sorted.sort(Comparator.comparingInt(s -> catalog.rank(s.id())));
        return List.copyOf(sorted);
    }

    static Optional<PatternSettings> find(List<PatternSettings> enabled, String id) {
        return enabled.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** {@code enabled} with {@code settings} added, or replacing the same pattern's settings. */
    static List<PatternSettings> with(List<PatternSettings> enabled, PatternSettings settings) {
        List<PatternSettings> out = new ArrayList<>(without(enabled, settings.id()));
        out.add(settings);
        return out;
    }

    static List<PatternSettings> without(List<PatternSettings> enabled, String id) {
        return enabled.stream().filter(s -> !s.id().equals(id)).toList();
    }
}
