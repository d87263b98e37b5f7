package dsw.simulation.testkit;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Group;
import dsw.model.Link;
import dsw.model.NetworkProfile;
import dsw.model.kind.Behavior;
import dsw.model.scenario.Fault;
import dsw.model.scenario.FaultType;
import dsw.model.scenario.ScheduledFault;
import dsw.model.trace.DropReason;
import dsw.model.trace.EventType;
import dsw.model.trace.MessageKind;
import dsw.model.trace.Trace;
import dsw.model.value.Micros;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Named predicates over a finished run's trace, each computed from the trace (and the design and
 * fault schedule it ran) by its own means, never by asking the simulator. Each returns the
 * {@link Violations} it found. Thread-safe (stateless).
 */
public final class TraceInvariants {
    private TraceInvariants() {}

    /** What a check needs: the trace, the design that made it and every fault of the run. */
    public record Run(Trace trace, Design design, List<ScheduledFault> faults, long end) {}

    /** "Events are in execution order": time never decreases; each message is sent once, before its fate. */
    public static Violations executionOrder(Trace trace) {
        Violations v = new Violations("events are in execution order");
        int[] sends = new int[trace.messageCount()];
        Arrays.fill(sends, -1);
        for (int seq = 0; seq < trace.size(); seq++) {
            if (seq > 0 && trace.time(seq) < trace.time(seq - 1)) {
                v.add(describe(trace, seq) + " comes after " + describe(trace, seq - 1) + " but is earlier");
            }
            EventType type = trace.type(seq);
            int msg = trace.message(seq);
            boolean carriesMessage = type == EventType.SEND || type == EventType.RECEIVE || type == EventType.DROP;
            if (carriesMessage != (msg >= 0) || msg >= trace.messageCount()) {
                v.add(describe(trace, seq) + (carriesMessage ? " has no valid message" : " carries a message"));
                continue;
            }
            if (type == EventType.SEND) {
                if (sends[msg] >= 0) {
                    v.add("message " + msg + " is sent twice: " + describe(trace, sends[msg]) + " and " + seq);
                }
                sends[msg] = seq;
                if (trace.sendSeq(msg) != seq) {
                    v.add("message " + msg + " says it was sent by event " + trace.sendSeq(msg) + ", not " + seq);
                }
            } else if (carriesMessage) {
                int send = trace.sendSeq(msg);
                if (send < 0 || send >= seq || sends[msg] != send) {
                    v.add(describe(trace, seq) + " comes before the send of its message (event " + send + ")");
                } else if (trace.time(send) > trace.time(seq)) {
                    v.add(describe(trace, seq) + " is earlier than its send " + describe(trace, send));
                }
            }
        }
        for (int msg = 0; msg < sends.length; msg++) {
            if (sends[msg] < 0) {
                v.add("message " + msg + " has no send event");
            }
        }
        return v;
    }

    /**
     * "Every process event ticks": per process the Lamport clock strictly increases; drops and
     * fault events belong to no process and carry Lamport 0.
     */
    public static Violations everyProcessEventTicks(Trace trace) {
        Violations v = new Violations("every process event ticks; drops and faults have no process and Lamport 0");
        long[] last = new long[trace.header().processCount()];
        for (int seq = 0; seq < trace.size(); seq++) {
            EventType type = trace.type(seq);
            int p = trace.process(seq);
            if (!type.isProcessEvent()) {
                if (p != -1 || trace.lamport(seq) != 0) {
                    v.add(describe(trace, seq) + " should have process -1 and Lamport 0");
                }
                continue;
            }
            if (p < 0 || p >= last.length) {
                v.add(describe(trace, seq) + " has no valid process");
                continue;
            }
            if (trace.lamport(seq) <= last[p]) {
                v.add(describe(trace, seq) + " has Lamport " + trace.lamport(seq) + ", not above the previous "
                        + last[p]);
            }
            last[p] = trace.lamport(seq);
        }
        return v;
    }

