package dsw.simulation.message;

import dsw.model.trace.MessageKind;
import dsw.model.trace.Status;

/**
 * A load balancer's health check of one backend instance, or (with {@code status} OK) the
 * instance's answer that it is up.
 */
public record HealthProbe(Status status) implements Message {
    public static final int BYTES = 32;

    /** The probe a balancer sends. */
    public static HealthProbe check() {
        return new HealthProbe(Status.NONE);
    }

    /** The answer of an instance that is up. */
    public static HealthProbe healthy() {
        return new HealthProbe(Status.OK);
    }

    @Override
    public MessageKind kind() {
        return MessageKind.HEARTBEAT;
    }

    @Override
    public int size() {
        return BYTES;
    }

    @Override
    public String label() {
        return status == Status.NONE ? "health check" : "healthy";
    }
}
