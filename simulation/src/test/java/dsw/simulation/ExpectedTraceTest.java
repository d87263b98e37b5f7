package dsw.simulation;

import static dsw.simulation.testkit.Tiny.ms;
import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.Design;
import dsw.model.NetworkProfile;
import dsw.model.PropertyKeys;
import dsw.model.scenario.Fault;
import dsw.model.scenario.KeySpace;
import dsw.model.scenario.LoadModel;
import dsw.model.scenario.Workload;
import dsw.model.trace.TraceJson;
import dsw.model.value.Distribution;
import dsw.simulation.testkit.Tiny;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Small scenarios whose whole trace is committed under src/test/resources/expected. A change in
 * the simulator that changes a trace fails here and shows as a diff of the .jsonl file. To accept
 * a change on purpose, run {@code mvn -pl model,simulation test -Dtest=ExpectedTraceTest
 * -Ddsw.regenerate=true} and review the diff before committing.
 */
class ExpectedTraceTest {
    private static final Path DIR = Path.of("src/test/resources/expected");

    static Stream<Arguments> scenarios() {
        return Stream.of(
                Arguments.of("unreliable-link", unreliableLink()),
                Arguments.of("one-way-partition", oneWayPartition()),
                Arguments.of("crash-pause-skew", crashPauseSkew()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void theTraceIsTheCommittedOne(String name, Design design) throws IOException {
        Simulation simulation = Simulation.of(design);
        simulation.runToEnd(RunMonitor.NONE);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TraceJson.write(simulation.trace(), bytes);
        String actual = bytes.toString(StandardCharsets.UTF_8);
        Path file = DIR.resolve(name + ".jsonl");
        if (Boolean.getBoolean("dsw.regenerate")) {
            Files.writeString(file, actual);
        }
        assertThat(file)
                .as("expected trace %s (regenerate with -Ddsw.regenerate=true)", file)
                .exists();
        assertThat(actual).isEqualTo(Files.readString(file));
    }

    /** A client calls a service over a link that loses, duplicates and reorders messages. */
    private static Design unreliableLink() {
        NetworkProfile network = NetworkProfile.DEFAULT
                .withLatency(new Distribution.Uniform(ms(1), ms(3)))
                .withLoss(0.15)
                .withDuplication(0.15)
                .withReorder(0.3);
        return Tiny.design("unreliable link")
                .component("client", "client")
                .component("api", "service")
                .set("api", PropertyKeys.SERVICE_TIME, Distribution.constant(ms(1)))
                .link("client", "api", network)
                .everyMillis("client", "api", 10, 0, -1, 0.5, 100)
                .duration(ms(120))
                .seed(42)
                .build();
    }

    /** A load balancer loses its way to one of two services for a while: one way only. */
    private static Design oneWayPartition() {
        return Tiny.design("one-way partition")
                .component("users", "client", 2)
                .component("lb", "load-balancer")
                .component("svc", "service", 2)
                .set("svc", PropertyKeys.SERVICE_TIME, Distribution.constant(ms(2)))
                .link("users", "lb")
                .link("lb", "svc")
                .workload(new Workload(
                        "users", "lb", new LoadModel.OpenLoop(100, true), 0.8, new KeySpace(10, 0), 0, -1, 200))
                .fault(ms(40), new Fault.Partition("cut", List.of("lb"), List.of("svc"), true))
                .fault(ms(80), new Fault.Heal("cut"))
                .duration(ms(120))
                .seed(7)
                .build();
    }

    /** A database crashes and recovers, its service stalls, and the service's clock is skewed. */
    private static Design crashPauseSkew() {
        return Tiny.design("crash, pause and skew")
                .component("client", "client")
                .component("api", "service")
                .component("db", "database")
                .set("api", PropertyKeys.SERVICE_TIME, Distribution.constant(ms(1)))
                .link("client", "api")
                .link("api", "db")
                .everyMillis("client", "api", 8, 0, -1, 0.5, 100)
                .fault(ms(20), new Fault.ClockSkew("api", ms(-5), 500))
                .fault(ms(30), new Fault.Crash("db"))
                .fault(ms(50), new Fault.Recover("db"))
                .fault(ms(70), new Fault.Pause("api", ms(15)))
                .duration(ms(110))
                .seed(3)
                .build();
    }
}
