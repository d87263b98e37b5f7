package dsw.simulation.behavior;

import dsw.model.Component;
import dsw.model.LinkMode;
import dsw.model.PropertyKeys;
import dsw.model.kind.Behavior;
import dsw.model.trace.Decision;
import dsw.model.trace.MessageKind;
import dsw.model.trace.Status;
import dsw.model.value.Distribution;
import dsw.model.value.Micros;
import dsw.model.value.Text;
import dsw.simulation.kernel.Envelope;
import dsw.simulation.kernel.Handler;
import dsw.simulation.kernel.Node;
import dsw.simulation.kernel.Route;
import dsw.simulation.kernel.Topology;
import dsw.simulation.message.Ack;
import dsw.simulation.message.Delivery;
import dsw.simulation.message.Message;
import dsw.simulation.message.Publish;
import dsw.simulation.message.Timer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A queue or broker: holds published messages durably (up to its capacity; beyond it the network
 * records {@code queue-full} drops) and hands every message to each consumer group (each
 * component it links to), one handout per service time. A message the consumer does not
 * acknowledge within the visibility timeout, or acknowledges with a failure, is delivered again;
 * after {@code maxReceives} deliveries it goes to the dead-letter queue: the queues this one links
 * to, or else a dead-letter list of its own. Not thread-safe.
 */
final class QueueHandler implements Handler {
    static final String VISIBILITY_TIMEOUT = "visibilityTimeout";
    static final String MAX_RECEIVES = "maxReceives";
    static final String PARTITIONS = "partitions";
    static final String POISON_KEY = "poisonKey";
    private static final String CAPACITY = "capacity";

    private record InFlight(ConsumerGroup group, ConsumerGroup.Handout handout) {}

    private final Topology topology;
    private final int capacity;
    private final long visibilityTimeout;
    private final int maxReceives;
    private final int poisonKey;
    private final Distribution serviceTime;
    private final List<ConsumerGroup> groups = new ArrayList<>();
    private final List<Route> deadLetterQueues = new ArrayList<>();
    private final Map<Integer, InFlight> inFlight = new LinkedHashMap<>();
    private int deadLetters;
    private int nextDelivery;
    private int nextGroup;
    private boolean pumping;

    QueueHandler(Topology topology, int process) {
        this.topology = topology;
        Component component = topology.componentOf(process);
        capacity = Properties.intOr(component, CAPACITY, Integer.MAX_VALUE);
        visibilityTimeout = Properties.durationOr(component, VISIBILITY_TIMEOUT, 30 * Micros.PER_SECOND);
        maxReceives = Properties.intOr(component, MAX_RECEIVES, 0);
        poisonKey = Properties.intOr(component, POISON_KEY, -1);
        int partitions = Properties.intOr(component, PARTITIONS, 1);
        serviceTime = Properties.distributionOr(component, PropertyKeys.SERVICE_TIME, Distribution.constant(0));
        for (Route route : topology.routesOf(component.id())) {
            if (route.targetBehavior() == Behavior.QUEUE) {
                deadLetterQueues.add(route);
            } else {
                int limit = Properties.intOr(route.target(), PropertyKeys.CONCURRENCY, 1);
                groups.add(new ConsumerGroup(route, partitions, limit));
            }
        }
        if (groups.isEmpty()) {
            groups.add(new ConsumerGroup(null, partitions, 0));
        }
    }

