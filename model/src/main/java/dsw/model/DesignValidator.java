package dsw.model;

import dsw.model.kind.Behavior;
import dsw.model.pattern.Replication;
import dsw.model.scenario.Fault;
import dsw.model.scenario.Scenario;
import dsw.model.scenario.ScheduledFault;
import dsw.model.scenario.Workload;
import dsw.model.value.Micros;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the references between the parts of a design: unique ids, links between existing
 * components, frames that do not contain themselves, a scenario that names what exists. Each
 * problem carries the JSON pointer of the offending field in the file form. Thread-safe
 * (stateless).
 */
public final class DesignValidator {
    public static final int MAX_COMPONENTS = 10_000;
    public static final int MAX_LINKS = 50_000;
    public static final int MAX_GROUPS = 2_000;
    public static final int MAX_WORKLOADS = 10_000;
    public static final int MAX_FAULTS = 100_000;

    private DesignValidator() {}

    public static List<Problem> check(
            List<Component> components, List<Link> links, List<Group> groups, Scenario scenario) {
        List<Problem> problems = new ArrayList<>();
        if (!checkSizes(components, links, groups, scenario, problems)) {
            return problems;
        }
        Map<String, String> owners = new HashMap<>();
        Map<String, Component> componentsById = new HashMap<>();
        for (int i = 0; i < components.size(); i++) {
            Component c = components.get(i);
            claim(owners, c.id(), "/components/" + i, problems);
            componentsById.putIfAbsent(c.id(), c);
        }
        Map<String, Group> groupsById = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            claim(owners, g.id(), "/groups/" + i, problems);
            groupsById.putIfAbsent(g.id(), g);
        }
        Set<String> linkIds = new HashSet<>();
        for (int i = 0; i < links.size(); i++) {
            claim(owners, links.get(i).id(), "/links/" + i, problems);
            linkIds.add(links.get(i).id());
        }

