package dsw.diagrams.plantuml;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Group;
import dsw.model.GroupKind;
import dsw.model.Link;
import dsw.model.LinkDirection;
import dsw.model.LinkMode;
import dsw.model.NetworkProfile;
import dsw.model.value.DistributionText;
import dsw.model.value.Probability;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes a design as a PlantUML deployment diagram: components as the element that reads best for
 * their kind, frames as nested frames, links as arrows (solid sync, dashed async, two heads when
 * either end may start). The text is what a person would write: a header, the elements in design
 * order nested in their frames, then the links, with aliases made from the ids; an unchanged design
 * gives identical text. Every piece of design text goes through {@link PumlText}, so no name can
 * inject PlantUML syntax. Stateless and thread-safe.
 */
public final class DeploymentDiagram {
    /** How the diagram is drawn. */
    public enum Style {
        /** Plain PlantUML deployment elements: actor, node, database, queue, cloud, ... */
        PLAIN,
        /** The C4 model's container notation, from PlantUML's bundled C4 library. */
        C4
    }

    /** Which way the arrows mostly run. */
    public enum Direction {
        LEFT_TO_RIGHT,
        TOP_TO_BOTTOM
    }

    /** Whether frames are drawn around their members. */
    public enum Layout {
        /** Frames drawn as nested boxes around their members. */
        FRAMED,
        /**
         * No frames: each component's label names the frames it sits in. PlantUML's built-in
         * layout lays out large flat diagrams that it cannot lay out with frames.
         */
        FLAT
    }

    /**
     * The PlantUML themes bundled with plantuml-mit that the diagram may use (each checked by a test
     * to render). Only these names are ever written after {@code !theme}.
     */
    public static final Set<String> THEMES = Set.copyOf(new TreeSet<>(List.of(
            "amiga",
            "aws-orange",
            "black-knight",
            "bluegray",
            "blueprint",
            "carbon-gray",
            "cerulean",
            "cerulean-outline",
            "crt-amber",
            "crt-green",
            "cyborg",
            "cyborg-outline",
            "hacker",
            "lightgray",
            "mars",
            "materia",
            "materia-outline",
            "metal",
            "mimeograph",
            "minty",
            "mono",
            "plain",
            "sandstone",
            "silver",
            "sketchy",
            "sketchy-outline",
            "spacelab",
            "superhero",
            "superhero-outline",
            "toy",
            "united",
            "vibrant")));

    /** The fixed C4 include; the only include this class ever writes. */
    static final String C4_INCLUDE = "!include <C4/C4_Container>";

    private static final String DOWN_COLOR = "C00000";
    private static final String DOWN_FILL = "FFE0E0";

    /**
     * What to draw and how. Immutable, thread-safe.
     *
     * @param style plain deployment elements or C4 containers
     * @param direction which way the arrows mostly run
     * @param theme a name from {@link #THEMES}, or empty for PlantUML's default look
     * @param showLinkProperties whether link labels also show latency, loss, ... and bandwidth
     * @param down ids of components, frames and links to draw as down or cut off (a distinct red,
     *     dashed style and the word "down")
     */
    public record Options(
            Style style, Direction direction, String theme, boolean showLinkProperties, Set<String> down) {
        /** Plain elements, left to right, default look, no link properties, nothing down. */
        public static final Options DEFAULT = new Options(Style.PLAIN, Direction.LEFT_TO_RIGHT, "", false, Set.of());

        public Options {
            Objects.requireNonNull(style, "style");
            Objects.requireNonNull(direction, "direction");
            theme = theme == null ? "" : theme;
            if (!theme.isEmpty() && !THEMES.contains(theme)) {
                throw new IllegalArgumentException("unknown theme \"" + PumlText.comment(theme) + "\"; themes are "
                        + String.join(", ", new TreeSet<>(THEMES)));
            }
            down = Set.copyOf(down == null ? Set.of() : down);
        }

        public Options withStyle(Style value) {
            return new Options(value, direction, theme, showLinkProperties, down);
        }

        public Options withDirection(Direction value) {
            return new Options(style, value, theme, showLinkProperties, down);
        }

        public Options withTheme(String value) {
            return new Options(style, direction, value, showLinkProperties, down);
        }

        public Options withLinkProperties(boolean value) {
            return new Options(style, direction, theme, value, down);
        }

        public Options withDown(Set<String> value) {
            return new Options(style, direction, theme, showLinkProperties, value);
        }
    }