    /**
     * "Lamport rules": a local, send, crash, recover, pause or resume event is the previous value
     * plus one; a receive is the larger of the previous value and the sender's value at the send,
     * plus one.
     */
    public static Violations lamportRules(Trace trace) {
        Violations v = new Violations("each Lamport value follows the rules");
        long[] last = new long[trace.header().processCount()];
        for (int seq = 0; seq < trace.size(); seq++) {
            int p = trace.process(seq);
            if (!trace.type(seq).isProcessEvent() || p < 0) {
                continue;
            }
            long expected = last[p] + 1;
            if (trace.type(seq) == EventType.RECEIVE) {
                expected = Math.max(last[p], trace.lamport(trace.sendSeq(trace.message(seq)))) + 1;
            }
            if (trace.lamport(seq) != expected) {
                v.add(describe(trace, seq) + " has Lamport " + trace.lamport(seq) + ", expected " + expected);
            }
            last[p] = trace.lamport(seq);
        }
        return v;
    }

    /**
     * "The clock condition": if e happens before f then L(e) < L(f). Happens-before is the
     * transitive closure of (previous event of the same process) and (send to each receive of that
     * message), searched here from every edge and, as a whole graph search, from {@code sources}
     * random events.
     */
    public static Violations clockCondition(Trace trace, int sources, long seed) {
        Violations v = new Violations("if e happens before f then L(e) < L(f)");
        int n = trace.size();
        int[] nextOfProcess = new int[n];
        Arrays.fill(nextOfProcess, -1);
        int[] lastOfProcess = new int[trace.header().processCount()];
        Arrays.fill(lastOfProcess, -1);
        Map<Integer, List<Integer>> receives = new HashMap<>();
        List<Integer> processEvents = new ArrayList<>();
        for (int seq = 0; seq < n; seq++) {
            int p = trace.process(seq);
            if (!trace.type(seq).isProcessEvent() || p < 0) {
                continue;
            }
            processEvents.add(seq);
            if (lastOfProcess[p] >= 0) {
                nextOfProcess[lastOfProcess[p]] = seq;
            }
            lastOfProcess[p] = seq;
            if (trace.type(seq) == EventType.RECEIVE) {
                receives.computeIfAbsent(trace.message(seq), m -> new ArrayList<>())
                        .add(seq);
            }
        }
        // Every edge.
        for (int e : processEvents) {
            for (int f : successors(trace, e, nextOfProcess, receives)) {
                if (trace.lamport(e) >= trace.lamport(f)) {
                    v.add(describe(trace, e) + " happens before " + describe(trace, f) + " but L " + trace.lamport(e)
                            + " >= " + trace.lamport(f));
                }
            }
        }
        // Whole searches from random sources.
        SplittableRandom random = new SplittableRandom(seed);
        boolean[] seen = new boolean[n];
        for (int s = 0; s < sources && !processEvents.isEmpty(); s++) {
            int source = processEvents.get(random.nextInt(processEvents.size()));
            Arrays.fill(seen, false);
            ArrayDeque<Integer> todo = new ArrayDeque<>(List.of(source));
            seen[source] = true;
            while (!todo.isEmpty()) {
                int e = todo.poll();
                for (int f : successors(trace, e, nextOfProcess, receives)) {
                    if (!seen[f]) {
                        seen[f] = true;
                        todo.add(f);
                        if (trace.lamport(source) >= trace.lamport(f)) {
                            v.add(describe(trace, source) + " happens before " + describe(trace, f) + " but L "
                                    + trace.lamport(source) + " >= " + trace.lamport(f));
                        }
                    }
                }
            }
        }
        return v;
    }

    private static List<Integer> successors(
            Trace trace, int e, int[] nextOfProcess, Map<Integer, List<Integer>> receives) {
        List<Integer> next = new ArrayList<>(2);
        if (nextOfProcess[e] >= 0) {
            next.add(nextOfProcess[e]);
        }
        if (trace.type(e) == EventType.SEND) {
            next.addAll(receives.getOrDefault(trace.message(e), List.of()));
        }
        return next;
    }

