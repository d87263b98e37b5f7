package dsw.model;

import dsw.model.pattern.LinkPatterns;
import dsw.model.value.Ids;
import dsw.model.value.Text;
import java.util.Objects;

/**
 * A connection between two components, with the network's behaviour on it. Immutable,
 * thread-safe.
 *
 * @param from the component that sends requests (for {@link LinkDirection#FORWARD})
 * @param to the component that receives them
 * @param label what travels on it, such as "gRPC" or "orders"; may be empty
 */
public record Link(
        String id,
        String from,
        String to,
        LinkDirection direction,
        LinkMode mode,
        String label,
        NetworkProfile network,
        LinkPatterns patterns) {

    public Link {
        Ids.require("link", id);
        Ids.require("link " + id + " 'from' component", from);
        Ids.require("link " + id + " 'to' component", to);
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(mode, "mode");
        label = Text.requireName("label of link " + id, label == null ? "" : label, true);
        network = network == null ? NetworkProfile.DEFAULT : network;
        patterns = patterns == null ? LinkPatterns.NONE : patterns;
    }

    /** A synchronous one-way link on a quiet network. */
    public static Link of(String id, String from, String to) {
        return new Link(
                id, from, to, LinkDirection.FORWARD, LinkMode.SYNC, "", NetworkProfile.DEFAULT, LinkPatterns.NONE);
    }

    public boolean touches(String componentId) {
        return from.equals(componentId) || to.equals(componentId);
    }

    /** The end that is not {@code componentId}. */
    public String other(String componentId) {
        return from.equals(componentId) ? to : from;
    }

    public Link withEnds(String newFrom, String newTo) {
        return new Link(id, newFrom, newTo, direction, mode, label, network, patterns);
    }

    public Link withDirection(LinkDirection value) {
        return new Link(id, from, to, value, mode, label, network, patterns);
    }

    public Link withMode(LinkMode value) {
        return new Link(id, from, to, direction, value, label, network, patterns);
    }

    public Link withLabel(String value) {
        return new Link(id, from, to, direction, mode, value, network, patterns);
    }

    public Link withNetwork(NetworkProfile value) {
        return new Link(id, from, to, direction, mode, label, value, patterns);
    }

    public Link withPatterns(LinkPatterns value) {
        return new Link(id, from, to, direction, mode, label, network, value);
    }
}