    @Override
    public boolean hasRoom(Message message) {
        if (message.kind() != MessageKind.PUBLISH) {
            return true;
        }
        int fullest = 0;
        for (ConsumerGroup group : groups) {
            fullest = Math.max(fullest, group.backlog());
        }
        return fullest < capacity;
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
                for (ConsumerGroup group : groups) {
                    group.add(new QueuedMessage(body.request(), body.operation(), body.key(), body.size(), 0));
                }
                if (topology.link(envelope.link()).mode() == LinkMode.SYNC) {
                    node.reply(envelope, new Ack(-1, body.request(), body.operation(), body.key(), Status.OK));
                }
                pump(node);
            }
            case ACK -> {
                Ack ack = (Ack) body;
                InFlight done = inFlight.remove(ack.delivery());
                if (done != null) {
                    if (ack.status() == Status.OK) {
                        done.group().release(done.handout());
                    } else {
                        giveBack(node, done, "the consumer failed it");
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
                InFlight lost = inFlight.remove(((Timer.Redeliver) timer).delivery());
                if (lost != null) {
                    giveBack(node, lost, "no ack within " + Micros.humanize(visibilityTimeout));
                    pump(node);
                }
            }
            default -> {}
        }
    }

    /** A delivery failed: the message is handed out again, or dead-lettered after its last receive. */
    private void giveBack(Node node, InFlight failed, String why) {
        ConsumerGroup group = failed.group();
        QueuedMessage message = failed.handout().message();
        group.release(failed.handout());
        if (maxReceives > 0 && message.receives() >= maxReceives) {
            deadLetter(node, message);
            return;
        }
        node.decide(
                Decision.REDELIVER,
                "redeliver " + message.describe() + " to " + group.name() + ": " + why + ", receive "
                        + (message.receives() + 1) + (maxReceives > 0 ? " of " + maxReceives : ""));
        group.putBack(message);
    }

    private void deadLetter(Node node, QueuedMessage message) {
        deadLetters++;
        String moved = message.describe() + " moved to the dead-letter queue";
        String after = " after " + Text.count(message.receives(), "receive");
        if (deadLetterQueues.isEmpty()) {
            node.decide(Decision.DEAD_LETTER, moved + after + " (" + Text.count(deadLetters, "dead letter") + " held)");
            return;
        }
        List<String> names = new ArrayList<>();
        for (Route queue : deadLetterQueues) {
            names.add(queue.target().name());
            node.send(
                    queue,
                    queue.process(ServerHandler.instanceFor(queue, message.key())),
                    new Publish(message.request(), message.operation(), message.key(), message.size()));
        }
        node.decide(Decision.DEAD_LETTER, moved + " " + String.join(", ", names) + after);
    }

    private void pump(Node node) {
        if (!pumping && anyReady()) {
            pumping = true;
            node.setTimer(serviceTime.sample(node.random()), new Timer.Pump());
        }
    }

    private boolean anyReady() {
        for (ConsumerGroup group : groups) {
            if (group.ready()) {
                return true;
            }
        }
        return false;
    }

    /** Hands out one message, taking the consumer groups in turn. */
    private void dispatch(Node node) {
        for (int tries = 0; tries < groups.size(); tries++) {
            ConsumerGroup group = groups.get((nextGroup + tries) % groups.size());
            ConsumerGroup.Handout handout = group.handOut();
            if (handout != null) {
                nextGroup = (groups.indexOf(group) + 1) % groups.size();
                deliver(node, group, handout);
                return;
            }
        }
    }

    private void deliver(Node node, ConsumerGroup group, ConsumerGroup.Handout handout) {
        int delivery = nextDelivery++;
        inFlight.put(delivery, new InFlight(group, handout));
        QueuedMessage message = handout.message();
        Route route = group.route();
        node.send(
                route,
                route.process(handout.instance()),
                new Delivery(
                        delivery,
                        message.request(),
                        message.operation(),
                        message.key(),
                        message.size(),
                        poisonKey >= 0 && message.key() == poisonKey));
        node.setTimer(visibilityTimeout, new Timer.Redeliver(delivery));
    }

    @Override
    public void onCrash() {
        // The messages are durable: those out for delivery go back to the heads of their partitions.
        List<InFlight> unacked = new ArrayList<>(inFlight.values());
        for (int i = unacked.size() - 1; i >= 0; i--) {
            InFlight f = unacked.get(i);
            f.group().release(f.handout());
            f.group().putBack(f.handout().message());
        }
        inFlight.clear();
        pumping = false;
    }
}