        for (int i = 0; i < components.size(); i++) {
            String group = components.get(i).group();
            if (group != null && !groupsById.containsKey(group)) {
                problems.add(Problem.error(
                        "/components/" + i + "/group",
                        "unknown group \"" + group + "\"" + hint(group, componentsById.keySet(), linkIds)));
            }
        }
        checkReplication(components, problems);
        KeyPartitioningRules.check(components, scenario, problems);
        checkGroups(groups, groupsById, problems);
        checkLinks(links, componentsById, groupsById.keySet(), problems);
        checkScenario(scenario, links, componentsById, groupsById.keySet(), linkIds, problems);
        return problems;
    }

    /** Quorums fit the replica count, and only data components replicate. */
    private static void checkReplication(List<Component> components, List<Problem> problems) {
        for (int i = 0; i < components.size(); i++) {
            Component c = components.get(i);
            Replication replication = c.patterns().replication();
            if (replication.equals(Replication.NONE)) {
                continue;
            }
            String pointer = "/components/" + i + "/patterns/replication";
            Behavior behavior = c.kind().behavior();
            if (behavior != Behavior.DATABASE && behavior != Behavior.CACHE) {
                problems.add(Problem.error(
                        pointer,
                        c.id() + ": only a database or a cache can use " + replication.type() + " replication"));
                continue;
            }
            if (replication instanceof Replication.Leaderless quorum) {
                quorumFits(c, "R", quorum.r(), pointer + "/r", problems);
                quorumFits(c, "W", quorum.w(), pointer + "/w", problems);
            }
        }
    }

    private static void quorumFits(Component c, String name, int value, String pointer, List<Problem> problems) {
        if (value > c.replicas()) {
            problems.add(Problem.error(
                    pointer,
                    c.id() + ": " + name + " is " + value + " but it has " + c.replicas() + " replica"
                            + (c.replicas() == 1 ? "" : "s")));
        }
    }

    private static boolean checkSizes(
            List<Component> components,
            List<Link> links,
            List<Group> groups,
            Scenario scenario,
            List<Problem> problems) {
        limit(problems, "/components", "components", components.size(), MAX_COMPONENTS);
        limit(problems, "/links", "links", links.size(), MAX_LINKS);
        limit(problems, "/groups", "groups", groups.size(), MAX_GROUPS);
        limit(
                problems,
                "/scenario/workload",
                "workload entries",
                scenario.workload().size(),
                MAX_WORKLOADS);
        limit(
                problems,
                "/scenario/faults",
                "scheduled faults",
                scenario.faults().size(),
                MAX_FAULTS);
        return problems.isEmpty();
    }

    private static void limit(List<Problem> problems, String pointer, String what, int size, int max) {
        if (size > max) {
            problems.add(
                    Problem.error(pointer, "the design has " + size + " " + what + "; dsw handles at most " + max));
        }
    }

    private static void claim(Map<String, String> owners, String id, String pointer, List<Problem> problems) {
        String first = owners.putIfAbsent(id, pointer);
        if (first != null) {
            problems.add(Problem.error(
                    pointer + "/id",
                    "duplicate id \"" + id + "\": " + readable(first)
                            + " already uses it; ids must be unique across components, links and groups"));
        }
    }

    private static void checkGroups(List<Group> groups, Map<String, Group> byId, List<Problem> problems) {
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            if (g.parent() == null) {
                continue;
            }
            String pointer = "/groups/" + i + "/parent";
            if (!byId.containsKey(g.parent())) {
                problems.add(Problem.error(pointer, "unknown parent group \"" + g.parent() + "\""));
                continue;
            }
            List<String> chain = new ArrayList<>(List.of(g.id()));
            Set<String> seen = new LinkedHashSet<>(chain);
            for (Group at = byId.get(g.parent()); at != null; at = at.parent() == null ? null : byId.get(at.parent())) {
                chain.add(at.id());
                if (!seen.add(at.id())) {
                    if (at.id().equals(g.id())) {
                        problems.add(Problem.error(
                                pointer,
                                "group \"" + g.id() + "\" ends up inside itself (" + String.join(" in ", chain)
                                        + "); frames must nest like boxes"));
                    }
                    break;
                }
            }
        }
    }

    private static void checkLinks(
            List<Link> links, Map<String, Component> components, Set<String> groupIds, List<Problem> problems) {
        for (int i = 0; i < links.size(); i++) {
            Link l = links.get(i);
            String pointer = "/links/" + i;
            boolean fromKnown = components.containsKey(l.from());
            boolean toKnown = components.containsKey(l.to());
            if (!fromKnown) {
                problems.add(Problem.error(
                        pointer + "/from",
                        "link " + l.id() + " starts at unknown component \"" + l.from() + "\""
                                + groupHint(l.from(), groupIds)));
            }
            if (!toKnown) {
                problems.add(Problem.error(
                        pointer + "/to",
                        "link " + l.id() + " ends at unknown component \"" + l.to() + "\""
                                + groupHint(l.to(), groupIds)));
            }
            if (fromKnown && l.from().equals(l.to())) {
                problems.add(Problem.error(
                        pointer + "/to",
                        "link " + l.id() + " connects " + l.from()
                                + " to itself; a component calls itself without the network"));
            }
        }
    }

    private static void checkScenario(
            Scenario scenario,
            List<Link> links,
            Map<String, Component> components,
            Set<String> groupIds,
            Set<String> linkIds,
            List<Problem> problems) {
        List<Workload> workload = scenario.workload();
        for (int i = 0; i < workload.size(); i++) {
            Workload w = workload.get(i);
            String pointer = "/scenario/workload/" + i;
            Component client = components.get(w.client());
            if (client == null) {
                problems.add(Problem.error(pointer + "/client", "unknown client \"" + w.client() + "\""));
            } else if (client.kind().behavior() != Behavior.CLIENT) {
                problems.add(Problem.error(
                        pointer + "/client",
                        "\"" + w.client() + "\" is a "
                                + client.kind().name().toLowerCase(java.util.Locale.ROOT)
                                + ", not a client; only clients send workload"));
            } else if (w.target() != null) {
                if (!components.containsKey(w.target())) {
                    problems.add(Problem.error(pointer + "/target", "unknown target \"" + w.target() + "\""));
                } else if (links.stream().noneMatch(l -> canSend(l, w.client(), w.target()))) {
                    problems.add(Problem.error(
                            pointer + "/target",
                            "client " + w.client() + " has no link on which it can send to " + w.target()));
                }
            }
            if (w.start() >= scenario.duration()) {
                problems.add(Problem.warning(
                        pointer + "/start",
                        "starts at " + Micros.format(w.start()) + ", when the run ("
                                + Micros.format(scenario.duration()) + ") is already over"));
            }
        }
        Set<String> partitions = new HashSet<>();
        List<ScheduledFault> faults = scenario.faults();
        for (int i = 0; i < faults.size(); i++) {
            ScheduledFault scheduled = faults.get(i);
            String pointer = "/scenario/faults/" + i;
            checkFault(scheduled.fault(), pointer, components, groupIds, linkIds, partitions, problems);
            if (scheduled.at() > scenario.duration()) {
                problems.add(Problem.warning(
                        pointer + "/at",
                        "happens at " + Micros.format(scheduled.at()) + ", after the run ("
                                + Micros.format(scenario.duration()) + ") is over"));
            }
        }
    }

    private static void checkFault(
            Fault fault,
            String pointer,
            Map<String, Component> componentsById,
            Set<String> groups,
            Set<String> links,
            Set<String> partitions,
            List<Problem> problems) {
        Set<String> components = componentsById.keySet();
        switch (fault.type()) {
            case CRASH, RECOVER, PAUSE, PROMOTE -> checkProcess(
                    fault.targets().get(0), pointer + "/target", componentsById, groups, problems);
            case CLOCK_SKEW -> {
                String target = fault.targets().get(0);
                if (Fault.Partition.instanceOf(target) > 0) {
                    checkProcess(target, pointer + "/target", componentsById, groups, problems);
                } else if (!components.contains(target)) {
                    problems.add(Problem.error(
                            pointer + "/target", "unknown component \"" + target + "\"" + groupHint(target, groups)));
                }
            }
            case SHUTDOWN -> {
                String target = fault.targets().get(0);
                if (!components.contains(target)) {
                    problems.add(Problem.error(
                            pointer + "/target", "unknown component \"" + target + "\"" + groupHint(target, groups)));
                }
            }
            case LINK_DOWN, LINK_UP, LINK_LOSS -> {
                String link = fault.targets().get(0);
                if (!links.contains(link)) {
                    problems.add(Problem.error(pointer + "/link", "unknown link \"" + link + "\""));
                }
            }
            case PARTITION -> {
                Fault.Partition p = (Fault.Partition) fault;
                checkSide(p.sideA(), pointer + "/sideA", componentsById, groups, problems);
                checkSide(p.sideB(), pointer + "/sideB", componentsById, groups, problems);
                partitions.add(p.name());
            }
            case HEAL -> {
                String name = ((Fault.Heal) fault).partition();
                if (name != null && !partitions.contains(name)) {
                    problems.add(Problem.error(
                            pointer + "/partition",
                            "no partition named \"" + name + "\" is scheduled before this heal"));
                }
            }
        }
    }

    /** A fault's target that names a component, or one instance of it such as {@code "db#2"}. */
    private static void checkProcess(
            String target,
            String pointer,
            Map<String, Component> components,
            Set<String> groups,
            List<Problem> problems) {
        int instance = Fault.Partition.instanceOf(target);
        Component component = components.get(Fault.Partition.componentOf(target));
        if (component == null) {
            String id = Fault.Partition.componentOf(target);
            problems.add(Problem.error(pointer, "unknown component \"" + id + "\"" + groupHint(id, groups)));
        } else if (instance > component.instances()) {
            problems.add(Problem.error(pointer, tooFew(target, instance, component)));
        }
    }

    private static String tooFew(String id, int instance, Component component) {
        return "\"" + id + "\" names instance " + instance + " but " + component.id() + " has "
                + instancesOf(component);
    }

    private static void checkSide(
            List<String> side,
            String pointer,
            Map<String, Component> components,
            Set<String> groups,
            List<Problem> problems) {
        for (int i = 0; i < side.size(); i++) {
            String id = side.get(i);
            int instance = Fault.Partition.instanceOf(id);
            Component component = components.get(Fault.Partition.componentOf(id));
            if (instance > 0 && component != null && instance > component.instances()) {
                problems.add(Problem.error(pointer + "/" + i, tooFew(id, instance, component)));
            } else if (instance > 0 && component == null) {
                problems.add(Problem.error(
                        pointer + "/" + i, "unknown component \"" + Fault.Partition.componentOf(id) + "\""));
            } else if (instance == 0 && !components.containsKey(id) && !groups.contains(id)) {
                problems.add(Problem.error(pointer + "/" + i, "unknown component or group \"" + id + "\""));
            }
        }
    }

    /** "3 replicas", or for a partitioned component "6 instances (2 partitions of 3 replicas)". */
    private static String instancesOf(Component c) {
        String replicas = c.replicas() + " replica" + (c.replicas() == 1 ? "" : "s");
        int partitions = KeyPartitioning.partitionsOf(c);
        return partitions == 1
                ? replicas
                : c.instances() + " instances (" + partitions + " partitions of " + replicas + ")";
    }

    private static boolean canSend(Link link, String from, String to) {
        return (link.from().equals(from) && link.to().equals(to))
                || (link.direction() == LinkDirection.BOTH
                        && link.from().equals(to)
                        && link.to().equals(from));
    }

    /** {@code /components/2} as a user reads it: {@code components[2]}. */
    private static String readable(String pointer) {
        return pointer.substring(1).replaceAll("/(\\d+)", "[$1]").replace('/', '.');
    }

    private static String groupHint(String id, Set<String> groupIds) {
        return groupIds.contains(id) ? " (\"" + id + "\" is a group; links and faults name components)" : "";
    }

    private static String hint(String id, Set<String> componentIds, Set<String> linkIds) {
        if (componentIds.contains(id)) {
            return " (\"" + id + "\" is a component, not a group)";
        }
        return linkIds.contains(id) ? " (\"" + id + "\" is a link, not a group)" : "";
    }
}
