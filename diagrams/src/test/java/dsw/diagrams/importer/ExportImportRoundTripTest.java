package dsw.diagrams.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.diagrams.plantuml.DeploymentDiagram;
import dsw.diagrams.plantuml.Examples;
import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Group;
import dsw.model.Link;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real exporter and importer together: every example exported, imported, exported and
 * imported again gives the same design the second time (import -> export -> import is stable), and
 * the first import keeps the example's components, kinds, replicas, links and frames.
 */
class ExportImportRoundTripTest {
    static List<String> examples() {
        return Examples.names();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void importExportImportIsStable(String example) throws Exception {
        Design original = Examples.load(example);
        Design first = PumlImport.importText(example + ".puml", DeploymentDiagram.of(original))
                .design();
        Design second = PumlImport.importText(example + ".puml", DeploymentDiagram.of(first))
                .design();
        assertThat(dsw.model.file.DesignFiles.toJson(second)).isEqualTo(dsw.model.file.DesignFiles.toJson(first));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void anExportedExampleImportsWithItsPartsKindsAndLinks(String example) throws Exception {
        Design original = Examples.load(example);
        ImportResult result = PumlImport.importText(example + ".puml", DeploymentDiagram.of(original));
        Design imported = result.design();
        assertThat(result.notes()).as("nothing guessed or passed over").isEmpty();
        assertThat(imported.components())
                .extracting(Component::name, c -> c.kind().id(), Component::replicas)
                .containsExactlyInAnyOrderElementsOf(original.components().stream()
                        .map(c -> org.assertj.core.groups.Tuple.tuple(
                                c.name(), c.kind().id(), c.replicas()))
                        .toList());
        assertThat(imported.links())
                .extracting(l -> name(imported, l.from()), l -> name(imported, l.to()), Link::mode, Link::label)
                .containsExactlyInAnyOrderElementsOf(original.links().stream()
                        .map(l -> org.assertj.core.groups.Tuple.tuple(
                                name(original, l.from()), name(original, l.to()), l.mode(), l.label()))
                        .toList());
        assertThat(imported.groups())
                .extracting(Group::name, Group::kind)
                .containsExactlyInAnyOrderElementsOf(original.groups().stream()
                        .map(g -> org.assertj.core.groups.Tuple.tuple(g.name(), g.kind()))
                        .toList());
    }

    private static String name(Design design, String id) {
        return design.requireComponent(id).name();
    }
}
