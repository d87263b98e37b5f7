package dsw.simulation.testkit;

import dsw.model.Design;
import dsw.model.trace.Trace;
import dsw.simulation.RunMonitor;
import dsw.simulation.Simulation;
import dsw.simulation.behavior.Handlers;
import dsw.simulation.kernel.Envelope;
import dsw.simulation.kernel.Handler;
import dsw.simulation.kernel.Node;
import dsw.simulation.message.Response;
import dsw.simulation.message.Timer;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a design and keeps the answers (with their values) that one component's processes
 * received, which the trace does not hold, for tests about what a read returned. Not thread-safe.
 */
public final class Answers {
    /** A response that arrived at {@code at} from process {@code from}. */
    public record Answer(long at, int from, Response response) {}

    /** A finished run's trace and the answers its component received, in arrival order. */
    public record Run(Trace trace, List<Answer> answers) {}

    private Answers() {}

    /** Runs {@code design} to the end, keeping the responses that arrive at the instances of {@code component}. */
    public static Run received(Design design, String component) {
        List<Answer> answers = new ArrayList<>();
        Handler.Factory standard = Handlers.standard();
        Handler.Factory recording = (topology, scenario, process) -> {
            Handler handler = standard.create(topology, scenario, process);
            return topology.componentOf(process).id().equals(component) ? new Recording(handler, answers) : handler;
        };
        Simulation simulation = Simulation.of(design, design.scenario(), recording);
        simulation.runToEnd(RunMonitor.NONE);
        return new Run(simulation.trace(), List.copyOf(answers));
    }

    /** Passes every call on to the process's own handler, noting the responses it receives. */
    private record Recording(Handler handler, List<Answer> answers) implements Handler {
        @Override
        public void start(Node node) {
            handler.start(node);
        }

        @Override
        public void onMessage(Node node, Envelope envelope) {
            if (envelope.body() instanceof Response response) {
                answers.add(new Answer(node.now(), envelope.from(), response));
            }
            handler.onMessage(node, envelope);
        }

        @Override
        public void onTimer(Node node, Timer timer) {
            handler.onTimer(node, timer);
        }

        @Override
        public boolean hasRoom(dsw.simulation.message.Message message) {
            return handler.hasRoom(message);
        }

        @Override
        public void onShutdown(Node node, long drain) {
            handler.onShutdown(node, drain);
        }

        @Override
        public void onCrash() {
            handler.onCrash();
        }
    }
}
