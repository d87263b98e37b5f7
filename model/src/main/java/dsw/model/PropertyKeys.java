package dsw.model;

/** Property keys that code outside the kind catalog relies on. */
public final class PropertyKeys {
    /** Instances behind one box; graph analysis treats 1 as a single point of failure. */
    public static final String REPLICAS = "replicas";

    public static final String CONCURRENCY = "concurrency";
    public static final String QUEUE_CAPACITY = "queueCapacity";
    public static final String SERVICE_TIME = "serviceTime";
    public static final String READ_TIME = "readTime";
    public static final String WRITE_TIME = "writeTime";
    public static final String TIMEOUT = "timeout";

    private PropertyKeys() {}
}