    /**
     * "Crashed and paused processes are silent": between a crash and the next recover a process
     * records nothing but the recover; between a pause and the resume it sends, receives and
     * records nothing (a crash or a longer pause may come). Crashes happen only to running
     * processes, recoveries only to crashed ones, resumes only to paused ones.
     */
    public static Violations crashedAndPausedProcessesAreSilent(Trace trace) {
        Violations v = new Violations("no event at a crashed process, no send or receive at a paused one");
        int processes = trace.header().processCount();
        int[] crashedAt = new int[processes];
        int[] pausedAt = new int[processes];
        Arrays.fill(crashedAt, -1);
        Arrays.fill(pausedAt, -1);
        for (int seq = 0; seq < trace.size(); seq++) {
            int p = trace.process(seq);
            if (p < 0) {
                continue;
            }
            EventType type = trace.type(seq);
            if (crashedAt[p] >= 0) {
                if (type == EventType.RECOVER) {
                    crashedAt[p] = -1;
                } else {
                    v.add(describe(trace, seq) + " while crashed since event " + crashedAt[p]);
                }
                continue;
            }
            switch (type) {
                case CRASH -> {
                    crashedAt[p] = seq;
                    pausedAt[p] = -1;
                }
                case RECOVER -> v.add(describe(trace, seq) + " recovers a process that has not crashed");
                case PAUSE -> pausedAt[p] = pausedAt[p] >= 0 ? pausedAt[p] : seq;
                case RESUME -> {
                    if (pausedAt[p] < 0) {
                        v.add(describe(trace, seq) + " resumes a process that is not paused");
                    }
                    pausedAt[p] = -1;
                }
                default -> {
                    if (pausedAt[p] >= 0) {
                        v.add(describe(trace, seq) + " while paused since event " + pausedAt[p]);
                    }
                }
            }
        }
        return v;
    }

    /**
     * "Process fault events follow the schedule": each crash, recover and pause event happens at the
     * time of a scheduled fault of that type on the process's component, and each fault event
     * (partition, heal, link down or up, clock skew) is the next such scheduled fault, in time
     * order, at its time and with its description.
     */
    public static Violations faultEventsFollowTheSchedule(Run run) {
        Violations v = new Violations("fault events follow the fault schedule");
        Trace trace = run.trace();
        List<ScheduledFault> network = networkFaults(run);
        int next = 0;
        for (int seq = 0; seq < trace.size(); seq++) {
            EventType type = trace.type(seq);
            if (type == EventType.FAULT) {
                if (next >= network.size()) {
                    v.add(describe(trace, seq) + " matches no scheduled fault");
                    continue;
                }
                ScheduledFault f = network.get(next++);
                if (f.at() != trace.time(seq) || !f.fault().describe().equals(trace.detail(seq))) {
                    v.add(describe(trace, seq) + " should be \"" + f.fault().describe() + "\" at "
                            + Micros.format(f.at()));
                }
            } else if (type == EventType.CRASH || type == EventType.RECOVER || type == EventType.PAUSE) {
                FaultType wanted = FaultType.valueOf(type.name());
                String component =
                        trace.header().processes().get(trace.process(seq)).component();
                String processId =
                        trace.header().processes().get(trace.process(seq)).id();
                long t = trace.time(seq);
                boolean scheduled = run.faults().stream()
                        .anyMatch(f -> ((f.at() == t && f.fault().type() == wanted)
                                        || (wanted == FaultType.CRASH
                                                && f.fault() instanceof Fault.Shutdown s
                                                && f.at() <= t
                                                && t <= f.at() + s.drain()))
                                && (f.fault().targets().get(0).equals(component)
                                        || f.fault().targets().get(0).equals(processId)));
                if (!scheduled) {
                    v.add(describe(trace, seq) + " matches no scheduled "
                            + wanted.name().toLowerCase() + " of " + component);
                }
            }
        }
        if (next < network.size()) {
            ScheduledFault f = network.get(next);
            v.add("scheduled \"" + f.fault().describe() + "\" at " + Micros.format(f.at()) + " never happened");
        }
        return v;
    }

    /** Partitions, heals, link faults and skews that the run reached, in the order they apply. */
    private static List<ScheduledFault> networkFaults(Run run) {
        List<ScheduledFault> network = new ArrayList<>();
        for (ScheduledFault f : run.faults()) {
            FaultType t = f.fault().type();
            boolean recorded = t == FaultType.PARTITION
                    || t == FaultType.HEAL
                    || t == FaultType.LINK_DOWN
                    || t == FaultType.LINK_UP
                    || t == FaultType.CLOCK_SKEW
                    || t == FaultType.PROMOTE;
            if (recorded && f.at() <= run.end()) {
                network.add(f);
            }
        }
        network.sort(Comparator.comparingLong(ScheduledFault::at)); // stable: ties keep schedule order
        return network;
    }

