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
import dsw.model.kind.Behavior;
import dsw.model.kind.ComponentKind;
import dsw.model.kind.KindCatalog;
import dsw.model.kind.PropertySpec;
import dsw.model.kind.PropertyValue;
import dsw.model.pattern.ComponentPatterns;
import dsw.model.pattern.ConsistencyModel;
import dsw.model.pattern.LinkPatterns;
import dsw.model.pattern.PatternCatalog;
import dsw.model.pattern.PatternKind;
import dsw.model.pattern.PatternSettings;
import dsw.model.pattern.Replication;
import dsw.model.scenario.Fault;
import dsw.model.scenario.FaultType;
import dsw.model.scenario.KeySpace;
import dsw.model.scenario.LoadModel;
import dsw.model.scenario.Scenario;
import dsw.model.scenario.ScheduledFault;
import dsw.model.scenario.Workload;
import dsw.model.scenario.WriteKind;
import dsw.model.value.Bandwidth;
import dsw.model.value.Distribution;
import dsw.model.value.Ids;
import dsw.model.value.Micros;
import dsw.model.value.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
        return attempt("/name", () -> Text.requireName("design name", doc.name(), false));
    }

    String description(DesignDocument doc) {
        return attempt("/description", () -> Text.requireDescription(doc.description()));
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
        String id =
                id("component", required(e.id(), "/id", "every component needs an id such as \"orders-db\""), "/id");
        String name = text("name", required(e.name(), "/name", "every component needs a name"), "/name");
        String kindId = required(e.kind(), "/kind", "every component needs a kind such as \"service\"");
        ComponentKind kind = kinds.find(kindId)
                .orElseThrow(() -> new FieldException(
                        "/kind",
                        "unknown component kind \"" + Text.abbreviate(kindId, 40) + "\"; known kinds are "
                                + kinds.idList()));
        String group = e.group() == null ? null : id("group", e.group(), "/group");
        Position position = position(e.x(), e.y());
        Map<String, PropertyValue> properties = new LinkedHashMap<>();
        if (e.properties() != null) {
            for (Map.Entry<String, JsonNode> p : e.properties().entrySet()) {
                String pointer = "/properties/" + ValueCodec.escape(p.getKey());
                PropertySpec spec = kind.property(p.getKey())
                        .orElseThrow(() -> new FieldException(
                                pointer,
                                "a " + kind.name().toLowerCase(Locale.ROOT)
                                        + " has no property \"" + Text.abbreviate(p.getKey(), 40)
                                        + "\"; its properties are "
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
        ComponentPatterns patterns = patterns(e, kind);
        return field("", () -> new Component(id, name, kind, position, group, properties, patterns));
    }

    private static ComponentPatterns patterns(ComponentEntry e, ComponentKind kind) {
        if (e.patterns() == null) {
            return ComponentPatterns.NONE;
        }
        Replication replication = Replication.NONE;
        ConsistencyModel consistency = ConsistencyModel.NONE;
        List<PatternSettings> enabled = new ArrayList<>();
        for (Map.Entry<String, JsonNode> p : e.patterns().entrySet()) {
            String pointer = "/patterns/" + ValueCodec.escape(p.getKey());
            JsonNode value = p.getValue();
            switch (p.getKey()) {
                case "replication" -> replication = replication(value);
                case "consistency" -> {
                    if (value != null && !value.isNull()) {
                        if (!value.isTextual()) {
                            throw new FieldException(
                                    pointer,
                                    "expected a consistency model in quotes such as \"linearizable\", found "
                                            + ValueCodec.describe(value));
                        }
                        consistency = ConsistencyModel.fromFileName(value.textValue())
                                .orElseThrow(() -> new FieldException(
                                        pointer,
                                        "unknown consistency model \""
                                                + Text.abbreviate(value.textValue(), 40)
                                                + "\"; expected one of "
                                                + names(ConsistencyModel.values())));
                    }
                }
                default -> enabled.add(pattern(PatternKind.Target.COMPONENT, p.getKey(), value, pointer));
            }
        }
        Replication r = replication;
        ConsistencyModel c = consistency;
        ComponentPatterns patterns = field("/patterns", () -> new ComponentPatterns(r, c, enabled));
        for (PatternSettings s : patterns.enabled()) {
            if (!s.kind().appliesTo(kind.behavior())) {
                throw new FieldException(
                        "/patterns/" + s.id(),
                        s.kind().name() + " does not apply to a " + kind.name().toLowerCase(Locale.ROOT)
                                + "; the patterns a " + kind.name().toLowerCase(Locale.ROOT) + " takes are "
                                + applicableList(PatternKind.Target.COMPONENT, kind.behavior()));
            }
        }
        return patterns;
    }

    private static LinkPatterns linkPatterns(LinkEntry e) {
        if (e.patterns() == null) {
            return LinkPatterns.NONE;
        }
        List<PatternSettings> enabled = new ArrayList<>();
        for (Map.Entry<String, JsonNode> p : e.patterns().entrySet()) {
            String pointer = "/patterns/" + ValueCodec.escape(p.getKey());
            if (p.getKey().equals("resilience")) {
                legacyResilience(p.getValue(), pointer);
            } else {
                enabled.add(pattern(PatternKind.Target.LINK, p.getKey(), p.getValue(), pointer));
            }
        }
        return field("/patterns", () -> new LinkPatterns(enabled));
    }

    /** One switched-on pattern, {@code "retry": {"maxAttempts": 5, ...}}; missing settings take defaults. */
    private static PatternSettings pattern(PatternKind.Target target, String id, JsonNode node, String pointer) {
        PatternCatalog catalog = PatternCatalog.standard();
        PatternKind kind = catalog.find(id)
                .filter(k -> k.target() == target)
                .orElseThrow(() -> new FieldException(
                        pointer,
                        "unknown " + target.name().toLowerCase(Locale.ROOT) + " pattern \"" + Text.abbreviate(id, 40)
                                + "\"; known patterns are " + catalog.idList(target)));
        if (node == null || !node.isObject()) {
            throw new FieldException(
                    pointer,
                    "expected the settings of " + kind.name().toLowerCase(Locale.ROOT)
                            + " as an object such as {}, found " + ValueCodec.describe(node));
        }
        Map<String, PropertyValue> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> v : node.properties()) {
            String at = pointer + "/" + ValueCodec.escape(v.getKey());
            PropertySpec spec = kind.property(v.getKey())
                    .orElseThrow(() -> new FieldException(
                            at,
                            kind.name() + " has no setting \"" + Text.abbreviate(v.getKey(), 40)
                                    + "\"; its settings are "
                                    + (kind.properties().isEmpty()
                                            ? "none"
                                            : String.join(
                                                    ", ",
                                                    kind.properties().stream()
                                                            .map(PropertySpec::key)
                                                            .toList()))));
            try {
                values.put(v.getKey(), ValueCodec.readProperty(spec, v.getValue()));
            } catch (FieldException ex) {
                throw ex.under(at);
            }
        }
        return new PatternSettings(kind, values);
    }

    static String applicableList(PatternKind.Target target, Behavior behavior) {
        List<String> ids = PatternCatalog.standard().applicable(target, behavior).stream()
                .map(PatternKind::id)
                .toList();
        return ids.isEmpty() ? "none" : String.join(", ", ids);
    }

    private static Replication replication(JsonNode node) {
        if (node == null || node.isNull()) {
            return Replication.NONE;
        }
        return ReplicationForm.read(node, typeOf(node, "/patterns/replication", "replication"));
    }

    /** Files written before patterns existed may say {@code "resilience": {"type": "none"}}, which means nothing. */
    private static void legacyResilience(JsonNode node, String pointer) {
        if (node == null || node.isNull()) {
            return;
        }
        String type = typeOf(node, pointer, "resilience pattern");
        if (!"none".equals(type)) {
            throw new FieldException(
                    pointer + "/type",
                    "unknown resilience pattern \"" + Text.abbreviate(type, 40)
                            + "\"; switch patterns on by name instead, such as \"retry\": {}");
        }
    }

    /** The {@code type} of a pattern object such as {@code {"type": "none"}}. */
    private static String typeOf(JsonNode node, String pointer, String what) {
        if (!node.isObject()) {
            throw new FieldException(
                    pointer,
                    "expected a " + what + " object such as {\"type\": \"none\"}, found " + ValueCodec.describe(node));
        }
        JsonNode type = node.get("type");
        if (type == null || !type.isTextual()) {
            throw new FieldException(
                    pointer + "/type", "a " + what + " needs a \"type\" in quotes, found " + ValueCodec.describe(type));
        }
        return type.textValue();
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
        String id = id("link", required(e.id(), "/id", "every link needs an id such as \"web-to-db\""), "/id");
        String from = id(
                "link " + id + " 'from' component",
                required(e.from(), "/from", "a link needs the id of the component it starts at"),
                "/from");
        String to = id(
                "link " + id + " 'to' component",
                required(e.to(), "/to", "a link needs the id of the component it leads to"),
                "/to");
        String label = e.label() == null ? null : field("/label", () -> Text.requireName("label", e.label(), true));
        LinkDirection direction = e.direction() == null
                ? LinkDirection.FORWARD
                : LinkDirection.fromFileName(e.direction())
                        .orElseThrow(() -> new FieldException(
                                "/direction",
                                "unknown direction \"" + Text.abbreviate(e.direction(), 40)
                                        + "\"; expected forward or both"));
        LinkMode mode = e.mode() == null
                ? LinkMode.SYNC
                : LinkMode.fromFileName(e.mode())
                        .orElseThrow(() -> new FieldException(
                                "/mode",
                                "unknown mode \"" + Text.abbreviate(e.mode(), 40) + "\"; expected sync or async"));
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
        LinkPatterns patterns = linkPatterns(e);
        return field("", () -> new Link(id, from, to, direction, mode, label, network, patterns));
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
        String id = id("group", required(e.id(), "/id", "every group needs an id such as \"zone-a\""), "/id");
        String name = text("name", required(e.name(), "/name", "every group needs a name"), "/name");
        String kindName = required(e.kind(), "/kind", "every group needs a kind: one of " + names(GroupKind.values()));
        GroupKind kind = GroupKind.fromFileName(kindName)
                .orElseThrow(() -> new FieldException(
                        "/kind",
                        "unknown group kind \"" + Text.abbreviate(kindName, 40) + "\"; expected one of "
                                + names(GroupKind.values())));
        String parent = e.parent() == null ? null : id("parent group", e.parent(), "/parent");
        Bounds bounds = null;
        int given = count(e.x(), e.y(), e.width(), e.height());
        if (given == 4) {
            double x = coordinate("x", e.x());
            double y = coordinate("y", e.y());
            double width = coordinate("width", e.width());
            double height = coordinate("height", e.height());
            if (width <= 0) {
                throw new FieldException("/width", "a frame needs a positive width, got " + number(width));
            }
            if (height <= 0) {
                throw new FieldException("/height", "a frame needs a positive height, got " + number(height));
            }
            bounds = field("", () -> new Bounds(x, y, width, height));
        } else if (given > 0) {
            String missing = e.x() == null ? "x" : e.y() == null ? "y" : e.width() == null ? "width" : "height";
            throw new FieldException(
                    "/" + missing,
                    "missing \"" + missing + "\": a frame needs all of x, y, width and height, or none of them");
        }
        Bounds frame = bounds;
        return field("", () -> new Group(id, name, kind, parent, frame));
    }

    Scenario scenario(ScenarioEntry e) {
        if (e == null) {
            return Scenario.DEFAULT;
        }
        Scenario result = attempt("/scenario", () -> {
            long seed = e.seed() == null ? Scenario.DEFAULT.seed() : e.seed();
            long duration = e.duration() == null
                    ? Scenario.DEFAULT_DURATION
                    : positiveDuration(e.duration(), "/duration", "run length");
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
        String client = id(
                "workload client",
                required(e.client(), "/client", "a workload needs the id of the client that sends it"),
                "/client");
        String target = e.target() == null ? null : id("workload target", e.target(), "/target");
        String load = e.load() == null ? "open" : e.load();
        LoadModel model;
        if (load.equals("open")) {
            double rate = requiredNumber(e.rate(), "/rate", "an open workload needs a rate in requests per second");
            boolean poisson;
            if (e.arrival() == null || e.arrival().equals("poisson")) {
                poisson = true;
            } else if (e.arrival().equals("uniform")) {
                poisson = false;
            } else {
                throw new FieldException(
                        "/arrival",
                        "unknown arrival \"" + Text.abbreviate(e.arrival(), 40) + "\"; expected poisson or uniform");
            }
            model = field("/rate", () -> new LoadModel.OpenLoop(rate, poisson));
        } else if (load.equals("closed")) {
            int users = (int) whole(e.users(), 1, 1, LoadModel.ClosedLoop.MAX_USERS, "/users", "the number of users");
            Distribution think = e.thinkTime() == null
                    ? new Distribution.Constant(0)
                    : field("/thinkTime", () -> ValueCodec.readDistribution(e.thinkTime()));
            model = field("/users", () -> new LoadModel.ClosedLoop(users, think));
        } else {
            throw new FieldException(
                    "/load",
                    "unknown load \"" + Text.abbreviate(load, 40)
                            + "\"; expected open (a rate) or closed (users who wait)");
        }
        double readRatio = e.readRatio() == null
                ? 0.8
                : probability("/readRatio", "readRatio (the share of reads)", e.readRatio());
        int keyCount =
                (int) whole(e.keys(), KeySpace.DEFAULT.count(), 1, KeySpace.MAX_KEYS, "/keys", "the number of keys");
        KeySpace keys = field("/zipf", () -> new KeySpace(keyCount, e.zipf() == null ? 0 : e.zipf()));
        long start = e.start() == null ? 0 : duration(e.start(), "/start");
        long stop = e.stop() == null ? -1 : duration(e.stop(), "/stop");
        if (stop != -1 && stop <= start) {
            throw new FieldException(
                    "/stop", "stop (" + Micros.format(stop) + ") must come after start (" + Micros.format(start) + ")");
        }
        int payload = (int)
                whole(e.payloadBytes(), 512, 0, Workload.MAX_PAYLOAD, "/payloadBytes", "the payload size in bytes");
        WriteKind writes = e.writes() == null
                ? WriteKind.PUT
                : WriteKind.fromFileName(e.writes())
                        .orElseThrow(() -> new FieldException(
                                "/writes",
                                "unknown writes \"" + Text.abbreviate(e.writes(), 40)
                                        + "\"; expected put (overwrite a value) or increment (add one to a counter)"));
        return field("", () -> new Workload(client, target, model, readRatio, keys, start, stop, payload, writes));
    }

    private static ScheduledFault fault(FaultEntry e) {
        long at = duration(required(e.at(), "/at", "a fault needs a time such as \"5s\""), "/at");
        String typeName = required(e.type(), "/type", "a fault needs a type: one of " + FaultType.fileNames());
        FaultType type = FaultType.fromFileName(typeName)
                .orElseThrow(() -> new FieldException(
                        "/type",
                        "unknown fault type \"" + Text.abbreviate(typeName, 40) + "\"; expected one of "
                                + FaultType.fileNames()));
        String what = "a " + type.fileName() + " fault";
        Fault fault =
                switch (type) {
                    case CRASH -> new Fault.Crash(processTarget(e, what));
                    case RECOVER -> new Fault.Recover(processTarget(e, what));
                    case PROMOTE -> {
                        String target = processTarget(e, what);
                        yield field("/target", () -> new Fault.Promote(target));
                    }
                    case SHUTDOWN -> {
                        String target = target(e, what);
                        long drain = e.drain() == null
                                ? Fault.Shutdown.DEFAULT_DRAIN
                                : positiveDuration(e.drain(), "/drain", "drain");
                        yield field("/drain", () -> new Fault.Shutdown(target, drain));
                    }
                    case PAUSE -> {
                        String target = processTarget(e, what);
                        JsonNode text =
                                required(e.duration(), "/duration", "a pause needs a duration such as \"500ms\"");
                        long duration = positiveDuration(text, "/duration", "pause");
                        yield field("/duration", () -> new Fault.Pause(target, duration));
                    }
                    case PARTITION -> {
                        String name = id(
                                "partition",
                                required(
                                        e.partition(),
                                        "/partition",
                                        "a partition needs a name that a heal can refer to"),
                                "/partition");
                        List<String> a = side(e.sideA(), "/sideA");
                        List<String> b = side(e.sideB(), "/sideB");
                        for (int i = 0; i < b.size(); i++) {
                            if (a.contains(b.get(i))) {
                                throw new FieldException(
                                        "/sideB/" + i,
                                        "partition " + name + " puts " + b.get(i)
                                                + " on both sides; each id belongs to one side only");
                            }
                        }
                        yield field("", () -> new Fault.Partition(name, a, b, Boolean.TRUE.equals(e.oneWay())));
                    }
                    case HEAL -> new Fault.Heal(
                            e.partition() == null ? null : id("partition", e.partition(), "/partition"));
                    case LINK_DOWN -> new Fault.LinkDown(link(e, what));
                    case LINK_UP -> new Fault.LinkUp(link(e, what));
                    case LINK_LOSS -> {
                        String link = link(e, what);
                        Double loss = e.loss();
                        if (loss == null || !(loss >= 0 && loss <= 1)) {
                            throw new FieldException(
                                    "/loss",
                                    loss == null
                                            ? "a link-loss fault needs a loss from 0.0 to 1.0, such as 0.2 for 20%"
                                            : "a loss must be from 0.0 to 1.0, got " + number(loss));
                        }
                        yield new Fault.LinkLoss(link, loss);
                    }
                    case CLOCK_SKEW -> {
                        String target = field(
                                "/target",
                                () -> Fault.ClockSkew.requireTarget(required(
                                        e.target(), "/target", what + " needs the id of a component as its target")));
                        long offset = e.offset() == null ? 0 : signedDuration(e.offset(), "/offset");
                        double drift = e.driftPpm() == null ? 0 : e.driftPpm();
                        if (!Double.isFinite(drift) || Math.abs(drift) > Fault.ClockSkew.MAX_DRIFT_PPM) {
                            throw new FieldException(
                                    "/driftPpm",
                                    "clock drift must be from -" + (long) Fault.ClockSkew.MAX_DRIFT_PPM + " to "
                                            + (long) Fault.ClockSkew.MAX_DRIFT_PPM + " ppm, got " + number(drift));
                        }
                        yield field("", () -> new Fault.ClockSkew(target, offset, drift));
                    }
                };
        return field("/at", () -> new ScheduledFault(at, fault));
    }

    private static String target(FaultEntry e, String what) {
        return id(
                "fault target",
                required(e.target(), "/target", what + " needs the id of a component as its target"),
                "/target");
    }

    /** The target of a fault on processes: a component id, or one instance such as {@code "orders-db#2"}. */
    private static String processTarget(FaultEntry e, String what) {
        String target = required(e.target(), "/target", what + " needs the id of a component as its target");
        return field("/target", () -> Fault.requireProcess("fault target", target));
    }

    private static String link(FaultEntry e, String what) {
        return id("link", required(e.link(), "/link", what + " needs the id of a link"), "/link");
    }

    private static List<String> side(List<String> value, String pointer) {
        if (value == null) {
            throw new FieldException(
                    pointer, "missing \"" + pointer.substring(1) + "\": a partition needs a list of ids on each side");
        }
        if (value.isEmpty()) {
            throw new FieldException(pointer, "a partition needs at least one component or group on each side");
        }
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i) == null) {
                throw new FieldException(pointer + "/" + i, "expected an id, found null");
            }
            String side = value.get(i);
            field(pointer + "/" + i, () -> Fault.Partition.requireSide(side));
        }
        return value;
    }

    private static long duration(JsonNode node, String pointer) {
        return field(pointer, () -> ValueCodec.readDuration(node));
    }

    private static long positiveDuration(JsonNode node, String pointer, String what) {
        long micros = duration(node, pointer);
        if (micros <= 0) {
            throw new FieldException(pointer, "the " + what + " must be longer than zero");
        }
        return micros;
    }

    /** A duration that may be negative, such as a clock offset of {@code "-50ms"}. */
    private static long signedDuration(JsonNode node, String pointer) {
        if (node.isTextual() && node.textValue().trim().startsWith("-")) {
            String rest = node.textValue().trim().substring(1);
            return -field(pointer, () -> Micros.parse(rest));
        }
        if (node.isTextual() && node.textValue().trim().startsWith("+")) {
            String rest = node.textValue().trim().substring(1);
            return field(pointer, () -> Micros.parse(rest));
        }
        return duration(node, pointer);
    }

    private static Position position(Double x, Double y) {
        if (x == null && y == null) {
            return null;
        }
        if (x == null || y == null) {
            String missing = x == null ? "x" : "y";
            throw new FieldException(
                    "/" + missing, "missing \"" + missing + "\": a position needs both x and y, or neither");
        }
        return new Position(coordinate("x", x), coordinate("y", y));
    }

    private static double coordinate(String name, double value) {
        if (!Double.isFinite(value) || Math.abs(value) > Position.LIMIT) {
            throw new FieldException(
                    "/" + name,
                    name + " must be a number from -" + (long) Position.LIMIT + " to " + (long) Position.LIMIT
                            + ", got " + number(value));
        }
        return value;
    }

    private static double probability(String pointer, String what, Double value) {
        if (value == null) {
            return 0;
        }
        if (!Double.isFinite(value) || value < 0 || value > 1) {
            throw new FieldException(pointer, what + " is a probability and must be from 0 to 1, got " + number(value));
        }
        return value;
    }

    private static long whole(Long value, long absent, long min, long max, String pointer, String what) {
        if (value == null) {
            return absent;
        }
        if (value < min || value > max) {
            throw new FieldException(pointer, what + " must be from " + min + " to " + max + ", got " + value);
        }
        return value;
    }

    private static <T> T required(T value, String pointer, String why) {
        if (value == null) {
            throw new FieldException(pointer, "missing \"" + pointer.substring(1) + "\": " + why);
        }
        return value;
    }

    private static double requiredNumber(Double value, String pointer, String why) {
        return required(value, pointer, why);
    }

    private static String id(String what, String value, String pointer) {
        return field(pointer, () -> Ids.require(what, value));
    }

    private static String text(String what, String value, String pointer) {
        return field(pointer, () -> Text.requireName(what, value, false));
    }

    /** A number as a user wrote it: 1.5, 0.001 or 1e300, not Java's 1.0E300. */
    private static String number(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        String plain = Double.toString(value);
        return plain.contains("E") ? plain.replace(".0E", "e").replace("E", "e") : plain;
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
            names.add(v.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        return String.join(", ", names);
    }
}
