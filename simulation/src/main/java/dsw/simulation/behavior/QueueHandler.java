package dsw.simulation.behavior;

import dsw.model.Component;
import dsw.model.LinkMode;
import dsw.model.PropertyKeys;
import dsw.model.trace.MessageKind;
import dsw.model.trace.Operation;
import dsw.model.trace.Status;
import dsw.model.value.Distribution;
import dsw.model.value.Micros;
import dsw.simulation.kernel.Envelope;
import dsw.simulation.kernel.Handler;
import dsw.simulation.kernel.Node;
import dsw.simulation.kernel.Route;
import dsw.simulation.kernel.Topology;
import dsw.simulation.message.Ack;
import dsw.simulation.message.Delivery;
import dsw.simulation.message.Message;
import dsw.simulation.message.Timer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A queue or broker: holds published messages (durably, up to its capacity; beyond it the
 * network records {@code queue-full} drops) and hands each to one consumer instance at a time
 * per free consumer slot, one per service time. A message the consumer does not acknowledge
 * within the visibility timeout, or acknowledges with a failure, is delivered again. Not
 * thread-safe.
 */
final class QueueHandler implements Handler {
    static final long VISIBILITY_TIMEOUT = 30 * Micros.PER_SECOND;
    private static final String CAPACITY = "capacity";

    private record Item(int request, Operation operation, int key, int size, int attempts) {
        Item again() {
            return new Item(request, operation, key, size, attempts + 1);
        }
    }

    private record InFlight(Item item, int slot) {}

    private final Topology topology;
    private final int capacity;
    private final Distribution serviceTime;
    private final List<Route> slotRoutes = new ArrayList<>();
    private final List<Integer> slotInstances = new ArrayList<>();
    private final List<Integer> slotLimits = new ArrayList<>();
    private final int[] busy;
    private final ArrayDeque<Item> stored = new ArrayDeque<>();
    private final Map<Integer, InFlight> inFlight = new LinkedHashMap<>();
    private int nextDelivery;
    private int nextSlot;
    private boolean pumping;

    QueueHandler(Topology topology, int process) {
        this.topology = topology;
        Component component = topology.componentOf(process);
        capacity = Properties.intOr(component, CAPACITY, Integer.MAX_VALUE);
        serviceTime = Properties.distributionOr(component, PropertyKeys.SERVICE_TIME, Distribution.constant(0));
        for (Route route : topology.routesOf(component.id())) {
            int limit = Properties.intOr(route.target(), PropertyKeys.CONCURRENCY, 1);
            for (int i = 0; i < route.instances(); i++) {
                slotRoutes.add(route);
                slotInstances.add(i);
                slotLimits.add(limit);
            }
        }
        busy = new int[slotRoutes.size()];
    }

    @Override
    public boolean hasRoom(Message message) {
        return message.kind() != MessageKind.PUBLISH || stored.size() + inFlight.size() < capacity;
    }

    @Override
    public void start(Node node) {
        pumping = false;
        pump(node);
    }

    @Override
    public void onMessage(Node node, Envelope envelope) {
        Message body = envelope.body();
        switch (body.kind()) {
            case PUBLISH -> {
                stored.add(new Item(body.request(), body.operation(), body.key(), body.size(), 1));
                if (topology.link(envelope.link()).mode() == LinkMode.SYNC) {
                    node.reply(envelope, new Ack(-1, body.request(), body.operation(), body.key(), Status.OK));
                }
                pump(node);
            }
            case ACK -> {
                Ack ack = (Ack) body;
                InFlight done = inFlight.remove(ack.delivery());
                if (done != null) {
                    busy[done.slot()]--;
                    if (ack.status() != Status.OK) {
                        stored.addFirst(done.item().again());
                    }
                    pump(node);
                }
            }
            default -> {}
        }
    }

    @Override
    public void onTimer(Node node, Timer timer) {
        switch (timer.type()) {
            case PUMP -> {
                pumping = false;
                dispatch(node);
                pump(node);
            }
            case REDELIVER -> {
                int delivery = ((Timer.Redeliver) timer).delivery();
                InFlight lost = inFlight.remove(delivery);
                if (lost != null) {
                    busy[lost.slot()]--;
                    node.local("no ack for delivery " + delivery + " within " + Micros.humanize(VISIBILITY_TIMEOUT)
                            + "; delivering it again");
                    stored.addFirst(lost.item().again());
                    pump(node);
                }
            }
            default -> {}
        }
    }

    private void pump(Node node) {
        if (!pumping && !stored.isEmpty() && freeSlot() >= 0) {
            pumping = true;
            node.setTimer(serviceTime.sample(node.random()), new Timer.Pump());
        }
    }

    private int freeSlot() {
        for (int tries = 0; tries < busy.length; tries++) {
            int slot = (nextSlot + tries) % busy.length;
            if (busy[slot] < slotLimits.get(slot)) {
                return slot;
            }
        }
        return -1;
    }

    private void dispatch(Node node) {
        int slot = freeSlot();
        if (slot < 0 || stored.isEmpty()) {
            return;
        }
        nextSlot = (slot + 1) % busy.length;
        Item item = stored.poll();
        int delivery = nextDelivery++;
        inFlight.put(delivery, new InFlight(item, slot));
        busy[slot]++;
        Route route = slotRoutes.get(slot);
        node.send(
                route,
                route.process(slotInstances.get(slot)),
                new Delivery(delivery, item.request(), item.operation(), item.key(), item.size()));
        node.setTimer(VISIBILITY_TIMEOUT, new Timer.Redeliver(delivery));
    }

    @Override
    public void onCrash() {
        // The messages are durable: those out for delivery go back to the front, in order.
        List<Item> unacked = new ArrayList<>();
        inFlight.values().forEach(f -> unacked.add(f.item()));
        for (int i = unacked.size() - 1; i >= 0; i--) {
            stored.addFirst(unacked.get(i));
        }
        inFlight.clear();
        java.util.Arrays.fill(busy, 0);
        pumping = false;
    }
}
