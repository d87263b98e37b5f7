package dsw.model.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Group;
import dsw.model.Link;
import dsw.model.NetworkProfile;
import dsw.model.file.DesignDocument.ComponentEntry;
import dsw.model.file.DesignDocument.FaultEntry;
import dsw.model.file.DesignDocument.GroupEntry;
import dsw.model.file.DesignDocument.LinkEntry;
import dsw.model.file.DesignDocument.ScenarioEntry;
import dsw.model.file.DesignDocument.WorkloadEntry;
import dsw.model.json.ValueCodec;
import dsw.model.kind.PropertyValue;
import dsw.model.pattern.ComponentPatterns;
import dsw.model.pattern.ConsistencyModel;
import dsw.model.pattern.PatternSettings;
import dsw.model.pattern.Replication;
import dsw.model.scenario.Fault;
import dsw.model.scenario.LoadModel;
import dsw.model.scenario.ScheduledFault;
import dsw.model.scenario.Workload;
import dsw.model.scenario.WriteKind;
import dsw.model.value.Micros;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a design into its file form. Every property is written, defaults included, so a file says
 * exactly what a run will do even if a later dsw changes a default. Thread-safe (stateless).
 */
final class DocumentWriter {
    private DocumentWriter() {}

    static DesignDocument write(Design design) {
        return write(design, DesignFiles.SCHEMA_VERSION);
    }

    /** The file form stamped with {@code schemaVersion}, the version the caller's reader expects. */
    static DesignDocument write(Design design, int schemaVersion) {
        return new DesignDocument(
                schemaVersion,
                design.name(),
                design.description().isEmpty() ? null : design.description(),
                design.components().stream().map(DocumentWriter::component).toList(),
                design.links().stream().map(DocumentWriter::link).toList(),
                design.groups().stream().map(DocumentWriter::group).toList(),
                scenario(design));
    }

    private static ComponentEntry component(Component c) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        for (Map.Entry<String, PropertyValue> p : c.properties().entrySet()) {
            properties.put(p.getKey(), ValueCodec.writeProperty(p.getValue()));
        }
        ComponentPatterns patterns = c.patterns();
        Map<String, JsonNode> patternsEntry = null;
        if (!patterns.isDefault()) {
            patternsEntry = new LinkedHashMap<>();
            if (patterns.replication() != Replication.NONE) {
                patternsEntry.put("replication", ReplicationForm.write(patterns.replication()));
            }
            if (patterns.consistency() != ConsistencyModel.NONE) {
                patternsEntry.put(
                        "consistency", TextNode.valueOf(patterns.consistency().fileName()));
            }
            putPatterns(patternsEntry, patterns.enabled());
        }
        return new ComponentEntry(
                c.id(),
                c.name(),
                c.kind().id(),
                c.group(),
                c.position() == null ? null : c.position().x(),
                c.position() == null ? null : c.position().y(),
                properties,
                patternsEntry);
    }

    private static LinkEntry link(Link l) {
        NetworkProfile n = l.network();
        return new LinkEntry(
                l.id(),
                l.from(),
                l.to(),
                l.direction().fileName(),
                l.mode().fileName(),
                l.label().isEmpty() ? null : l.label(),
                ValueCodec.writeDistribution(n.latency()),
                n.loss(),
                n.duplication(),
                n.reorder(),
                n.corruption(),
                n.bandwidth().format(),
                l.patterns().isDefault()
                        ? null
                        : putPatterns(new LinkedHashMap<>(), l.patterns().enabled()));
    }

    private static GroupEntry group(Group g) {
        var b = g.bounds();
        return new GroupEntry(
                g.id(),
                g.name(),
                g.kind().fileName(),
                g.parent(),
                b == null ? null : b.x(),
                b == null ? null : b.y(),
                b == null ? null : b.width(),
                b == null ? null : b.height());
    }

    private static ScenarioEntry scenario(Design design) {
        var s = design.scenario();
        return new ScenarioEntry(
                s.seed(),
                ValueCodec.writeDuration(s.duration()),
                s.workload().stream().map(DocumentWriter::workload).toList(),
                s.faults().stream().map(DocumentWriter::fault).toList());
    }

    private static WorkloadEntry workload(Workload w) {
        Double rate = null;
        String arrival = null;
        Long users = null;
        JsonNode think = null;
        if (w.load() instanceof LoadModel.OpenLoop open) {
            rate = open.ratePerSecond();
            arrival = open.poisson() ? "poisson" : "uniform";
        } else if (w.load() instanceof LoadModel.ClosedLoop closed) {
            users = (long) closed.users();
            think = ValueCodec.writeDistribution(closed.thinkTime());
        }
        return new WorkloadEntry(
                w.client(),
                w.target(),
                w.load().type(),
                rate,
                arrival,
                users,
                think,
                w.readRatio(),
                (long) w.keys().count(),
                w.keys().zipfExponent(),
                ValueCodec.writeDuration(w.start()),
                w.runsUntilEnd() ? null : ValueCodec.writeDuration(w.stop()),
                (long) w.payloadBytes(),
                w.writes() == WriteKind.PUT ? null : w.writes().fileName());
    }

    private static FaultEntry fault(ScheduledFault scheduled) {
        JsonNode at = ValueCodec.writeDuration(scheduled.at());
        Fault f = scheduled.fault();
        String type = f.type().fileName();
        return switch (f.type()) {
            case CRASH, RECOVER, PROMOTE -> new FaultEntry(
                    at, type, f.targets().get(0), null, null, null, null, null, null, null, null, null, null);
            case PAUSE -> {
                Fault.Pause p = (Fault.Pause) f;
                yield new FaultEntry(
                        at,
                        type,
                        p.target(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        ValueCodec.writeDuration(p.duration()),
                        null,
                        null,
                        null,
                        null);
            }
            case PARTITION -> {
                Fault.Partition p = (Fault.Partition) f;
                yield new FaultEntry(
                        at, type, null, null, p.name(), p.sideA(), p.sideB(), p.oneWay(), null, null, null, null, null);
            }
            case HEAL -> new FaultEntry(
                    at, type, null, null, ((Fault.Heal) f).partition(), null, null, null, null, null, null, null, null);
            case LINK_DOWN, LINK_UP -> new FaultEntry(
                    at, type, null, f.targets().get(0), null, null, null, null, null, null, null, null, null);
            case LINK_LOSS -> new FaultEntry(
                    at,
                    type,
                    null,
                    f.targets().get(0),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    ((Fault.LinkLoss) f).loss(),
                    null);
            case SHUTDOWN -> {
                Fault.Shutdown d = (Fault.Shutdown) f;
                yield new FaultEntry(
                        at,
                        type,
                        d.target(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        ValueCodec.writeDuration(d.drain()));
            }
            case CLOCK_SKEW -> {
                Fault.ClockSkew c = (Fault.ClockSkew) f;
                JsonNode offset = JsonNodeFactory.instance.textNode(
                        (c.offset() < 0 ? "-" : "") + Micros.format(Math.abs(c.offset())));
                yield new FaultEntry(
                        at, type, c.target(), null, null, null, null, null, null, offset, c.driftPpm(), null, null);
            }
        };
    }

    private static Map<String, JsonNode> putPatterns(Map<String, JsonNode> out, List<PatternSettings> enabled) {
        for (PatternSettings s : enabled) {
            ObjectNode settings = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, PropertyValue> v : s.values().entrySet()) {
                settings.set(v.getKey(), ValueCodec.writeProperty(v.getValue()));
            }
            out.put(s.id(), settings);
        }
        return out;
    }
}
