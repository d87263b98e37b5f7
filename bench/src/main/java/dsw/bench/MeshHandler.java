package dsw.bench;

import dsw.model.trace.Operation;
import dsw.simulation.kernel.Envelope;
import dsw.simulation.kernel.Handler;
import dsw.simulation.kernel.Node;
import dsw.simulation.kernel.Route;
import dsw.simulation.message.Message;
import dsw.simulation.message.Request;
import dsw.simulation.message.Timer;
import java.util.List;

/**
 * A process of the benchmark mesh: it starts its share of the messages in flight and passes every
 * message it receives on to a random instance behind a random one of its links, so the kernel
 * does little but run the network, the Lamport clocks and the trace. Not thread-safe; one per
 * process.
 */
public final class MeshHandler implements Handler {
    /** Bytes of a mesh message. */
    public static final int MESSAGE_BYTES = 64;

    private final int share;

    private MeshHandler(int share) {
        this.share = share;
    }

    /** Handlers that put {@code population} messages in flight between them at time 0. */
    public static Handler.Factory factory(int population) {
        if (population < 0) {
            throw new IllegalArgumentException("population must not be negative, got " + population);
        }
        return (topology, scenario, process) -> {
            int processes = topology.processCount();
            return new MeshHandler(population / processes + (process < population % processes ? 1 : 0));
        };
    }

    @Override
    public void start(Node node) {
        for (int i = 0; i < share; i++) {
            forward(node, new Request(node.nextRequestId(), Operation.READ, node.process(), MESSAGE_BYTES, 0));
        }
    }

    @Override
    public void onMessage(Node node, Envelope envelope) {
        forward(node, envelope.body());
    }

    private static void forward(Node node, Message message) {
        List<Route> routes = node.routes();
        Route route = routes.get(node.random().nextInt(routes.size()));
        int instance = route.instances() == 1 ? 0 : node.random().nextInt(route.instances());
        node.send(route, route.process(instance), message);
    }

    @Override
    public void onTimer(Node node, Timer timer) {}

    @Override
    public void onCrash() {}
}
