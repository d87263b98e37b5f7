package dsw.simulation.behavior;

import dsw.simulation.kernel.Handler;
import java.util.HashMap;
import java.util.Map;

/** The standard handler for each component behaviour. */
public final class Handlers {
    private Handlers() {}

    /**
     * Picks each process's handler by its component kind's behaviour. The instances of a
     * leaderless data component share the observer's record of acknowledged writes, made afresh
     * when the first instance's handler is made, so one factory serves one run at a time. Not
     * thread-safe.
     */
    public static Handler.Factory standard() {
        Map<String, AcknowledgedWrites> acknowledged = new HashMap<>();
        return (topology, scenario, process) -> switch (topology.componentOf(process)
                .kind()
                .behavior()) {
            case CLIENT -> new ClientHandler(topology, scenario, process);
            case LOAD_BALANCER, GATEWAY -> new ForwarderHandler(topology, process);
            case SERVICE -> new ServiceHandler(topology, process);
            case DATABASE, CACHE -> {
                String component = topology.componentOf(process).id();
                if (topology.process(process).instance() == 1) {
                    acknowledged.put(component, new AcknowledgedWrites());
                }
                yield new StoreHandler(topology, process, acknowledged.get(component));
            }
            case QUEUE -> new QueueHandler(topology, process);
            case REGISTRY -> new RegistryHandler(topology, process);
            case LOCK, EXTERNAL -> new ResponderHandler(topology, process);
        };
    }
}
