package dsw.simulation.behavior;

import dsw.model.trace.Decision;
import dsw.model.trace.Status;
import dsw.model.value.Micros;
import dsw.simulation.kernel.Envelope;
import dsw.simulation.kernel.Node;
import dsw.simulation.kernel.Topology;
import dsw.simulation.message.Lookup;
import dsw.simulation.message.Registration;
import dsw.simulation.message.Timer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A service registry or DNS: instances register and renew; one not renewed within the time to
 * live expires; a lookup is answered at once with the live instances of the component asked for.
 * Plain requests are answered like any responder's. Registrations are lost in a crash. Not
 * thread-safe.
 */
final class RegistryHandler extends ResponderHandler {
    private final long ttl;
    /** When each registered process last renewed, by process number. */
    private final Map<Integer, Long> renewedAt = new TreeMap<>();

    RegistryHandler(Topology topology, int process) {
        super(topology, process);
        ttl = Properties.durationOr(component, Registrar.TTL, 0);
    }

    @Override
    protected void onOther(Node node, Envelope envelope) {
        if (envelope.body() instanceof Registration registration) {
            if (renewedAt.put(envelope.from(), node.now()) == null) {
                node.local("registered " + registration.instance());
            }
            node.setTimer(ttl, new Timer.Expiry(envelope.from()));
        } else if (envelope.body() instanceof Lookup lookup && lookup.status() == Status.NONE) {
            List<Integer> live = new ArrayList<>();
            for (int p : renewedAt.keySet()) {
                if (topology.componentOf(p).id().equals(lookup.component())) {
                    live.add(p);
                }
            }
            node.reply(envelope, lookup.answer(live));
        } else {
            super.onOther(node, envelope);
        }
    }

    @Override
    protected void onOtherTimer(Node node, Timer timer) {
        if (timer instanceof Timer.Expiry expiry) {
            Long at = renewedAt.get(expiry.process());
            if (at != null && node.now() - at >= ttl) {
                renewedAt.remove(expiry.process());
                node.decide(
                        Decision.EXPIRED,
                        "expired " + topology.process(expiry.process()).id() + ": no renewal for "
                                + Micros.humanize(node.now() - at));
            }
        } else {
            super.onOtherTimer(node, timer);
        }
    }

    @Override
    public void onCrash() {
        super.onCrash();
        renewedAt.clear();
    }
}
