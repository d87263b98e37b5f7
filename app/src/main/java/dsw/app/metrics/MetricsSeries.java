package dsw.app.metrics;

import dsw.model.trace.DropReason;
import dsw.model.trace.ProcessInfo;
import dsw.model.trace.Trace;
import dsw.simulation.metrics.Latency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A run's figures per bucket of virtual time, for the charts: successful answers, errors and drops
 * per second, and the latency's 50th and 99th percentiles. For the whole system they are the
 * clients' view (end to end); for one component, its view as a server (from receiving a request to
 * answering it; as a client if it is one), with the drops of messages it sent or was sent. Calls are
 * recognised as the run summary does ({@link dsw.simulation.metrics.CallScan}). Immutable,
 * thread-safe.
 */
public final class MetricsSeries {
    /** No run: no buckets. */
    public static final MetricsSeries EMPTY = new MetricsSeries(1, 0, null, false);

    private final long bucket;
    private final int buckets;
    private final String focus;
    private final boolean clientSide;
    private final long[] succeeded;
    private final long[] errors;
    private final long[] drops;
    private final Map<DropReason, long[]> dropsByReason = new EnumMap<>(DropReason.class);
    private final long[] offered;
    private final long[] downstream;
    private final long[] retries;
    private long offeredTotal;
    private long downstreamTotal;
    private long retriesTotal;
    private long succeededTotal;
    private final long[] p50;
    private final long[] p99;
    private final Latency total = new Latency();
    private long answered;
    private long failed;
    private long dropped;

    private MetricsSeries(long bucket, int buckets, String focus, boolean clientSide) {
        this.bucket = bucket;
        this.buckets = buckets;
        this.focus = focus;
        this.clientSide = clientSide;
        succeeded = new long[buckets];
        errors = new long[buckets];
        drops = new long[buckets];
        offered = new long[buckets];
        downstream = new long[buckets];
        retries = new long[buckets];
        p50 = new long[buckets];
        p99 = new long[buckets];
        java.util.Arrays.fill(p50, -1);
        java.util.Arrays.fill(p99, -1);
    }

    /**
     * The figures of the first {@code size} events of {@code trace} in buckets of {@code bucket}
     * microseconds from time 0.
     *
     * @param focus a component id, or null for the whole system
     */
    public static MetricsSeries of(Trace trace, int size, long bucket, String focus) {
        CallLog log = new CallLog(trace);
        log.extendTo(size);
        return of(log, size, bucket, focus);
    }

    /** As {@link #of(Trace, int, long, String)}, from a log that covers at least {@code size} events. */
    static MetricsSeries of(CallLog log, int size, long bucket, String focus) {
        if (bucket <= 0) {
            throw new IllegalArgumentException("buckets need a positive length, got " + bucket);
        }
        if (size > log.scanned()) {
            throw new IllegalArgumentException("the log covers " + log.scanned() + " events, not " + size);
        }
        Trace trace = log.trace();
        int buckets = size == 0 ? 0 : Math.toIntExact(trace.time(size - 1) / bucket + 1);
        boolean[] focused = focused(trace, focus);
        boolean clientSide = focus == null || anyClient(log, focused);
        MetricsSeries series = new MetricsSeries(bucket, buckets, focus, clientSide);
        series.fill(log, size, focused);
        return series;
    }

    /** Per process, whether it belongs to the focus component; all true for the whole system. */
    private static boolean[] focused(Trace trace, String focus) {
        List<ProcessInfo> processes = trace.header().processes();
        boolean[] focused = new boolean[processes.size()];
        for (int p = 0; p < focused.length; p++) {
            focused[p] = focus == null || processes.get(p).component().equals(focus);
        }
        return focused;
    }

    private static boolean anyClient(CallLog log, boolean[] focused) {
        for (int p = 0; p < focused.length; p++) {
            if (focused[p] && log.isClient(p)) {
                return true;
            }
        }
        return false;
    }

    private void fill(CallLog log, int size, boolean[] focused) {
        byte side = clientSide ? CallLog.CLIENT : CallLog.SERVER;
        Latency inBucket = new Latency();
        int current = -1;
        for (int i = 0, n = log.answers(); i < n && log.answerSeq(i) < size; i++) {
            if (log.answerSide(i) != side || !focused[log.answerProcess(i)]) {
                continue;
            }
            int b = (int) (log.answerTime(i) / bucket);
            if (b != current) {
                close(current, inBucket);
                current = b;
            }
            answered++;
            if (log.answerOk(i)) {
                succeeded[b]++;
                succeededTotal++;
            } else {
                errors[b]++;
                failed++;
            }
            inBucket.record(log.answerLatency(i));
            total.record(log.answerLatency(i));
        }
        close(current, inBucket);
        for (int i = 0, n = log.loads(); i < n && log.loadSeq(i) < size; i++) {
            if (!focused[log.loadProcess(i)]) {
                continue;
            }
            int b = (int) (log.loadTime(i) / bucket);
            switch (log.loadKind(i)) {
                case CallLog.OFFERED -> {
                    offered[b]++;
                    offeredTotal++;
                }
                case CallLog.DOWNSTREAM -> {
                    downstream[b]++;
                    downstreamTotal++;
                }
                default -> {
                    retries[b]++;
                    retriesTotal++;
                }
            }
        }
        Trace trace = log.trace();
        for (int i = 0, n = log.drops(); i < n && log.dropSeq(i) < size; i++) {
            int msg = log.dropMessage(i);
            if (focus != null && !focused[trace.messageFrom(msg)] && !focused[trace.messageTo(msg)]) {
                continue;
            }
            int b = (int) (log.dropTime(i) / bucket);
            drops[b]++;
            dropsByReason.computeIfAbsent(log.dropReason(i), r -> new long[buckets])[b]++;
            dropped++;
        }
    }