    /**
     * "Every drop has a reason that fits": partition drops only while a partition separates the
     * ends in the message's direction; link-down drops only while the link is down or for a copy
     * that was on the link when it went down; crash drops only while the receiver is crashed;
     * corruption and loss only on links with those probabilities above zero; queue-full only for
     * messages published to a queue. Events that are not drops have no reason.
     */
    public static Violations dropsHaveFittingReasons(Run run) {
        Violations v = new Violations("every drop has a reason that fits the faults and the link");
        Trace trace = run.trace();
        Design design = run.design();
        List<ScheduledFault> network = networkFaults(run);
        int nextFault = 0;
        Map<String, Fault.Partition> partitions = new LinkedHashMap<>();
        Set<String> downLinks = new HashSet<>();
        Map<String, Integer> lastDown = new HashMap<>();
        boolean[] crashed = new boolean[trace.header().processCount()];
        for (int seq = 0; seq < trace.size(); seq++) {
            EventType type = trace.type(seq);
            if (type == EventType.FAULT && nextFault < network.size()) {
                Fault f = network.get(nextFault++).fault();
                switch (f.type()) {
                    case PARTITION -> partitions.put(((Fault.Partition) f).name(), (Fault.Partition) f);
                    case HEAL -> {
                        String name = ((Fault.Heal) f).partition();
                        if (name == null) {
                            partitions.clear();
                        } else {
                            partitions.remove(name);
                        }
                    }
                    case LINK_DOWN -> {
                        downLinks.add(((Fault.LinkDown) f).link());
                        lastDown.put(((Fault.LinkDown) f).link(), seq);
                    }
                    case LINK_UP -> downLinks.remove(((Fault.LinkUp) f).link());
                    default -> {}
                }
            } else if (type == EventType.CRASH) {
                crashed[trace.process(seq)] = true;
            } else if (type == EventType.RECOVER) {
                crashed[trace.process(seq)] = false;
            }
            DropReason reason = trace.reason(seq);
            if (type != EventType.DROP) {
                if (reason != DropReason.NONE) {
                    v.add(describe(trace, seq) + " is not a drop but has reason " + reason);
                }
                continue;
            }
            int msg = trace.message(seq);
            Link link = design.links().get(trace.messageLink(msg));
            NetworkProfile profile = link.network();
            String from = component(trace, trace.messageFrom(msg));
            String to = component(trace, trace.messageTo(msg));
            boolean fits =
                    switch (reason) {
                        case NONE -> false;
                        case PARTITION -> partitions.values().stream().anyMatch(p -> separates(design, p, from, to));
                        case LINK_DOWN -> downLinks.contains(link.id())
                                || lastDown.getOrDefault(link.id(), -1) > trace.sendSeq(msg);
                        case CRASH -> crashed[trace.messageTo(msg)];
                        case CORRUPT -> profile.corruption() > 0;
                        case LOSS -> profile.loss() > 0;
                        case QUEUE_FULL -> design.requireComponent(to).kind().behavior() == Behavior.QUEUE
                                && trace.messageKind(msg) == MessageKind.PUBLISH;
                    };
            if (!fits) {
                v.add(describe(trace, seq) + " on link " + link.id() + " has reason " + reason
                        + ", which nothing explains (partitions " + partitions.keySet() + ", links down " + downLinks
                        + ")");
            }
        }
        return v;
    }

    /** Whether a partition drops messages from component {@code from} to component {@code to}. */
    static boolean separates(Design design, Fault.Partition p, String from, String to) {
        Set<String> a = expand(design, p.sideA());
        Set<String> b = expand(design, p.sideB());
        return (a.contains(from) && b.contains(to)) || (!p.oneWay() && b.contains(from) && a.contains(to));
    }

    private static Set<String> expand(Design design, List<String> side) {
        Set<String> ids = new HashSet<>();
        for (String id : side) {
            for (Component c : design.components()) {
                if (c.id().equals(id) || inFrame(design, c.group(), id)) {
                    ids.add(c.id());
                }
            }
        }
        return ids;
    }

