package dsw.app.metrics;

import dsw.model.trace.Decision;
import dsw.model.trace.DropReason;
import dsw.model.trace.Status;
import dsw.model.trace.Trace;
import dsw.simulation.metrics.CallScan;
import java.util.Arrays;

/**
 * The calls and drops of a trace in seq order, found by {@link CallScan} (the rules the run
 * summary uses) and kept in compact columns, so charts for any playback position, bucket size or
 * component are a pass over these few entries rather than over the trace. Extends as the trace
 * grows. Not thread-safe: one worker at a time extends and reads it.
 */
final class CallLog {
    /** An answer's side: the client's end-to-end view, or the server's. */
    static final byte CLIENT = 0;

    static final byte SERVER = 1;

    private final Trace trace;
    private final CallScan scan;

    private int answers;
    private int[] answerSeq = new int[1024];
    private long[] answerTime = new long[1024];
    private long[] answerLatency = new long[1024];
    private int[] answerProcess = new int[1024];
    private byte[] answerSide = new byte[1024];
    private boolean[] answerOk = new boolean[1024];

    private int drops;
    private int[] dropSeq = new int[256];
    private long[] dropTime = new long[256];
    private int[] dropMessage = new int[256];
    private DropReason[] dropReason = new DropReason[256];

    /** A load event's kind: a client's own request, a call made downstream, a scheduled retry. */
    static final byte OFFERED = 0;

    static final byte DOWNSTREAM = 1;
    static final byte RETRY = 2;

    private int loads;
    private int[] loadSeq = new int[1024];
    private long[] loadTime = new long[1024];
    private int[] loadProcess = new int[1024];
    private byte[] loadKind = new byte[1024];

    private final CallScan.Listener listener = new CallScan.Listener() {
        @Override
        public void requested(int seq, int client) {
            load(seq, client, OFFERED);
        }

        @Override
        public void calledDownstream(int seq, int caller) {
            load(seq, caller, DOWNSTREAM);
        }

        @Override
        public void decided(int seq, int process, Decision decision) {
            if (decision == Decision.RETRY) {
                load(seq, process, RETRY);
            }
        }

        @Override
        public void clientAnswered(int seq, int client, Status status, long latency) {
            answer(seq, client, CLIENT, status, latency);
        }

        @Override
        public void serverAnswered(int seq, int server, Status status, long latency) {
            answer(seq, server, SERVER, status, latency);
        }

        @Override
        public void dropped(int seq, int msg, DropReason reason) {
            drop(seq, msg, reason);
        }
    };

    CallLog(Trace trace) {
        this.trace = trace;
        this.scan = CallScan.of(trace);
    }

    Trace trace() {
        return trace;
    }

    /** The events looked at: seqs below this. */
    int scanned() {
        return scan.position();
    }

    /** Takes in the events up to {@code size} (at most the trace's published size). */
    void extendTo(int size) {
        if (size > scan.position()) {
            scan.scan(size, listener);
        }
    }

    boolean isClient(int process) {
        return scan.isClient(process);
    }

    private void answer(int seq, int process, byte side, Status status, long latency) {
        if (answers == answerSeq.length) {
            int n = answers * 2;
            answerSeq = Arrays.copyOf(answerSeq, n);
            answerTime = Arrays.copyOf(answerTime, n);
            answerLatency = Arrays.copyOf(answerLatency, n);
            answerProcess = Arrays.copyOf(answerProcess, n);
            answerSide = Arrays.copyOf(answerSide, n);
            answerOk = Arrays.copyOf(answerOk, n);
        }
        answerSeq[answers] = seq;
        answerTime[answers] = trace.time(seq);
        answerLatency[answers] = latency;
        answerProcess[answers] = process;
        answerSide[answers] = side;
        answerOk[answers] = status.isSuccess();
        answers++;
    }

    private void load(int seq, int process, byte kind) {
        if (loads == loadSeq.length) {
            int n = loads * 2;
            loadSeq = Arrays.copyOf(loadSeq, n);
            loadTime = Arrays.copyOf(loadTime, n);
            loadProcess = Arrays.copyOf(loadProcess, n);
            loadKind = Arrays.copyOf(loadKind, n);
        }
        loadSeq[loads] = seq;
        loadTime[loads] = trace.time(seq);
        loadProcess[loads] = process;
        loadKind[loads] = kind;
        loads++;
    }

    /** Requests sent and retries scheduled, in seq order. */
    int loads() {
        return loads;
    }

    int loadSeq(int i) {
        return loadSeq[i];
    }

    long loadTime(int i) {
        return loadTime[i];
    }

    int loadProcess(int i) {
        return loadProcess[i];
    }

    byte loadKind(int i) {
        return loadKind[i];
    }

    private void drop(int seq, int msg, DropReason reason) {
        if (drops == dropSeq.length) {
            int n = drops * 2;
            dropSeq = Arrays.copyOf(dropSeq, n);
            dropTime = Arrays.copyOf(dropTime, n);
            dropMessage = Arrays.copyOf(dropMessage, n);
            dropReason = Arrays.copyOf(dropReason, n);
        }
        dropSeq[drops] = seq;
        dropTime[drops] = trace.time(seq);
        dropMessage[drops] = msg;
        dropReason[drops] = reason;
        drops++;
    }

    int answers() {
        return answers;
    }

    int answerSeq(int i) {
        return answerSeq[i];
    }

    long answerTime(int i) {
        return answerTime[i];
    }

    long answerLatency(int i) {
        return answerLatency[i];
    }

    int answerProcess(int i) {
        return answerProcess[i];
    }

    byte answerSide(int i) {
        return answerSide[i];
    }

    boolean answerOk(int i) {
        return answerOk[i];
    }

    int drops() {
        return drops;
    }

    int dropSeq(int i) {
        return dropSeq[i];
    }

    long dropTime(int i) {
        return dropTime[i];
    }

    int dropMessage(int i) {
        return dropMessage[i];
    }

    DropReason dropReason(int i) {
        return dropReason[i];
    }
}
