package dsw.app.inspector;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Link;
import dsw.model.LinkDirection;
import dsw.model.LinkMode;
import dsw.model.NetworkProfile;
import dsw.model.edit.Command;
import dsw.model.edit.Edit;
import dsw.model.edit.Edits;
import dsw.model.pattern.PatternCatalog;
import dsw.model.value.Bandwidth;
import dsw.model.value.DistributionText;
import dsw.model.value.Probability;
import dsw.model.value.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The property sheet of a link: its label, direction and mode, and its network (latency as a
 * distribution, loss, duplication, reordering and corruption as percentages, bandwidth). With
 * several links selected, the network settings apply to all of them in one edit. Thread-safe
 * (stateless).
 */
final class LinkFields {
    static final String SECTION = "Link";
    static final String NETWORK = "Network";

    static final String ONE_WAY = "one way";
    static final String BOTH_WAYS = "both ways";
    static final String SYNC = "synchronous";
    static final String ASYNC = "asynchronous";

    private static final String PERCENT_TIP = " A percentage: 2 or 2% means 2 in every 100 messages.";

    private LinkFields() {}

    /**
     * @param links the selected links, {@code link} first; the network settings edit all of them
     */
    static List<FieldSpec> of(Design design, Link link, List<Link> links) {
        String id = link.id();
        List<String> ids = links.stream().map(Link::id).toList();
        List<FieldSpec> out = new ArrayList<>();
        out.add(FieldSpec.readOnly(SECTION, "link-from", "From", name(design, link.from())));
        out.add(FieldSpec.readOnly(SECTION, "link-to", "To", name(design, link.to())));
        out.add(FieldSpec.editable(
                        SECTION,
                        PropertyIds.LINK_LABEL,
                        "Label",
                        FieldKind.TEXT,
                        link.label(),
                        (d, t) -> label(d, id, t))
                .withPrompt("none")
                .withDescription("What travels on the link, such as gRPC or orders; may be empty."));
        out.add(FieldSpec.choice(
                        SECTION,
                        PropertyIds.LINK_DIRECTION,
                        "Direction",
                        link.direction() == LinkDirection.BOTH ? BOTH_WAYS : ONE_WAY,
                        List.of(ONE_WAY, BOTH_WAYS),
                        (d, t) -> direction(d, id, t))
                .withDescription("Which end may start a conversation; answers always travel back."));
        out.add(FieldSpec.choice(
                        SECTION,
                        PropertyIds.LINK_MODE,
                        "Mode",
                        link.mode() == LinkMode.SYNC ? SYNC : ASYNC,
                        List.of(SYNC, ASYNC),
                        (d, t) -> mode(d, id, t))
                .withDescription("Synchronous: request and response, the caller waits (drawn solid)."
                        + " Asynchronous: fire and forget, no response (drawn dashed)."));
        out.add(FieldSpec.readOnly(SECTION, "link-id", "Id", id));
        out.add(network(
                        design,
                        ids,
                        PropertyIds.LINK_LATENCY,
                        "Latency",
                        new Network<>(
                                NetworkProfile::latency,
                                NetworkProfile::withLatency,
                                DistributionText::parse,
                                DistributionText::format))
                .withHint(variesHint(design, ids, NetworkProfile::latency)
                        .orElse(ComponentFields.averageOf(link.network().latency())))
                .withPrompt("5ms or lognormal median 5ms sigma 0.5")
                .withDescription("How long a message takes on the link. Type a duration or a distribution: "
                        + DistributionText.EXAMPLES + "."));
        out.add(percent(design, ids, PropertyIds.LINK_LOSS, "Loss", NetworkProfile::loss, NetworkProfile::withLoss)
                .withDescription("Share of messages that never arrive." + PERCENT_TIP));
        out.add(percent(
                        design,
                        ids,
                        PropertyIds.LINK_DUPLICATION,
                        "Duplication",
                        NetworkProfile::duplication,
                        NetworkProfile::withDuplication)
                .withDescription("Share of messages delivered twice." + PERCENT_TIP));
        out.add(percent(
                        design,
                        ids,
                        PropertyIds.LINK_REORDER,
                        "Reordering",
                        NetworkProfile::reorder,
                        NetworkProfile::withReorder)
                .withDescription("Share of messages overtaken by later ones." + PERCENT_TIP));
        out.add(percent(
                        design,
                        ids,
                        PropertyIds.LINK_CORRUPTION,
                        "Corruption",
                        NetworkProfile::corruption,
                        NetworkProfile::withCorruption)
                .withDescription("Share of messages that arrive damaged." + PERCENT_TIP));
        out.add(network(
                        design,
                        ids,
                        PropertyIds.LINK_BANDWIDTH,
                        "Bandwidth",
                        new Network<>(
                                NetworkProfile::bandwidth,
                                NetworkProfile::withBandwidth,
                                LinkFields::bandwidth,
                                Bandwidth::format))
                .withHint(variesHint(design, ids, NetworkProfile::bandwidth).orElse(""))
                .withDescription("How fast bytes go onto the wire, such as 512kbps, 100Mbps or 1Gbps;"
                        + " unlimited adds no delay for size."));
        out.addAll(PatternFields.ofLink(design, link, links, PatternCatalog.standard()));
        return out;
    }

    /** How one network setting is read, written and shown. */
    private record Network<T>(
            Function<NetworkProfile, T> get,
            BiFunction<NetworkProfile, T, NetworkProfile> with,
            Function<String, T> parse,
            Function<T, String> format) {}