    private void close(int b, Latency latency) {
        if (b >= 0 && latency.count() > 0) {
            p50[b] = latency.percentile(50);
            p99[b] = latency.percentile(99);
        }
        latency.reset();
    }

    /** Bucket length in microseconds. */
    public long bucket() {
        return bucket;
    }

    /** Buckets, from time 0 to the last event's. */
    public int buckets() {
        return buckets;
    }

    /** The component these figures are about, or null for the whole system. */
    public String focus() {
        return focus;
    }

    /** True when the figures are a client's end-to-end view; false for a server's. */
    public boolean clientSide() {
        return clientSide;
    }

    /** Where bucket {@code b} starts, in microseconds. */
    public long start(int b) {
        Objects.checkIndex(b, buckets);
        return b * bucket;
    }

    /** Successful answers per second of virtual time in bucket {@code b}. */
    public double throughput(int b) {
        return perSecond(succeeded[b]);
    }

    /** Answers reporting an error (rejections included) per second in bucket {@code b}. */
    public double errors(int b) {
        return perSecond(errors[b]);
    }

    /** Message copies dropped per second in bucket {@code b}. */
    public double drops(int b) {
        return perSecond(drops[b]);
    }

    /** Message copies dropped for {@code reason} per second in bucket {@code b}. */
    public double drops(DropReason reason, int b) {
        long[] counts = dropsByReason.get(reason);
        Objects.checkIndex(b, buckets);
        return counts == null ? 0 : perSecond(counts[b]);
    }

    /** Requests the clients (of the focus) sent per second in bucket {@code b}: the offered load. */
    public double offered(int b) {
        return perSecond(offered[b]);
    }

    /**
     * Clients' requests answered successfully per second in bucket {@code b}: the goodput; 0 for a
     * focus that is no client.
     */
    public double goodput(int b) {
        return clientSide ? throughput(b) : 0;
    }

    /** Retries scheduled per second in bucket {@code b} ({@code retry} decisions of the focus). */
    public double retries(int b) {
        return perSecond(retries[b]);
    }

    /**
     * Downstream calls (requests sent by processes that are no client) per client request sent in
     * bucket {@code b}, or -1 when no client sent a request then. For a focus component that is no
     * client, its own calls per client request of the whole run are not known, so -1.
     */
    public double amplification(int b) {
        return offered[b] == 0 ? -1 : (double) downstream[b] / offered[b];
    }

    /** Client requests sent over the whole series. */
    public long offered() {
        return offeredTotal;
    }

    /** Clients' requests answered successfully over the whole series (0 for a focus that is no client). */
    public long goodput() {
        return clientSide ? succeededTotal : 0;
    }

    /** Retries scheduled over the whole series. */
    public long retries() {
        return retriesTotal;
    }

    /** Downstream calls per client request over the whole series, or -1 without client requests. */
    public double amplification() {
        return offeredTotal == 0 ? -1 : (double) downstreamTotal / offeredTotal;
    }

    /** The median latency of the answers in bucket {@code b} in microseconds, or -1 when none. */
    public long p50(int b) {
        return p50[b];
    }

    /** The 99th percentile latency in bucket {@code b} in microseconds, or -1 when none. */
    public long p99(int b) {
        return p99[b];
    }

    /** Answers over the whole series. */
    public long answered() {
        return answered;
    }

    /** Answers that report an error over the whole series. */
    public long failed() {
        return failed;
    }

    /** Copies dropped over the whole series. */
    public long dropped() {
        return dropped;
    }

    /** The latency over the whole series, at {@code percentile} (0-100), in microseconds. */
    public long latency(double percentile) {
        return total.percentile(percentile);
    }

    private double perSecond(long count) {
        return count * 1_000_000.0 / bucket;
    }

    /**
     * A bucket length for a run of {@code span} microseconds: 1, 2 or 5 times a power of ten, the
     * smallest that makes at most 100 buckets (so 40 to 100 of them), and at least 1 ms.
     */
    public static long bucketFor(long span) {
        long target = Math.max(1, (span + 99) / 100);
        long unit = 1;
        while (true) {
            for (long step : new long[] {1, 2, 5}) {
                long size = step * unit;
                if (size >= target && size >= 1_000) {
                    return size;
                }
            }
            unit *= 10;
        }
    }
}
