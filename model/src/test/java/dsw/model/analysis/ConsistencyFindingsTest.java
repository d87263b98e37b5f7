package dsw.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Severity;
import dsw.model.pattern.ComponentPatterns;
import dsw.model.pattern.ConsistencyModel;
import dsw.model.pattern.Replication;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsistencyFindingsTest {
    private static Design withDatabase(Replication replication, ConsistencyModel promise) {
        Design chain = Designs.chain()
                .component("orders", "Orders", "database", 3)
                .link("web", "orders")
                .build();
        List<Component> components = chain.components().stream()
                .map(c -> c.id().equals("orders") ? c.withPatterns(new ComponentPatterns(replication, promise)) : c)
                .toList();
        return new Design(
                chain.name(), chain.description(), components, chain.links(), chain.groups(), chain.scenario());
    }

    @Test
    void aPromiseTheSettingsCannotKeepIsAWarningAboutTheComponent() {
        Design design = withDatabase(
                new Replication.MultiLeader(Replication.MultiLeader.Resolution.LAST_WRITER_WINS),
                ConsistencyModel.LINEARIZABLE);

        List<Finding> found = DesignLint.check(design).stream()
                .filter(f -> f.code().equals(DesignLint.CONSISTENCY))
                .toList();

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.ids()).containsExactly("orders");
            assertThat(f.message()).startsWith("Orders promises linearizable reads, but multi-leader replication");
        });
    }

    @Test
    void aKeptPromiseIsNotMentioned() {
        Design design = withDatabase(new Replication.Leaderless(2, 2), ConsistencyModel.EVENTUAL);

        assertThat(DesignLint.check(design)).noneMatch(f -> f.code().equals(DesignLint.CONSISTENCY));
    }
}
