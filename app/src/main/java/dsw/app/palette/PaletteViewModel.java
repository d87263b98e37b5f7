package dsw.app.palette;

import dsw.model.GroupKind;
import dsw.model.kind.Behavior;
import dsw.model.kind.ComponentKind;
import dsw.model.kind.KindCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The palette's contents and state: every component kind of the catalog and every frame kind,
 * grouped in sections; a filter; and the entry that is "armed" by a click, so that the next click
 * on the canvas places it. Also ranks entries for the canvas's quick-add search. Use on the FX
 * thread only.
 */
public final class PaletteViewModel {
    public static final String FRAMES = "Frames";

    private final List<PaletteEntry> all;
    private final ObservableList<PaletteEntry> shown = FXCollections.observableArrayList();
    private final ObservableList<PaletteEntry> shownView = FXCollections.unmodifiableObservableList(shown);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObjectProperty<PaletteEntry> armed = new SimpleObjectProperty<>(this, "armed");

    public PaletteViewModel(KindCatalog catalog) {
        List<PaletteEntry> entries = new ArrayList<>();
        for (ComponentKind kind : catalog.all()) {
            entries.add(PaletteEntry.of(section(kind.behavior()), kind));
        }
        List<String> order = List.of("Clients", "Traffic", "Services", "Data", "Coordination", "Outside");
        entries.sort(Comparator.comparing(e -> order.indexOf(e.section())));
        for (GroupKind frame : GroupKind.values()) {
            entries.add(PaletteEntry.of(frame));
        }
        all = List.copyOf(entries);
        shown.setAll(all);
        filter.addListener((obs, old, now) -> shown.setAll(search(now)));
    }

    /** Every entry, in palette order. */
    public List<PaletteEntry> all() {
        return all;
    }

    /** The entries the filter lets through, in palette order (best match first while filtering). */
    public ObservableList<PaletteEntry> shown() {
        return shownView;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** The entry the next click on the canvas places, or null. */
    public ObjectProperty<PaletteEntry> armedProperty() {
        return armed;
    }

    /** Arms an entry, or disarms it when it is armed already. */
    public void toggle(PaletteEntry entry) {
        armed.set(entry.equals(armed.get()) ? null : entry);
    }

    public void disarm() {
        armed.set(null);
    }

    /**
     * The entries matching a query, best first: names that start with it, then names with a word
     * that starts with it, then names, ids or descriptions that contain it. All of them for a blank
     * query.
     */
    public List<PaletteEntry> search(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return all;
        }
        List<PaletteEntry> hits = new ArrayList<>();
        for (PaletteEntry e : all) {
            if (rank(e, q) < 4) {
                hits.add(e);
            }
        }
        hits.sort(Comparator.comparingInt(e -> rank(e, q)));
        return hits;
    }

    private static int rank(PaletteEntry e, String q) {
        String name = e.name().toLowerCase(Locale.ROOT);
        if (name.startsWith(q)) {
            return 0;
        }
        for (String word : name.split("[^a-z0-9]+")) {
            if (word.startsWith(q)) {
                return 1;
            }
        }
        if (name.contains(q) || e.id().contains(q)) {
            return 2;
        }
        if (e.description().toLowerCase(Locale.ROOT).contains(q)
                || e.section().toLowerCase(Locale.ROOT).contains(q)) {
            return 3;
        }
        return 4;
    }

    private static String section(Behavior behavior) {
        return switch (behavior) {
            case CLIENT -> "Clients";
            case LOAD_BALANCER, GATEWAY -> "Traffic";
            case SERVICE -> "Services";
            case DATABASE, CACHE, QUEUE -> "Data";
            case REGISTRY, LOCK -> "Coordination";
            case EXTERNAL -> "Outside";
        };
    }
}
