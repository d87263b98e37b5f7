package dsw.simulation.behavior;

import dsw.simulation.kernel.Handler;

/** The standard handler for each component behaviour. */
public final class Handlers {
    private Handlers() {}

    /** Picks each process's handler by its component kind's behaviour. Thread-safe. */
    public static Handler.Factory standard() {
        return (topology, scenario, process) -> switch (topology.componentOf(process)
                .kind()
                .behavior()) {
            case CLIENT -> new ClientHandler(topology, scenario, process);
            case LOAD_BALANCER, GATEWAY -> new ForwarderHandler(topology, process);
            case SERVICE -> new ServiceHandler(topology, process);
            case DATABASE, CACHE -> new StoreHandler(topology, process);
            case QUEUE -> new QueueHandler(topology, process);
            case REGISTRY -> new RegistryHandler(topology, process);
            case LOCK, EXTERNAL -> new ResponderHandler(topology, process);
        };
    }
}
