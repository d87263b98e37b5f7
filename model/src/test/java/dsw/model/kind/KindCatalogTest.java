package dsw.model.kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dsw.model.Component;
import dsw.model.PropertyKeys;
import dsw.model.value.Distribution;
import dsw.model.value.Micros;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KindCatalogTest {
    private final KindCatalog kinds = KindCatalog.standard();

    @Test
    void offersTheKindsTheIssueNames() {
        assertThat(kinds.all())
                .extracting(ComponentKind::id)
                .contains(
                        "client",
                        "load-balancer",
                        "api-gateway",
                        "service",
                        "database",
                        "cache",
                        "queue",
                        "registry",
                        "lock-service",
                        "external-system");
    }

    @Test
    void everyBehaviourHasAKindAndEveryKindAnIcon() {
        for (Behavior behavior : Behavior.values()) {
            assertThat(kinds.withBehavior(behavior))
                    .as("kinds acting as %s", behavior)
                    .isNotEmpty();
        }
        for (ComponentKind kind : kinds.all()) {
            assertThat(kind.icon()).as("icon of %s", kind.id()).startsWith("mdi2");
            assertThat(kind.name()).isNotBlank();
            assertThat(kind.description()).isNotBlank();
        }
    }

    @Test
    void iconsAreDistinctSoThePaletteCanTellKindsApart() {
        assertThat(kinds.all().stream().map(ComponentKind::icon).distinct().count())
                .isEqualTo(kinds.all().size());
    }

    @Test
    void defaultsFitTheirOwnRanges() {
        for (ComponentKind kind : kinds.all()) {
            for (PropertySpec spec : kind.properties()) {
                assertThat(spec.check(spec.defaultValue())).isEqualTo(spec.defaultValue());
            }
        }
    }

    @Test
    void aNewComponentTakesTheKindsDefaults() {
        Component service = Component.of("api", "API", kinds.get("service"));

        assertThat(service.replicas()).isEqualTo(1);
        assertThat(service.longProperty(PropertyKeys.CONCURRENCY)).isEqualTo(16);
        assertThat(service.distributionProperty(PropertyKeys.SERVICE_TIME))
                .isEqualTo(new Distribution.LogNormal(5 * Micros.PER_MILLISECOND, 0.5));
    }

    @Test
    void propertiesAreCheckedAgainstTheirSpec() {
        Component service = Component.of("api", "API", kinds.get("service"));

        assertThatThrownBy(() -> service.withProperty("replicas", new PropertyValue.IntValue(0)))
                .hasMessage("Replicas must be at least 1, got 0");
        assertThatThrownBy(() -> service.withProperty("replicas", new PropertyValue.TextValue("three")))
                .hasMessageContaining("expects a whole number");
        assertThatThrownBy(() -> service.withProperty("ttl", new PropertyValue.DurationValue(5)))
                .hasMessageContaining("has no property \"ttl\"");
        assertThat(service.withProperty("replicas", new PropertyValue.NumberValue(3))
                        .replicas())
                .isEqualTo(3);
    }

    @Test
    void choicesMustBeOneOfTheList() {
        Component lb = Component.of("lb", "LB", kinds.get("load-balancer"));

        assertThatThrownBy(() -> lb.withProperty("strategy", new PropertyValue.TextValue("magic")))
                .hasMessageContaining("must be one of round-robin");
    }

    @Test
    void changingKindKeepsSharedPropertiesThatFit() {
        Component service = Component.of("api", "API", kinds.get("service"))
                .withProperty("replicas", new PropertyValue.IntValue(4))
                .withProperty("queueCapacity", new PropertyValue.IntValue(7));

        Component database = service.withKind(kinds.get("database"));

        assertThat(database.replicas()).isEqualTo(4);
        assertThat(database.longProperty("queueCapacity")).isEqualTo(7);
        assertThat(database.properties().keySet())
                .containsExactlyElementsOf(kinds.get("database").properties().stream()
                        .map(PropertySpec::key)
                        .toList());
    }

    @Test
    void unknownKindsAreNamedWithTheAlternatives() {
        assertThatThrownBy(() -> kinds.get("mainframe"))
                .hasMessageContaining("unknown component kind \"mainframe\"")
                .hasMessageContaining("service");
    }

    @Test
    void kindEqualityIsById() {
        ComponentKind service = kinds.get("service");
        ComponentKind copy = new ComponentKind("service", "Other name", "", Behavior.SERVICE, "", "node", List.of());

        assertThat(copy).isEqualTo(service);
        assertThat(Map.of(service, 1)).containsKey(copy);
    }
}
