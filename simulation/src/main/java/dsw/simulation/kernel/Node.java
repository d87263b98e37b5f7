package dsw.simulation.kernel;

import dsw.model.Component;
import dsw.model.trace.Decision;
import dsw.model.trace.ProcessInfo;
import dsw.simulation.message.Message;
import dsw.simulation.message.Timer;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * What a behaviour can see and do: the process it runs on. Only valid during the behaviour
 * call it was passed to, on the simulation thread.
 */
public interface Node {
    /** Virtual time in microseconds. */
    long now();

    /** This process's physical clock reading, which clock skew makes disagree with {@link #now()}. */
    long physicalTime();

    /** This process's number in the trace. */
    int process();

    ProcessInfo info();

    Component component();

    /** This process's own random generator, split from the run's seed. */
    RandomGenerator random();

    /** The links this component calls along ({@code from} is this component), in design order. */
    List<Route> routes();

    /** Sends {@code message} to {@code process}, an instance at the far end of {@code route}. Returns its id. */
    int send(Route route, int process, Message message);

    /**
     * Sends {@code message} to {@code process}, another instance of this component (a replica's
     * peer), over no link. Returns its id.
     */
    int sendToPeer(int process, Message message);

    /** Whether a partition now stops messages between this process and {@code peer}, another instance of its component, in either direction. */
    boolean cutOffFrom(int peer);

    /** Sends {@code message} back along the link {@code request} came on, to its sender. Returns its id. */
    int reply(Envelope request, Message message);

    /** Calls {@link Handler#onTimer} after {@code delay} microseconds, unless this process crashes first. */
    void setTimer(long delay, Timer timer);

    /** Records a local event, such as a timeout, in the trace. */
    void local(String description);

    /** Records a pattern's decision, such as a retry or a breaker opening, as a local event. */
    void decide(Decision decision, String description);

    /**
     * Ends a graceful shutdown: records a {@link Decision#STOPPED} decision described as {@code
     * description} and stops the process as a crash would. The handler's last action.
     */
    void stop(String description);

    /** A fresh number for a client request, unique within the run. */
    int nextRequestId();
}
