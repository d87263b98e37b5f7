package dsw.model.trace;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the header, the first line of a trace file: format and version, seed, design, processes
 * and links, and numbers the processes and links by name for the lines that follow. Not
 * thread-safe.
 */
final class HeaderLine {
    private final JsonLine line;
    private final Map<String, Integer> processIndex;
    private final Map<String, Integer> linkIndex;

    private HeaderLine(JsonLine line, Map<String, Integer> processIndex, Map<String, Integer> linkIndex) {
        this.line = line;
        this.processIndex = processIndex;
        this.linkIndex = linkIndex;
    }

    /** The header on the current line; fills in the process and link numbers by name. */
    static TraceHeader read(JsonLine line, Map<String, Integer> processIndex, Map<String, Integer> linkIndex)
            throws IOException {
        return new HeaderLine(line, processIndex, linkIndex).header();
    }

    private TraceHeader header() throws IOException {
        String format = null;
        Long version = null;
        Long seed = null;
        String design = null;
        List<ProcessInfo> infos = null;
        List<String> links = null;
        try (JsonParser p = line.open(true)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw notATrace();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "format" -> format = line.text(p, field);
                    case "version" -> version = line.number(p, field, 0, Long.MAX_VALUE);
                    case "seed" -> seed = line.number(p, field, Long.MIN_VALUE, Long.MAX_VALUE);
                    case "design" -> design = line.text(p, field);
                    case "processes" -> infos = processes(p);
                    case "links" -> links = links(p);
                    default -> p.skipChildren();
                }
            }
            line.end(p);
        } catch (JsonProcessingException e) {
            throw line.syntax(e);
        }
        if (!TraceHeader.FORMAT.equals(format)) {
            throw notATrace();
        }
        if (version == null) {
            throw line.problem("the header has no \"version\"");
        }
        if (version != TraceHeader.VERSION) {
            throw line.problem(
                    version > TraceHeader.VERSION
                            ? "this trace has format version " + version + "; this dsw reads version "
                                    + TraceHeader.VERSION + " (a newer dsw wrote it)"
                            : "\"version\" must be " + TraceHeader.VERSION + ", not " + version);
        }
        line.require(seed, "seed", "the header");
        line.require(design, "design", "the header");
        line.require(infos, "processes", "the header");
        line.require(links, "links", "the header");
        return new TraceHeader(seed, design, infos, links);
    }

    private List<ProcessInfo> processes(JsonParser p) throws IOException {
        line.expect(p, JsonToken.START_ARRAY, "processes", "a list of processes [...]");
        List<ProcessInfo> infos = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String where = "processes[" + infos.size() + "]";
            line.expect(p, JsonToken.START_OBJECT, where, "an object {\"id\": ..., \"component\": ...}");
            String id = null;
            String component = null;
            String kind = null;
            Long instance = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "id" -> id = line.text(p, where + ".id");
                    case "component" -> component = line.text(p, where + ".component");
                    case "kind" -> kind = line.text(p, where + ".kind");
                    case "instance" -> instance = line.number(p, where + ".instance", 1, Integer.MAX_VALUE);
                    default -> p.skipChildren();
                }
            }
            line.require(id, "id", where);
            line.require(component, "component", where);
            line.require(kind, "kind", where);
            line.require(instance, "instance", where);
            if (processIndex.putIfAbsent(id, infos.size()) != null) {
                throw line.problem(where + ": the process id \"" + id + "\" appears twice; process ids are unique");
            }
            try {
                infos.add(new ProcessInfo(id, component, kind, instance.intValue()));
            } catch (IllegalArgumentException e) {
                throw line.problem(where + ": " + e.getMessage());
            }
        }
        return infos;
    }

    private List<String> links(JsonParser p) throws IOException {
        line.expect(p, JsonToken.START_ARRAY, "links", "a list of link ids [...]");
        List<String> links = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String link = line.text(p, "links[" + links.size() + "]");
            if (linkIndex.putIfAbsent(link, links.size()) != null) {
                throw line.problem("the link id \"" + link + "\" appears twice in \"links\"");
            }
            links.add(link);
        }
        return links;
    }

    private TraceFormatException notATrace() {
        return line.problem("this is not a dsw trace: the first line must be a header {\"format\":\""
                + TraceHeader.FORMAT + "\", ...}");
    }
}
