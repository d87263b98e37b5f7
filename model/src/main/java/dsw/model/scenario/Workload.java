package dsw.model.scenario;

import dsw.model.value.Ids;
import dsw.model.value.Micros;
import dsw.model.value.Probability;
import java.util.Objects;

/**
 * What one client sends during a run: when (the load model), which keys, the share of reads, and
 * from when to when. Immutable, thread-safe.
 *
 * @param client the id of a client component
 * @param target the component the client sends to, or null for the one its first link reaches
 * @param readRatio share of requests that are reads; the rest are writes
 * @param start virtual time of the first request
 * @param stop virtual time after which no request starts, or {@code -1} for the end of the run
 * @param payloadBytes size of one request, for links with limited bandwidth
 * @param writes whether its writes overwrite a value or increment a counter
 */
public record Workload(
        String client,
        String target,
        LoadModel load,
        double readRatio,
        KeySpace keys,
        long start,
        long stop,
        int payloadBytes,
        WriteKind writes) {

    public static final int MAX_PAYLOAD = 64 * 1024 * 1024;

    public Workload {
        Ids.require("workload client", client);
        if (target != null) {
            Ids.require("workload target", target);
        }
        Objects.requireNonNull(load, "load");
        Probability.require("readRatio", readRatio);
        Objects.requireNonNull(keys, "keys");
        if (start < 0 || start > Micros.MAX) {
            throw new IllegalArgumentException("start must not be negative");
        }
        if (stop != -1 && (stop <= start || stop > Micros.MAX)) {
            throw new IllegalArgumentException("stop (" + Micros.format(Math.max(0, stop)) + ") must come after start ("
                    + Micros.format(start) + ")");
        }
        if (payloadBytes < 0 || payloadBytes > MAX_PAYLOAD) {
            throw new IllegalArgumentException(
                    "payload must be from 0 to " + MAX_PAYLOAD + " bytes, got " + payloadBytes);
        }
        Objects.requireNonNull(writes, "writes");
    }

    /** A workload whose writes are plain puts. */
    public Workload(
            String client,
            String target,
            LoadModel load,
            double readRatio,
            KeySpace keys,
            long start,
            long stop,
            int payloadBytes) {
        this(client, target, load, readRatio, keys, start, stop, payloadBytes, WriteKind.PUT);
    }

    /** The same workload with writes of kind {@code kind}. */
    public Workload withWrites(WriteKind kind) {
        return new Workload(client, target, load, readRatio, keys, start, stop, payloadBytes, kind);
    }

    /** Open-loop traffic from the start of the run to its end. */
    public static Workload open(String client, double ratePerSecond) {
        return new Workload(
                client, null, new LoadModel.OpenLoop(ratePerSecond, true), 0.8, KeySpace.DEFAULT, 0, -1, 512);
    }

    public boolean runsUntilEnd() {
        return stop == -1;
    }
}