    private static boolean inFrame(Design design, String group, String frame) {
        Map<String, String> parents = new HashMap<>();
        for (Group g : design.groups()) {
            if (g.parent() != null) {
                parents.put(g.id(), g.parent());
            }
        }
        for (String g = group; g != null; g = parents.get(g)) {
            if (g.equals(frame)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Receives reach the addressee": a send is made by the message's sender, a receive happens at
     * its addressee, a message is received at most once per copy, and a duplicated message's
     * receives all carry its one id.
     */
    public static Violations receivesReachTheAddressee(Trace trace) {
        Violations v = new Violations("sends come from the sender, receives reach the addressee, once per copy");
        int[] receives = new int[trace.messageCount()];
        for (int seq = 0; seq < trace.size(); seq++) {
            int msg = trace.message(seq);
            EventType type = trace.type(seq);
            if (type == EventType.SEND && trace.process(seq) != trace.messageFrom(msg)) {
                v.add(describe(trace, seq) + " is a send by someone other than " + trace.messageFrom(msg));
            }
            if (type == EventType.RECEIVE) {
                if (trace.process(seq) != trace.messageTo(msg)) {
                    v.add(describe(trace, seq) + " is addressed to process " + trace.messageTo(msg));
                }
                if (++receives[msg] > trace.messageCopies(msg)) {
                    v.add(describe(trace, seq) + " is receive number " + receives[msg] + " of a message with "
                            + trace.messageCopies(msg) + " copies");
                }
            }
        }
        return v;
    }

    /**
     * "Copies are conserved so far": every message has 1 or 2 copies, and receives plus drops of
     * it never exceed its copies.
     */
    public static Violations copiesNeverOverspent(Trace trace) {
        Violations v = new Violations("receives plus drops of a message never exceed its copies");
        int[] fates = fates(trace, Long.MAX_VALUE);
        for (int msg = 0; msg < trace.messageCount(); msg++) {
            int copies = trace.messageCopies(msg);
            if (copies < 1 || copies > 2) {
                v.add(TraceText.message(trace, msg) + " has " + copies + " copies");
            }
            if (fates[msg] > copies) {
                v.add(TraceText.message(trace, msg) + " was received or dropped " + fates[msg] + " times");
            }
        }
        return v;
    }

    /** For each message, how many of its copies were received or dropped at or before {@code until}. */
    public static int[] fates(Trace trace, long until) {
        int[] fates = new int[trace.messageCount()];
        for (int seq = 0; seq < trace.size() && trace.time(seq) <= until; seq++) {
            EventType type = trace.type(seq);
            if (type == EventType.RECEIVE || type == EventType.DROP) {
                fates[trace.message(seq)]++;
            }
        }
        return fates;
    }

    /**
     * "Physical clocks agree with virtual time until skewed": drops and faults read the virtual
     * time, and so does every process whose component has not had a clock skew yet.
     */
    public static Violations physicalClocksUntilSkewed(Run run) {
        Violations v = new Violations("physical time equals virtual time until a clock skew");
        Trace trace = run.trace();
        for (int seq = 0; seq < trace.size(); seq++) {
            int p = trace.process(seq);
            long t = trace.time(seq);
            if (p >= 0) {
                String component = component(trace, p);
                boolean skewed = run.faults().stream()
                        .anyMatch(f -> f.fault().type() == FaultType.CLOCK_SKEW
                                && f.at() <= t
                                && f.fault().targets().get(0).equals(component));
                if (skewed) {
                    continue;
                }
            }
            if (trace.physical(seq) != t) {
                v.add(describe(trace, seq) + " reads physical " + trace.physical(seq) + " at t " + t);
            }
        }
        return v;
    }

    static String component(Trace trace, int process) {
        return trace.header().processes().get(process).component();
    }

    /** An event in words, for failure messages. */
    public static String describe(Trace trace, int seq) {
        int p = trace.process(seq);
        int msg = trace.message(seq);
        String at = p >= 0 ? " at " + trace.header().processName(p) : "";
        String message = msg >= 0 && msg < trace.messageCount()
                ? " of msg " + msg + " (" + trace.header().processName(trace.messageFrom(msg)) + "->"
                        + trace.header().processName(trace.messageTo(msg)) + " " + trace.messageLabel(msg) + ")"
                : "";
        String reason = trace.reason(seq) == DropReason.NONE
                ? ""
                : " " + trace.reason(seq).wireName();
        String detail = trace.detail(seq) == null ? "" : " \"" + trace.detail(seq) + "\"";
        return "event " + seq + " (t=" + Micros.format(trace.time(seq)) + " " + trace.type(seq) + reason + at + message
                + detail + " L=" + trace.lamport(seq) + ")";
    }
}
