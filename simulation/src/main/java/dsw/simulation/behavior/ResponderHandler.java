package dsw.simulation.behavior;

import dsw.model.PropertyKeys;
import dsw.model.trace.Status;
import dsw.model.value.Distribution;
import dsw.simulation.kernel.Node;
import dsw.simulation.kernel.Topology;

/**
 * A component that answers on its own after its service time: a registry, a lock service or an
 * external system, which fails a share of requests given by its failure rate. Not thread-safe.
 */
class ResponderHandler extends ServerHandler {
    private static final String FAILURE_RATE = "failureRate";

    private final Distribution serviceTime;
    private final double failureRate;

    ResponderHandler(Topology topology, int process) {
        super(topology, process);
        serviceTime = Properties.distributionOr(component, PropertyKeys.SERVICE_TIME, Distribution.constant(0));
        failureRate = Properties.numberOr(component, FAILURE_RATE, 0);
    }

    @Override
    protected long serviceTime(Node node, Job job) {
        return serviceTime.sample(node.random());
    }

    @Override
    protected void work(Node node, Job job) {
        boolean failed = failureRate > 0 && node.random().nextDouble() < failureRate;
        finish(node, job, failed ? Status.ERROR : Status.OK, 0);
    }

    @Override
    protected void onAnswer(Node node, Job job, int tag, Status status, int valueBytes) {}
}
