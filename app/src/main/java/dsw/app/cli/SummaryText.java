package dsw.app.cli;

import dsw.model.trace.Decision;
import dsw.model.trace.DropReason;
import dsw.model.value.Micros;
import dsw.simulation.metrics.ComponentStats;
import dsw.simulation.metrics.Latency;
import dsw.simulation.metrics.RunSummary;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints a {@link RunSummary} as the plain-text report of {@code dsw simulate}. */
final class SummaryText {
    private SummaryText() {}

    static void print(RunSummary summary, PrintWriter out) {
        out.println("Messages: " + count(summary.messages()) + " sent"
                + (summary.duplicated() > 0 ? " (" + count(summary.duplicated()) + " duplicated by the network)" : "")
                + ", " + count(summary.delivered()) + " delivered, " + count(summary.dropped()) + " dropped, "
                + count(summary.inFlight()) + " in flight at the end");
        List<String> reasons = new ArrayList<>();
        for (DropReason reason : DropReason.values()) {
            if (summary.dropped(reason) > 0) {
                reasons.add(reason.wireName() + " " + count(summary.dropped(reason)));
            }
        }
        if (!reasons.isEmpty()) {
            out.println("Dropped by reason: " + String.join(", ", reasons));
        }
        if (summary.clientRequests() > 0) {
            out.println(String.format(
                    Locale.ROOT,
                    "Load: offered %.1f requests/s, goodput %.1f answered ok/s (%.0f%%), amplification %.2f"
                            + " downstream calls per client request",
                    summary.perSecond(summary.clientRequests()),
                    summary.perSecond(summary.clientSucceeded()),
                    100.0 * summary.clientSucceeded() / summary.clientRequests(),
                    summary.amplification()));
        }
        List<String> decided = new ArrayList<>();
        for (Decision decision : Decision.values()) {
            if (decision != Decision.NONE && summary.decisions(decision) > 0) {
                decided.add(decision.wireName() + " " + count(summary.decisions(decision)));
            }
        }
        if (!decided.isEmpty()) {
            out.println("Pattern decisions: " + String.join(", ", decided) + " (retries: " + count(summary.retries())
                    + ")");
        }
        List<ComponentStats> clients =
                summary.components().stream().filter(ComponentStats::isClient).toList();
        if (!clients.isEmpty()) {
            out.println();
            out.println("Clients (latency from sending a request to its answer):");
            Table table = new Table("Client", "Sent", "Answered", "Errors", "No answer", "p50", "p90", "p99");
            for (ComponentStats c : clients) {
                table.row(
                        c.id(),
                        count(c.sent()),
                        count(c.answered()),
                        count(c.errors()),
                        count(c.unanswered()),
                        p(c.latency(), 50),
                        p(c.latency(), 90),
                        p(c.latency(), 99));
            }
            table.print(out);
        }
        List<ComponentStats> servers =
                summary.components().stream().filter(c -> !c.isClient()).toList();
        if (!servers.isEmpty()) {
            out.println();
            out.println("Servers (latency from receiving a request to answering it):");
            Table table = new Table(
                    "Component", "Instances", "Answered", "Per second", "Errors", "Rejected", "p50", "p90", "p99");
            for (ComponentStats c : servers) {
                table.row(
                        c.id(),
                        String.valueOf(c.instances()),
                        count(c.answered()),
                        String.format(Locale.ROOT, "%.1f", summary.perSecond(c.answered())),
                        count(c.errors()),
                        count(c.rejected()),
                        p(c.latency(), 50),
                        p(c.latency(), 90),
                        p(c.latency(), 99));
            }
            table.print(out);
        }
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String p(Latency latency, double percentile) {
        return latency.count() == 0 ? "-" : Micros.humanize(latency.percentile(percentile));
    }

    /** A plain table: first column left-aligned, the others right-aligned. */
    private static final class Table {
        private final List<String[]> rows = new ArrayList<>();

        Table(String... header) {
            rows.add(header);
        }

        void row(String... cells) {
            rows.add(cells);
        }

        void print(PrintWriter out) {
            int columns = rows.get(0).length;
            int[] widths = new int[columns];
            for (String[] row : rows) {
                for (int i = 0; i < columns; i++) {
                    widths[i] = Math.max(widths[i], row[i].length());
                }
            }
            for (String[] row : rows) {
                StringBuilder line = new StringBuilder("  ");
                for (int i = 0; i < columns; i++) {
                    String cell = row[i];
                    String pad = " ".repeat(widths[i] - cell.length());
                    line.append(i == 0 ? cell + pad : pad + cell);
                    if (i < columns - 1) {
                        line.append("  ");
                    }
                }
                out.println(line.toString().stripTrailing());
            }
        }
    }
}