    private static FieldSpec percent(
            Design design,
            List<String> ids,
            String fieldId,
            String label,
            Function<NetworkProfile, Double> get,
            BiFunction<NetworkProfile, Double, NetworkProfile> with) {
        return network(
                        design,
                        ids,
                        fieldId,
                        label,
                        new Network<>(get, with, t -> Probability.parsePercent(label, t), Probability::formatPercent))
                .withHint(variesHint(design, ids, get).orElse(""));
    }

    private static <T> FieldSpec network(
            Design design, List<String> ids, String fieldId, String label, Network<T> setting) {
        Link primary = design.link(ids.get(0)).orElseThrow();
        String text = setting.format().apply(setting.get().apply(primary.network()));
        return FieldSpec.editable(NETWORK, fieldId, label, FieldKind.TEXT, text, (d, t) -> {
            T value = setting.parse().apply(t);
            List<Link> changed = new ArrayList<>();
            for (String id : ids) {
                Link link = requireLink(d, id);
                if (!setting.get().apply(link.network()).equals(value)) {
                    changed.add(link.withNetwork(setting.with().apply(link.network(), value)));
                }
            }
            if (changed.isEmpty()) {
                return Optional.empty();
            }
            String what = ids.size() == 1 ? ends(d, requireLink(d, ids.get(0))) : Text.count(ids.size(), "link");
            return Optional.of(update(
                    d,
                    changed,
                    "Set " + Wording.lower(label) + " of " + what + " to "
                            + setting.format().apply(value)));
        });
    }

    /** Says so when the selected links differ in a setting, whose field shows the first one's. */
    private static <T> Optional<String> variesHint(Design design, List<String> ids, Function<NetworkProfile, T> get) {
        Set<T> values = new HashSet<>();
        for (String id : ids) {
            design.link(id).ifPresent(l -> values.add(get.apply(l.network())));
        }
        if (values.size() <= 1) {
            return Optional.empty();
        }
        Link first = design.link(ids.get(0)).orElseThrow();
        return Optional.of("Differs between the selected links; this is " + ends(design, first) + ".");
    }

    private static Optional<Command> label(Design design, String id, String text) {
        Link link = requireLink(design, id);
        String label = Text.requireName("Label", text == null ? "" : text.strip(), true);
        if (label.equals(link.label())) {
            return Optional.empty();
        }
        String description = label.isEmpty()
                ? "Remove the label of " + ends(design, link)
                : "Set label of " + ends(design, link) + " to " + label;
        return Optional.of(update(design, List.of(link.withLabel(label)), description));
    }

    private static Optional<Command> direction(Design design, String id, String text) {
        Link link = requireLink(design, id);
        LinkDirection direction;
        if (Wording.sameWord(text, ONE_WAY) || Wording.sameWord(text, "forward")) {
            direction = LinkDirection.FORWARD;
        } else if (Wording.sameWord(text, BOTH_WAYS) || Wording.sameWord(text, "both")) {
            direction = LinkDirection.BOTH;
        } else {
            throw new IllegalArgumentException("direction is \"" + ONE_WAY + "\" or \"" + BOTH_WAYS + "\", got \""
                    + Text.abbreviate(text, 40) + "\"");
        }
        if (direction == link.direction()) {
            return Optional.empty();
        }
        String description = direction == LinkDirection.BOTH
                ? "Make " + ends(design, link) + " go both ways"
                : "Make " + ends(design, link) + " one way";
        return Optional.of(update(design, List.of(link.withDirection(direction)), description));
    }

    private static Optional<Command> mode(Design design, String id, String text) {
        Link link = requireLink(design, id);
        LinkMode mode;
        if (Wording.sameWord(text, SYNC) || Wording.sameWord(text, "sync")) {
            mode = LinkMode.SYNC;
        } else if (Wording.sameWord(text, ASYNC) || Wording.sameWord(text, "async")) {
            mode = LinkMode.ASYNC;
        } else {
            throw new IllegalArgumentException(
                    "mode is \"" + SYNC + "\" or \"" + ASYNC + "\", got \"" + Text.abbreviate(text, 40) + "\"");
        }
        if (mode == link.mode()) {
            return Optional.empty();
        }
        return Optional.of(update(
                design,
                List.of(link.withMode(mode)),
                "Make " + ends(design, link) + " " + (mode == LinkMode.SYNC ? SYNC : ASYNC)));
    }

    /** Accepts the model's forms ("100Mbps") and the spelled-out unit ("100 Mbit/s"). */
    private static Bandwidth bandwidth(String text) {
        return Bandwidth.parse(text == null ? null : text.replaceAll("(?i)bit/s", "bps"));
    }

    static Command update(Design design, List<Link> changed, String description) {
        if (changed.size() == 1) {
            return Edits.updateLink(design, changed.get(0), description);
        }
        List<Link> links = design.links().stream()
                .map(l -> changed.stream()
                        .filter(c -> c.id().equals(l.id()))
                        .findFirst()
                        .orElse(l))
                .toList();
        return new Edit(description, design, design.withLinks(links));
    }

    private static Link requireLink(Design design, String id) {
        return design.link(id).orElseThrow(() -> new IllegalArgumentException("the link " + id + " is gone"));
    }

    /** "Web → API". */
    static String ends(Design design, Link link) {
        return name(design, link.from()) + " → " + name(design, link.to());
    }

    private static String name(Design design, String id) {
        return design.component(id).map(Component::name).orElse(id);
    }
}
