package dsw.app.scenario;

import dsw.model.Design;
import dsw.model.scenario.LoadModel;
import dsw.model.scenario.Scenario;
import dsw.model.scenario.ScheduledFault;
import dsw.model.scenario.Workload;
import dsw.model.value.Micros;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Describes a design's scenario in words for the inspector and the Scenario window: the seed, the
 * run length, each client's workload and the fault schedule in time order, naming components by
 * their names. Thread-safe (stateless).
 */
public final class ScenarioText {
    private ScenarioText() {}

    public static String runLength(Scenario scenario) {
        return Micros.humanize(scenario.duration());
    }

    /** "1 client sends requests" style summary of the workload. */
    public static String workloadSummary(Scenario scenario) {
        int n = scenario.workload().size();
        return n == 0 ? "no clients send requests" : count(n, "workload") + " (" + totalRate(scenario) + ")";
    }

    public static String faultSummary(Scenario scenario) {
        int n = scenario.faults().size();
        return n == 0 ? "no faults" : count(n, "scheduled fault");
    }

    /** One line per workload, such as "Browsers → Load balancer: 200 requests/s, Poisson arrivals". */
    public static List<String> workloads(Design design) {
        return design.scenario().workload().stream()
                .map(w -> workload(design, w))
                .toList();
    }

    /** One line per fault in time order, such as "10s: crash Primary database". */
    public static List<String> faults(Design design) {
        return design.scenario().faults().stream()
                .sorted(Comparator.comparingLong(ScheduledFault::at))
                .map(f -> Micros.humanize(f.at()) + ": " + f.fault().describe(id -> nameOf(design, id)))
                .toList();
    }

    static String workload(Design design, Workload w) {
        StringBuilder out = new StringBuilder(name(design, w.client()));
        if (w.target() != null) {
            out.append(" → ").append(name(design, w.target()));
        }
        out.append(": ");
        LoadModel load = w.load();
        if (load instanceof LoadModel.OpenLoop open) {
            out.append(number(open.ratePerSecond()))
                    .append(" requests/s, ")
                    .append(open.poisson() ? "Poisson arrivals" : "evenly spaced");
        } else if (load instanceof LoadModel.ClosedLoop closed) {
            out.append(count(closed.users(), "user"))
                    .append(", think time ")
                    .append(closed.thinkTime().describe());
        }
        out.append(", ").append(Math.round(w.readRatio() * 100)).append("% reads, ");
        out.append(count(w.keys().count(), "key"));
        if (!w.keys().isUniform()) {
            out.append(" (Zipf ").append(number(w.keys().zipfExponent())).append(')');
        }
        if (w.start() > 0 || !w.runsUntilEnd()) {
            out.append(", from ")
                    .append(Micros.humanize(w.start()))
                    .append(w.runsUntilEnd() ? " to the end" : " to " + Micros.humanize(w.stop()));
        }
        return out.toString();
    }

    private static String totalRate(Scenario scenario) {
        double rate = scenario.workload().stream()
                .map(Workload::load)
                .filter(LoadModel.OpenLoop.class::isInstance)
                .mapToDouble(l -> ((LoadModel.OpenLoop) l).ratePerSecond())
                .sum();
        long users = scenario.workload().stream()
                .map(Workload::load)
                .filter(LoadModel.ClosedLoop.class::isInstance)
                .mapToLong(l -> ((LoadModel.ClosedLoop) l).users())
                .sum();
        if (users == 0) {
            return number(rate) + " requests/s";
        }
        if (rate == 0) {
            return count(users, "user");
        }
        return number(rate) + " requests/s and " + count(users, "user");
    }

    /** What to call a component, link or frame in a sentence: its name, or its ends for a link. */
    private static String nameOf(Design design, String id) {
        if (design.component(id).isPresent()) {
            return design.component(id).get().name();
        }
        if (design.group(id).isPresent()) {
            return design.group(id).get().name();
        }
        return design.link(id)
                .map(l -> id + " (" + name(design, l.from()) + " → " + name(design, l.to()) + ")")
                .orElse(id);
    }

    private static String name(Design design, String id) {
        return design.component(id).map(c -> c.name()).orElse(id);
    }

    /** A number without a needless ".0". */
    public static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.3f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** A probability as a percentage, such as "0.1%", or "none". */
    public static String percent(double probability) {
        return probability == 0 ? "none" : number(probability * 100) + "%";
    }

    public static String count(long n, String noun) {
        return dsw.model.value.Text.count(n, noun);
    }
}
