package dsw.diagrams.plantuml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Rendering in the sandbox: pictures or clear errors, never PlantUML's error picture. */
class RendererTest {
    private static final String SIMPLE = "@startuml\n!pragma layout smetana\nnode a\nnode b\na --> b\n@enduml\n";

    @Test
    void rendersSvgAndPng() throws Exception {
        Renderer.Image svg = Renderer.svg(SIMPLE);
        Renderer.Image png = Renderer.png(SIMPLE);

        assertThat(new String(svg.bytes(), StandardCharsets.UTF_8))
                .startsWith("<svg")
                .contains("</svg>");
        assertThat(svg.notes()).isEmpty();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.bytes()));
        assertThat(image.getWidth()).isEqualTo(png.width()).isGreaterThan(10);
        assertThat(image.getHeight()).isEqualTo(png.height()).isGreaterThan(10);
    }

    @Test
    void runsInPlantUmlsSandbox() {
        assertThat(Renderer.securityProfile()).isEqualTo("SANDBOX");
        assertThat(System.getProperty("PLANTUML_SECURITY_PROFILE")).isEqualTo("SANDBOX");
    }

    @Test
    void aSyntaxErrorNamesItsLine() {
        assertThatThrownBy(() -> Renderer.svg("@startuml\nnode a\na -->\n@enduml\n"))
                .isInstanceOfSatisfying(DiagramException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.isLayoutFailure()).isFalse();
                })
                .hasMessageContaining("syntax error on line 3")
                .hasMessageContaining("a -->");
    }

    @Test
    void includesOfLocalFilesAreRefused() {
        assertThatThrownBy(() -> Renderer.svg("@startuml\n!include /etc/hostname\nnode a\n@enduml\n"))
                .isInstanceOf(DiagramException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("cannot include");
    }

    @Test
    void environmentVariablesAreNotReadable() throws DiagramException {
        String svg =
                SvgText.all(Renderer.svg("@startuml\nnode \"[%getenv(\"HOME\")][%getenv(\"PATH\")]\" as a\n@enduml\n"));

        assertThat(svg).contains("[][]");
    }

    @Test
    void theBundledC4LibraryWorksInTheSandbox() throws DiagramException {
        String svg = SvgText.all(Renderer.svg("@startuml\n!pragma layout smetana\n" + "!include <C4/C4_Container>"
                + "\nContainer(\"a\", \"Orders\", \"service\")\nContainerDb(\"b\", \"Store\", \"database\")\n"
                + "Rel(\"a\", \"b\", \"SQL\")\n@enduml\n"));

        assertThat(svg).contains("Orders").contains("Store").contains("SQL").contains("[service]");
    }

    @Test
    void notADiagramIsAClearError() {
        assertThatThrownBy(() -> Renderer.svg("hello"))
                .isInstanceOf(DiagramException.class)
                .hasMessageContaining("no diagram");
        assertThatThrownBy(() -> Renderer.svg("@startuml\n@enduml\n"))
                .isInstanceOf(DiagramException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> Renderer.svg(SIMPLE + SIMPLE))
                .isInstanceOf(DiagramException.class)
                .hasMessageContaining("2 diagrams");
    }

    @Test
    void aPngWiderThanTheLimitIsScaledDownAndSaysSo() throws DiagramException, IOException {
        StringBuilder wide = new StringBuilder("@startuml\n!pragma layout smetana\nleft to right direction\n");
        for (int i = 0; i < 120; i++) {
            wide.append("node n").append(i).append('\n');
            if (i > 0) {
                wide.append("n").append(i - 1).append(" --> n").append(i).append('\n');
            }
        }
        wide.append("@enduml\n");

        Renderer.Image svg = Renderer.svg(wide.toString());
        Renderer.Image png = Renderer.png(wide.toString());

        assertThat(svg.width()).isGreaterThan(Renderer.MAX_PNG_SIDE);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.bytes()));
        assertThat(image.getWidth())
                .isLessThanOrEqualTo(Renderer.MAX_PNG_SIDE)
                .isGreaterThan(Renderer.MAX_PNG_SIDE * 9 / 10);
        assertThat(image.getHeight()).isGreaterThan(10);
        assertThat(png.notes()).singleElement().asString().contains("scaled to").contains("SVG keeps full detail");
    }

    @Test
    void aLayoutCrashIsALayoutFailureAndPrintsNothing() {
        String framed = DeploymentDiagram.of(
                GeneratedDesigns.of(100), DeploymentDiagram.Options.DEFAULT.withStyle(DeploymentDiagram.Style.C4));
        PrintStream err = System.err;
        PrintStream out = System.out;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(console, true, StandardCharsets.UTF_8);
        System.setErr(capture);
        System.setOut(capture);
        try {
            assertThatThrownBy(() -> Renderer.svg(framed))
                    .isInstanceOfSatisfying(DiagramException.class, e -> assertThat(e.isLayoutFailure())
                            .isTrue())
                    .hasMessageContaining("smetana")
                    .hasMessageContaining("Graphviz");
            assertThat(System.err).isSameAs(capture);
            assertThat(System.out).isSameAs(capture);
        } finally {
            System.setErr(err);
            System.setOut(out);
        }
        assertThat(console.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void concurrentRendersAllSucceed() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Renderer.Image>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String source = SIMPLE.replace("node b", "node b" + i).replace("--> b", "--> b" + i);
                results.add(pool.submit(() -> Renderer.svg(source)));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(SvgText.all(results.get(i).get())).contains("b" + i);
            }
        } finally {
            pool.shutdown();
        }
    }
}