    private DeploymentDiagram() {}

    /** The design's deployment diagram with {@link Options#DEFAULT}. */
    public static String of(Design design) {
        return of(design, Options.DEFAULT);
    }

    /**
     * The design's deployment diagram as PlantUML source.
     *
     * @throws IllegalArgumentException when {@code options.down()} names an id the design does not have
     */
    public static String of(Design design, Options options) {
        return of(design, options, Layout.FRAMED);
    }

    /**
     * The design's deployment diagram as PlantUML source, with or without frames.
     *
     * @throws IllegalArgumentException when {@code options.down()} names an id the design does not have
     */
    public static String of(Design design, Options options, Layout layout) {
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(layout, "layout");
        Set<String> unknown = new TreeSet<>(options.down());
        unknown.removeIf(design::hasId);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("cannot draw as down what the design does not have: "
                    + PumlText.comment(String.join(", ", unknown)));
        }
        return new Writer(design, options, layout).write();
    }

    /** One diagram's text, written top to bottom. */
    private static final class Writer {
        private final Design design;
        private final Options options;
        private final boolean c4;
        private final boolean flat;
        private final PumlText.Aliases aliases = new PumlText.Aliases();
        private final StringBuilder out = new StringBuilder(4096);

        Writer(Design design, Options options, Layout layout) {
            this.design = design;
            this.options = options;
            this.c4 = options.style() == Style.C4;
            this.flat = layout == Layout.FLAT;
            // Aliases in design order: components, then frames, so they never depend on nesting.
            design.components().forEach(c -> aliases.of(c.id()));
            design.groups().forEach(g -> aliases.of(g.id()));
        }

        String write() {
            out.append("@startuml\n");
            out.append("' ").append(PumlText.comment(design.name())).append('\n');
            out.append("' Deployment diagram written by dsw from the design (")
                    .append(design.sizeSummary())
                    .append("); edit the design, not this file.\n");
            out.append("!pragma layout smetana\n");
            if (!options.theme().isEmpty()) {
                out.append("!theme ").append(options.theme()).append('\n');
            }
            if (c4) {
                out.append(C4_INCLUDE).append('\n');
                out.append("AddRelTag(\"async\", $lineStyle = DashedLine())\n");
                if (!options.down().isEmpty()) {
                    out.append("AddElementTag(\"down\", $bgColor = \"#")
                            .append(DOWN_FILL)
                            .append("\", $fontColor = \"#")
                            .append(DOWN_COLOR)
                            .append("\", $borderColor = \"#")
                            .append(DOWN_COLOR)
                            .append("\")\n");
                    out.append("AddRelTag(\"down\", $lineColor = \"#")
                            .append(DOWN_COLOR)
                            .append("\", $textColor = \"#")
                            .append(DOWN_COLOR)
                            .append("\")\n");
                    out.append("AddRelTag(\"down_async\", $lineColor = \"#")
                            .append(DOWN_COLOR)
                            .append("\", $textColor = \"#")
                            .append(DOWN_COLOR)
                            .append("\", $lineStyle = DashedLine())\n");
                }
                out.append(
                        options.direction() == Direction.LEFT_TO_RIGHT
                                ? "LAYOUT_LEFT_RIGHT()\n"
                                : "LAYOUT_TOP_DOWN()\n");
            } else if (options.direction() == Direction.LEFT_TO_RIGHT) {
                out.append("left to right direction\n");
            }
            out.append("title ").append(PumlText.escape(design.name())).append('\n');
            if (!design.components().isEmpty() || !design.groups().isEmpty()) {
                out.append('\n');
                for (Component c : design.components()) {
                    if (c.group() == null || flat) {
                        component(c, "");
                    }
                }
                if (!flat) {
                    for (Group g : design.groups()) {
                        if (g.parent() == null) {
                            group(g, "");
                        }
                    }
                }
            }
            if (!design.links().isEmpty()) {
                out.append('\n');
                design.links().forEach(this::link);
            }
            out.append("@enduml\n");
            return out.toString();
        }

        private void group(Group group, String indent) {
            boolean down = options.down().contains(group.id());
            String label = group.name() + (down ? "\n" + "down" : "");
            if (c4) {
                out.append(indent)
                        .append("Boundary(")
                        .append(quotedAlias(group.id()))
                        .append(", ")
                        .append(PumlText.quoted(label))
                        .append(", ")
                        .append(PumlText.quoted(group.kind().fileName()))
                        .append(down ? ", $tags = \"down\"" : "")
                        .append(") {\n");
            } else {
                out.append(indent)
                        .append(groupElement(group.kind()))
                        .append(' ')
                        .append(PumlText.quoted(label))
                        .append(" as ")
                        .append(aliases.of(group.id()))
                        .append(" <<")
                        .append(PumlText.escape(group.kind().fileName()))
                        .append(">>")
                        .append(down ? downStyle() : "")
                        .append(" {\n");
            }
            String inner = indent + "  ";
            design.membersOf(group.id()).forEach(c -> component(c, inner));
            design.childrenOf(group.id()).forEach(g -> group(g, inner));
            out.append(indent).append("}\n");
        }

        private void component(Component component, String indent) {
            boolean down = options.down().contains(component.id());
            int replicas = component.replicas();
            List<String> details = new ArrayList<>();
            if (replicas > 1) {
                details.add(replicas + " replicas");
            }
            if (flat && component.group() != null) {
                List<String> path = new ArrayList<>();
                for (Group g = design.group(component.group()).orElseThrow();
                        g != null;
                        g = g.parent() == null ? null : design.group(g.parent()).orElseThrow()) {
                    path.add(0, g.name());
                    down |= options.down().contains(g.id());
                }
                details.add("in " + String.join(" / ", path));
            }
            if (down) {
                details.add("down");
            }
            String kind = component.kind().id();
            String element = component.kind().diagramElement();
            out.append(indent);
            if (c4) {
                out.append(c4Element(element))
                        .append('(')
                        .append(quotedAlias(component.id()))
                        .append(", ")
                        .append(PumlText.quoted(component.name()));
                if (isPerson(element) || "cloud".equals(element)) {
                    out.append(", ").append(PumlText.quoted(join(kind, details, ", ")));
                } else {
                    out.append(", ").append(PumlText.quoted(kind));
                    if (!details.isEmpty()) {
                        out.append(", ").append(PumlText.quoted(String.join(", ", details)));
                    }
                }
                out.append(down ? ", $tags = \"down\"" : "").append(")\n");
            } else {
                String label = join(component.name(), details, "\n");
                out.append(plainElement(element, replicas))
                        .append(' ')
                        .append(PumlText.quoted(label))
                        .append(" as ")
                        .append(aliases.of(component.id()))
                        .append(" <<")
                        .append(PumlText.escape(kind))
                        .append(">>")
                        .append(down ? downStyle() : "")
                        .append('\n');
            }
        }

        private void link(Link link) {
            boolean down = options.down().contains(link.id());
            boolean async = link.mode() == LinkMode.ASYNC;
            boolean both = link.direction() == LinkDirection.BOTH;
            String properties = options.showLinkProperties() ? properties(link.network()) : "";
            List<String> lines = new ArrayList<>();
            if (!link.label().isEmpty()) {
                lines.add(link.label());
            }
            if (!c4 && !properties.isEmpty()) {
                lines.add(properties);
            }
            if (down) {
                lines.add("down");
            }
            if (c4) {
                out.append(both ? "BiRel(" : "Rel(")
                        .append(quotedAlias(link.from()))
                        .append(", ")
                        .append(quotedAlias(link.to()))
                        .append(", ")
                        .append(PumlText.quoted(String.join("\n", lines)));
                if (!properties.isEmpty()) {
                    out.append(", ").append(PumlText.quoted(properties));
                }
                String tag = down ? (async ? "down_async" : "down") : (async ? "async" : "");
                if (!tag.isEmpty()) {
                    out.append(", $tags = \"").append(tag).append('"');
                }
                out.append(")\n");
                return;
            }
            char line = async ? '.' : '-';
            out.append(aliases.of(link.from())).append(' ');
            if (both) {
                out.append('<');
            }
            out.append(line);
            if (down) {
                out.append("[#").append(DOWN_COLOR).append(']');
            }
            out.append(line).append("> ").append(aliases.of(link.to()));
            if (!lines.isEmpty()) {
                out.append(" : ").append(PumlText.escape(String.join("\n", lines)));
            }
            out.append('\n');
        }

        private String quotedAlias(String id) {
            return '"' + aliases.of(id) + '"';
        }

        private static String downStyle() {
            return " #" + DOWN_FILL + ";line:" + DOWN_COLOR + ";line.dashed;text:" + DOWN_COLOR;
        }
    }

    /** Latency and what can go wrong on the link, such as "latency 35ms, loss 0.1%". */
    static String properties(NetworkProfile network) {
        List<String> parts = new ArrayList<>();
        parts.add("latency " + DistributionText.format(network.latency()));
        addPercent(parts, "loss", network.loss());
        addPercent(parts, "duplication", network.duplication());
        addPercent(parts, "reorder", network.reorder());
        addPercent(parts, "corruption", network.corruption());
        if (!network.bandwidth().isUnlimited()) {
            parts.add(network.bandwidth().format());
        }
        return String.join(", ", parts);
    }

    private static void addPercent(List<String> parts, String what, double probability) {
        if (probability > 0) {
            parts.add(what + " " + Probability.formatPercent(probability));
        }
    }

    private static String join(String first, List<String> more, String separator) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(more);
        return String.join(separator, all);
    }

    /** The PlantUML deployment element for a kind's element; replicated boxes become collections. */
    static String plainElement(String element, int replicas) {
        String known = ELEMENTS.contains(element) ? element : "node";
        if (replicas > 1 && BOXES.contains(known)) {
            return "collections";
        }
        return known;
    }

    private static boolean isPerson(String element) {
        return "actor".equals(element) || "person".equals(element);
    }

    private static String c4Element(String element) {
        switch (element) {
            case "actor":
            case "person":
                return "Person";
            case "cloud":
                return "System_Ext";
            case "database":
                return "ContainerDb";
            case "queue":
                return "ContainerQueue";
            default:
                return "Container";
        }
    }

    static String groupElement(GroupKind kind) {
        switch (kind) {
            case REGION:
                return "cloud";
            case ZONE:
                return "rectangle";
            case CLUSTER:
                return "node";
            case NAMESPACE:
                return "package";
            case SYSTEM:
                return "frame";
            default:
                throw new IllegalArgumentException(kind.toString());
        }
    }

    /** Deployment elements a kind may name (kinds.json); anything else is drawn as a node. */
    private static final Set<String> ELEMENTS = Set.copyOf(List.of(
            "actor",
            "agent",
            "artifact",
            "boundary",
            "card",
            "cloud",
            "collections",
            "component",
            "control",
            "database",
            "entity",
            "file",
            "folder",
            "frame",
            "hexagon",
            "interface",
            "node",
            "package",
            "person",
            "queue",
            "rectangle",
            "stack",
            "storage",
            "usecase"));

    /** Plain boxes, which read as "several of them" when drawn as collections. */
    private static final Set<String> BOXES =
            Set.of("agent", "node", "rectangle", "component", "card", "artifact", "storage", "hexagon");
}
