package dsw.model.file;

import com.fasterxml.jackson.databind.JsonNode;
import dsw.model.Bounds;
import dsw.model.Component;
import dsw.model.Group;
import dsw.model.GroupKind;
import dsw.model.Link;
import dsw.model.LinkDirection;
import dsw.model.LinkMode;
import dsw.model.NetworkProfile;
import dsw.model.Position;
import dsw.model.Problem;
import dsw.model.file.DesignDocument.ComponentEntry;
import dsw.model.file.DesignDocument.FaultEntry;
import dsw.model.file.DesignDocument.GroupEntry;
import dsw.model.file.DesignDocument.LinkEntry;
import dsw.model.file.DesignDocument.ScenarioEntry;
import dsw.model.file.DesignDocument.WorkloadEntry;
import dsw.model.json.FieldException;
import dsw.model.json.ValueCodec;
import dsw.model.kind.ComponentKind;
import dsw.model.kind.KindCatalog;
import dsw.model.kind.PropertySpec;
import dsw.model.kind.PropertyValue;
import dsw.model.pattern.ComponentPatterns;
import dsw.model.pattern.ConsistencyModel;
import dsw.model.pattern.LinkPatterns;
import dsw.model.pattern.Replication;
import dsw.model.pattern.Resilience;
import dsw.model.scenario.Fault;
import dsw.model.scenario.FaultType;
import dsw.model.scenario.KeySpace;
import dsw.model.scenario.LoadModel;
import dsw.model.scenario.Scenario;
import dsw.model.scenario.ScheduledFault;
import dsw.model.scenario.Workload;
import dsw.model.value.Bandwidth;
import dsw.model.value.Distribution;
import dsw.model.value.Micros;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Turns the file form of a design into the model, collecting every problem with the JSON pointer of
 * the field at fault instead of stopping at the first. Not thread-safe: one reader per file.
 */
final class DocumentReader {
    private final KindCatalog kinds;
    private final List<Problem> problems = new ArrayList<>();

    DocumentReader(KindCatalog kinds) {
        this.kinds = kinds;
    }

    List<Problem> problems() {
        return problems;
    }

    String name(DesignDocument doc) {
        if (doc.name() == null) {
            problems.add(Problem.error("/name", "missing \"name\": every design has a name"));
            return null;
        }
        return attempt("/name", () -> dsw.model.value.Text.requireName("design name", doc.name(), false));
    }

    String description(DesignDocument doc) {
        return attempt("/description", () -> dsw.model.value.Text.requireDescription(doc.description()));
    }

