package dsw.app.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Link;
import dsw.model.kind.KindCatalog;
import dsw.model.scenario.Fault;
import dsw.model.scenario.Scenario;
import dsw.model.scenario.ScheduledFault;
import dsw.model.value.Micros;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioTextTest {
    private static Component service(String id, String name) {
        return Component.of(id, name, KindCatalog.standard().get("service"));
    }

    /** Names whose ids collide with other names and with words of the sentence itself. */
    private static Design confusing(List<ScheduledFault> faults) {
        return new Design(
                "Confusing",
                "",
                List.of(service("web", "api"), service("api", "Gateway"), service("for", "Forwarder")),
                List.of(Link.of("l1", "web", "api")),
                List.of(),
                Scenario.DEFAULT.withFaults(faults));
    }

    @Test
    void faultsNameTheComponentsTheyHit() {
        Design design = confusing(List.of(
                new ScheduledFault(Micros.PER_SECOND, new Fault.Crash("web")),
                new ScheduledFault(2 * Micros.PER_SECOND, new Fault.Pause("api", Micros.PER_SECOND)),
                new ScheduledFault(3 * Micros.PER_SECOND, new Fault.LinkDown("l1"))));

        assertThat(ScenarioText.faults(design))
                .containsExactly("1s: crash api", "2s: pause Gateway for 1s", "3s: link l1 (api → Gateway) down");
    }

    @Test
    void faultsAreListedInTimeOrder() {
        Design design = confusing(List.of(
                new ScheduledFault(5 * Micros.PER_SECOND, new Fault.Recover("web")),
                new ScheduledFault(Micros.PER_SECOND, new Fault.Crash("web"))));

        assertThat(ScenarioText.faults(design)).containsExactly("1s: crash api", "5s: recover api");
    }
}
