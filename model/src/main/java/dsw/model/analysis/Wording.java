package dsw.model.analysis;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Link;
import dsw.model.LinkDirection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plain-English pieces of finding messages: components by name and id, lists that stop after a few
 * names. Immutable, thread-safe.
 */
final class Wording {
    /** Longer lists name this many and count the rest. */
    static final int MAX_NAMED = 5;
    /** Longer lists of clients with different losses name this many groups and count the rest. */
    static final int MAX_GROUPS = 3;

    private final Design design;

    Wording(Design design) {
        this.design = design;
    }

    /** "Load balancer (lb)", or just the id when the name is the id. */
    String component(String id) {
        String name = design.component(id).map(Component::name).orElse(id);
        return name.equals(id) ? id : name + " (" + id + ")";
    }

    /** "Web tier (web), Cache (cache) and 3 more". */
    String components(Collection<String> ids) {
        return capped(ids.stream().map(this::component).toList());
    }

    /** "link lb-web (Load balancer to Web tier)". */
    String link(String id) {
        Link link = design.link(id).orElseThrow();
        String from = name(link.from());
        String to = name(link.to());
        return "link " + id
                + (link.direction() == LinkDirection.BOTH
                        ? " (between " + from + " and " + to + ")"
                        : " (" + from + " to " + to + ")");
    }

    /**
     * "from Browsers (browsers) to Web tier (web) and Cache (cache), and from Phones (phones) to
     * Cache (cache)": clients that lose the same components share a phrase.
     */
    String fromTo(Map<String, Set<String>> lostByClient) {
        Map<Set<String>, List<String>> clientsByLoss = new LinkedHashMap<>();
        lostByClient.forEach((client, lost) ->
                clientsByLoss.computeIfAbsent(lost, k -> new ArrayList<>()).add(client));
        List<String> phrases = new ArrayList<>();
        int clientsLeft = lostByClient.size();
        for (Map.Entry<Set<String>, List<String>> e : clientsByLoss.entrySet()) {
            if (phrases.size() == MAX_GROUPS && clientsByLoss.size() > MAX_GROUPS + 1) {
                phrases.add("from " + clientsLeft + " more clients to other components");
                break;
            }
            phrases.add("from " + components(e.getValue()) + " to " + components(e.getKey()));
            clientsLeft -= e.getValue().size();
        }
        return String.join(", and ", phrases);
    }

    /** "a", "a and b", "a, b and c", "a, b, c, d, e and 7 more". */
    static String capped(List<String> items) {
        if (items.size() <= MAX_NAMED + 1) {
            return join(items, "and");
        }
        List<String> shown = new ArrayList<>(items.subList(0, MAX_NAMED));
        shown.add((items.size() - MAX_NAMED) + " more");
        return join(shown, "and");
    }

    /** "a", "a or b", "a, b or c" for the conjunction "or". */
    static String join(List<String> items, String conjunction) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " "
                + items.get(items.size() - 1);
    }

    /** The ids a finding concerns: its subject (when not null), the clients, what they lose; each once. */
    static List<String> ids(String subject, Map<String, Set<String>> lostByClient) {
        Set<String> ids = new LinkedHashSet<>();
        if (subject != null) {
            ids.add(subject);
        }
        ids.addAll(lostByClient.keySet());
        lostByClient.values().forEach(ids::addAll);
        return List.copyOf(ids);
    }

    private String name(String componentId) {
        return design.component(componentId).map(Component::name).orElse(componentId);
    }
}
