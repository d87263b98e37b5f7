package dsw.simulation.behavior;

import dsw.model.PropertyKeys;
import dsw.model.trace.Status;
import dsw.model.value.Distribution;
import dsw.simulation.kernel.Node;
import dsw.simulation.kernel.Route;
import dsw.simulation.kernel.Topology;
import dsw.simulation.message.Message;
import dsw.simulation.message.Request;
import java.util.ArrayList;
import java.util.List;

/**
 * A load balancer, gateway or proxy: passes each request to the next backend in round-robin
 * order over every instance of every component it links to (never back to the caller's
 * component), and relays the answer. Not thread-safe.
 */
final class ForwarderHandler extends ServerHandler {
    private final Distribution serviceTime;
    private final List<Route> routes = new ArrayList<>();
    private final List<Integer> instances = new ArrayList<>();
    private final int self;
    private int next;

    ForwarderHandler(Topology topology, int process) {
        super(topology, process);
        serviceTime = Properties.distributionOr(component, PropertyKeys.SERVICE_TIME, Distribution.constant(0));
        self = topology.componentIndexOf(process);
        for (Route route : topology.routesOf(component.id())) {
            for (int i = 0; i < route.instances(); i++) {
                routes.add(route);
                instances.add(i);
            }
        }
    }

    @Override
    protected long serviceTime(Node node, Job job) {
        return serviceTime.sample(node.random());
    }

    @Override
    protected void work(Node node, Job job) {
        int caller = topology.componentIndexOf(job.envelope.from());
        for (int tries = 0; tries < routes.size(); tries++) {
            int pick = next;
            next = (next + 1) % routes.size();
            Route route = routes.get(pick);
            int target = topology.componentIndexOf(route.process(0));
            Message body = job.envelope.body();
            if (target == caller || (body instanceof Request r && r.visited(target))) {
                continue;
            }
            call(node, job, route, instances.get(pick), forwarded(body), 0);
            if (route.isAsync()) {
                finish(node, job, Status.OK, 0);
            }
            return;
        }
        node.local("no backend for " + describe(job));
        finish(node, job, Status.ERROR, 0);
    }

    private Message forwarded(Message body) {
        return body instanceof Request request ? request.via(self) : body;
    }

    @Override
    protected void onAnswer(Node node, Job job, int tag, Status status, int valueBytes) {
        finish(node, job, status, valueBytes);
    }
}