    List<Component> components(List<ComponentEntry> entries) {
        List<Component> out = new ArrayList<>();
        for (int i = 0; i < size(entries); i++) {
            String at = "/components/" + i;
            ComponentEntry e = entries.get(i);
            if (e == null) {
                problems.add(Problem.error(at, "expected a component object, found null"));
                continue;
            }
            Component c = attempt(at, () -> component(e));
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    private Component component(ComponentEntry e) {
        String id = required(e.id(), "/id", "id");
        String name = required(e.name(), "/name", "name");
        String kindId = required(e.kind(), "/kind", "kind");
        ComponentKind kind = kinds.find(kindId)
                .orElseThrow(() -> new FieldException(
                        "/kind", "unknown component kind \"" + kindId + "\"; known kinds are " + kinds.idList()));
        Position position = position(e.x(), e.y());
        Map<String, PropertyValue> properties = new LinkedHashMap<>();
        if (e.properties() != null) {
            for (Map.Entry<String, JsonNode> p : e.properties().entrySet()) {
                String pointer = "/properties/" + ValueCodec.escape(p.getKey());
                PropertySpec spec = kind.property(p.getKey())
                        .orElseThrow(() -> new FieldException(
                                pointer,
                                "a " + kind.name().toLowerCase(java.util.Locale.ROOT)
                                        + " has no property \"" + p.getKey() + "\"; its properties are "
                                        + String.join(
                                                ", ",
                                                kind.properties().stream()
                                                        .map(PropertySpec::key)
                                                        .toList())));
                try {
                    properties.put(p.getKey(), ValueCodec.readProperty(spec, p.getValue()));
                } catch (FieldException ex) {
                    throw ex.under(pointer);
                }
            }
        }
        ComponentPatterns patterns = ComponentPatterns.NONE;
        if (e.patterns() != null) {
            Replication replication = replication(e.patterns().replication());
            ConsistencyModel consistency = e.patterns().consistency() == null
                    ? ConsistencyModel.NONE
                    : ConsistencyModel.fromFileName(e.patterns().consistency())
                            .orElseThrow(() -> new FieldException(
                                    "/patterns/consistency",
                                    "unknown consistency model \""
                                            + e.patterns().consistency() + "\"; expected one of "
                                            + names(ConsistencyModel.values())));
            patterns = new ComponentPatterns(replication, consistency);
        }
        return new Component(id, name, kind, position, e.group(), properties, patterns);
    }

    private static Replication replication(JsonNode node) {
        if (node == null || node.isNull()) {
            return Replication.NONE;
        }
        String type = node.path("type").asText(null);
        if ("none".equals(type)) {
            return Replication.NONE;
        }
        throw new FieldException(
                "/patterns/replication",
                "unknown replication \"" + node.path("type").asText() + "\"; this version of dsw knows: none");
    }

    private static Resilience resilience(JsonNode node) {
        if (node == null || node.isNull()) {
            return Resilience.NONE;
        }
        if ("none".equals(node.path("type").asText(null))) {
            return Resilience.NONE;
        }
        throw new FieldException(
                "/patterns/resilience",
                "unknown resilience pattern \"" + node.path("type").asText() + "\"; this version of dsw knows: none");
    }

    List<Link> links(List<LinkEntry> entries) {
        List<Link> out = new ArrayList<>();
        for (int i = 0; i < size(entries); i++) {
            String at = "/links/" + i;
            LinkEntry e = entries.get(i);
            if (e == null) {
                problems.add(Problem.error(at, "expected a link object, found null"));
                continue;
            }
            Link l = attempt(at, () -> link(e));
            if (l != null) {
                out.add(l);
            }
        }
        return out;
    }

    private Link link(LinkEntry e) {
        String id = required(e.id(), "/id", "id");
        String from = required(e.from(), "/from", "from");
        String to = required(e.to(), "/to", "to");
        LinkDirection direction = e.direction() == null
                ? LinkDirection.FORWARD
                : LinkDirection.fromFileName(e.direction())
                        .orElseThrow(() -> new FieldException(
                                "/direction", "unknown direction \"" + e.direction() + "\"; expected forward or both"));
        LinkMode mode = e.mode() == null
                ? LinkMode.SYNC
                : LinkMode.fromFileName(e.mode())
                        .orElseThrow(() -> new FieldException(
                                "/mode", "unknown mode \"" + e.mode() + "\"; expected sync or async"));
        NetworkProfile d = NetworkProfile.DEFAULT;
        Distribution latency =
                e.latency() == null ? d.latency() : field("/latency", () -> ValueCodec.readDistribution(e.latency()));
        Bandwidth bandwidth =
                e.bandwidth() == null ? d.bandwidth() : field("/bandwidth", () -> Bandwidth.parse(e.bandwidth()));
        NetworkProfile network = new NetworkProfile(
                latency,
                probability("/loss", "loss", e.loss()),
                probability("/duplication", "duplication", e.duplication()),
                probability("/reorder", "reorder", e.reorder()),
                probability("/corruption", "corruption", e.corruption()),
                bandwidth);
        LinkPatterns patterns = e.patterns() == null
                ? LinkPatterns.NONE
                : new LinkPatterns(resilience(e.patterns().resilience()));
        return new Link(id, from, to, direction, mode, e.label(), network, patterns);
    }

    List<Group> groups(List<GroupEntry> entries) {
        List<Group> out = new ArrayList<>();
        for (int i = 0; i < size(entries); i++) {
            String at = "/groups/" + i;
            GroupEntry e = entries.get(i);
            if (e == null) {
                problems.add(Problem.error(at, "expected a group object, found null"));
                continue;
            }
            Group g = attempt(at, () -> group(e));
            if (g != null) {
                out.add(g);
            }
        }
        return out;
    }

    private static Group group(GroupEntry e) {
        String id = required(e.id(), "/id", "id");
        String name = required(e.name(), "/name", "name");
        String kindName = required(e.kind(), "/kind", "kind");
        GroupKind kind = GroupKind.fromFileName(kindName)
                .orElseThrow(() -> new FieldException(
                        "/kind",
                        "unknown group kind \"" + kindName + "\"; expected one of " + names(GroupKind.values())));
        Bounds bounds = null;
        int given = count(e.x(), e.y(), e.width(), e.height());
        if (given == 4) {
            bounds = field("", () -> new Bounds(e.x(), e.y(), e.width(), e.height()));
        } else if (given > 0) {
            throw new FieldException("", "a frame needs all of x, y, width and height, or none of them");
        }
        return new Group(id, name, kind, e.parent(), bounds);
    }

    Scenario scenario(ScenarioEntry e) {
        if (e == null) {
            return Scenario.DEFAULT;
        }
        Scenario result = attempt("/scenario", () -> {
            long seed = e.seed() == null ? Scenario.DEFAULT.seed() : e.seed();
            long duration = e.duration() == null
                    ? Scenario.DEFAULT_DURATION
                    : field("/duration", () -> positiveDuration(e.duration(), "run length"));
            return new Scenario(seed, duration, List.of(), List.of());
        });
        if (result == null) {
            return Scenario.DEFAULT;
        }
        List<Workload> workload = new ArrayList<>();
        for (int i = 0; i < size(e.workload()); i++) {
            WorkloadEntry w = e.workload().get(i);
            String at = "/scenario/workload/" + i;
            if (w == null) {
                problems.add(Problem.error(at, "expected a workload object, found null"));
                continue;
            }
            Workload read = attempt(at, () -> workload(w));
            if (read != null) {
                workload.add(read);
            }
        }
        List<ScheduledFault> faults = new ArrayList<>();
        for (int i = 0; i < size(e.faults()); i++) {
            FaultEntry f = e.faults().get(i);
            String at = "/scenario/faults/" + i;
            if (f == null) {
                problems.add(Problem.error(at, "expected a fault object, found null"));
                continue;
            }
            ScheduledFault read = attempt(at, () -> fault(f));
            if (read != null) {
                faults.add(read);
            }
        }
        return result.withWorkload(workload).withFaults(faults);
    }

    private static Workload workload(WorkloadEntry e) {
        String client = required(e.client(), "/client", "client");
        String load = e.load() == null ? "open" : e.load();
        LoadModel model;
        if (load.equals("open")) {
            double rate = requiredNumber(e.rate(), "/rate", "rate (requests per second)");
            boolean poisson;
            if (e.arrival() == null || e.arrival().equals("poisson")) {
                poisson = true;
            } else if (e.arrival().equals("uniform")) {
                poisson = false;
            } else {
                throw new FieldException(
                        "/arrival", "unknown arrival \"" + e.arrival() + "\"; expected poisson or uniform");
            }
            model = field("/rate", () -> new LoadModel.OpenLoop(rate, poisson));
        } else if (load.equals("closed")) {
            int users = e.users() == null ? 1 : e.users();
            Distribution think = e.thinkTime() == null
                    ? new Distribution.Constant(0)
                    : field("/thinkTime", () -> ValueCodec.readDistribution(e.thinkTime()));
            model = field("/users", () -> new LoadModel.ClosedLoop(users, think));
        } else {
            throw new FieldException(
                    "/load", "unknown load \"" + load + "\"; expected open (a rate) or closed (users who wait)");
        }
        double readRatio = e.readRatio() == null ? 0.8 : e.readRatio();
        KeySpace keys = field(
                "/keys",
                () -> new KeySpace(
                        e.keys() == null ? KeySpace.DEFAULT.count() : e.keys(), e.zipf() == null ? 0 : e.zipf()));
        long start = e.start() == null ? 0 : field("/start", () -> Micros.parse(e.start()));
        long stop = e.stop() == null ? -1 : field("/stop", () -> Micros.parse(e.stop()));
        int payload = e.payloadBytes() == null ? 512 : e.payloadBytes();
        return field("", () -> new Workload(client, e.target(), model, readRatio, keys, start, stop, payload));
    }

    private static ScheduledFault fault(FaultEntry e) {
        String atText = required(e.at(), "/at", "at (when the fault happens)");
        long at = field("/at", () -> Micros.parse(atText));
        String typeName = required(e.type(), "/type", "type");
        FaultType type = FaultType.fromFileName(typeName)
                .orElseThrow(() -> new FieldException(
                        "/type", "unknown fault type \"" + typeName + "\"; expected one of " + FaultType.fileNames()));
        Fault fault =
                switch (type) {
                    case CRASH -> field("", () -> new Fault.Crash(required(e.target(), "/target", "target")));
                    case RECOVER -> field("", () -> new Fault.Recover(required(e.target(), "/target", "target")));
                    case PAUSE -> {
                        String target = required(e.target(), "/target", "target");
                        String text = required(e.duration(), "/duration", "duration (how long the pause lasts)");
                        long duration = field("/duration", () -> positiveDuration(text, "pause"));
                        yield field("", () -> new Fault.Pause(target, duration));
                    }
                    case PARTITION -> {
                        String name = required(e.partition(), "/partition", "partition (a name the heal refers to)");
                        List<String> a = requiredList(e.sideA(), "/sideA", "sideA");
                        List<String> b = requiredList(e.sideB(), "/sideB", "sideB");
                        yield field("", () -> new Fault.Partition(name, a, b, Boolean.TRUE.equals(e.oneWay())));
                    }
                    case HEAL -> field("", () -> new Fault.Heal(e.partition()));
                    case LINK_DOWN -> field("", () -> new Fault.LinkDown(required(e.link(), "/link", "link")));
                    case LINK_UP -> field("", () -> new Fault.LinkUp(required(e.link(), "/link", "link")));
                    case CLOCK_SKEW -> {
                        String target = required(e.target(), "/target", "target");
                        long offset = e.offset() == null ? 0 : field("/offset", () -> signedDuration(e.offset()));
                        double drift = e.driftPpm() == null ? 0 : e.driftPpm();
                        yield field("", () -> new Fault.ClockSkew(target, offset, drift));
                    }
                };
        return new ScheduledFault(at, fault);
    }

    private static long positiveDuration(String text, String what) {
        long micros = Micros.parse(text);
        if (micros <= 0) {
            throw new IllegalArgumentException("the " + what + " must be longer than zero");
        }
        return micros;
    }

    private static long signedDuration(String text) {
        String trimmed = text.trim();
        return trimmed.startsWith("-")
                ? -Micros.parse(trimmed.substring(1))
                : Micros.parse(trimmed.replaceFirst("^\\+", ""));
    }

    private static Position position(Double x, Double y) {
        if (x == null && y == null) {
            return null;
        }
        if (x == null || y == null) {
            throw new FieldException(x == null ? "/x" : "/y", "a position needs both x and y, or neither");
        }
        return field("", () -> new Position(x, y));
    }

    private static double probability(String pointer, String what, Double value) {
        if (value == null) {
            return 0;
        }
        if (!Double.isFinite(value) || value < 0 || value > 1) {
            throw new FieldException(pointer, what + " is a probability and must be from 0 to 1, got " + value);
        }
        return value;
    }

    private static String required(String value, String pointer, String what) {
        if (value == null) {
            throw new FieldException(pointer, "missing \"" + pointer.substring(1) + "\": the " + what + " is required");
        }
        return value;
    }

    private static double requiredNumber(Double value, String pointer, String what) {
        if (value == null) {
            throw new FieldException(pointer, "missing \"" + pointer.substring(1) + "\": the " + what + " is required");
        }
        return value;
    }

    private static List<String> requiredList(List<String> value, String pointer, String what) {
        if (value == null) {
            throw new FieldException(pointer, "missing \"" + what + "\": a partition needs a list of ids on each side");
        }
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i) == null) {
                throw new FieldException(pointer + "/" + i, "expected an id, found null");
            }
        }
        return value;
    }

    /** Runs a constructor; an IllegalArgumentException becomes a problem at {@code pointer}. */
    private static <T> T field(String pointer, Supplier<T> read) {
        try {
            return read.get();
        } catch (FieldException e) {
            throw e.under(pointer);
        } catch (IllegalArgumentException e) {
            throw new FieldException(pointer, e.getMessage());
        }
    }

    /** Reads one element; a failure is recorded and the element skipped, so later ones are still checked. */
    private <T> T attempt(String pointer, Supplier<T> read) {
        try {
            return read.get();
        } catch (FieldException e) {
            problems.add(Problem.error(pointer + e.pointer(), e.getMessage()));
        } catch (IllegalArgumentException e) {
            problems.add(Problem.error(pointer, e.getMessage()));
        }
        return null;
    }

    private static int size(List<?> list) {
        return list == null ? 0 : list.size();
    }

    private static int count(Object... values) {
        return (int) Arrays.stream(values).filter(v -> v != null).count();
    }

    private static String names(Enum<?>[] values) {
        List<String> names = new ArrayList<>();
        for (Enum<?> v : values) {
            names.add(v.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        return String.join(", ", names);
    }
}
