package dsw.diagrams.plantuml;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.diagrams.plantuml.DeploymentDiagram.Options;
import dsw.diagrams.plantuml.DeploymentDiagram.Style;
import dsw.model.Design;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example and a large generated design yield an SVG and a PNG in both styles. */
class DeploymentExportTest {
    static Stream<Arguments> examples() {
        return Examples.names().stream()
                .flatMap(name -> Stream.of(Style.values()).map(style -> Arguments.of(name, style)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("examples")
    void everyExampleRendersToSvgAndPng(String name, Style style) throws DiagramException, IOException {
        Design design = Examples.load(name);
        Options options = Options.DEFAULT.withStyle(style).withLinkProperties(true);

        Renderer.Image svg = DeploymentExport.render(design, options, Renderer.Format.SVG);
        Renderer.Image png = DeploymentExport.render(design, options, Renderer.Format.PNG);

        assertThat(svg.notes()).isEmpty();
        String text = SvgText.all(svg);
        design.components().forEach(c -> assertThat(text).contains(c.name()));
        design.groups().forEach(g -> assertThat(text).contains(g.name()));
        assertReadablePng(png);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("styles")
    void aDesignOf300ComponentsStillYieldsADiagram(Style style) throws DiagramException, IOException {
        Design design = GeneratedDesigns.of(300);
        Options options = Options.DEFAULT.withStyle(style);

        Renderer.Image svg = DeploymentExport.render(design, options, Renderer.Format.SVG);
        Renderer.Image png = DeploymentExport.render(design, options, Renderer.Format.PNG);

        String text = SvgText.all(svg);
        assertThat(text).contains("Component 0").contains("Component 289").contains("Client 9");
        assertReadablePng(png);
        assertThat(png.width()).isLessThanOrEqualTo(Renderer.MAX_PNG_SIDE);
        assertThat(png.height()).isLessThanOrEqualTo(Renderer.MAX_PNG_SIDE);
        System.out.println("300 components, " + style + ": SVG " + svg.width() + " x " + svg.height() + " "
                + svg.notes() + "; PNG " + png.width() + " x " + png.height() + " " + png.notes());
    }

    static Stream<Style> styles() {
        return Stream.of(Style.values());
    }

    @Test
    void everyAllowedThemeRenders() throws DiagramException {
        Design design = Examples.load("three-tier-web");
        for (String theme : DeploymentDiagram.THEMES) {
            for (Style style : Style.values()) {
                Renderer.Image svg = DeploymentExport.render(
                        design, Options.DEFAULT.withTheme(theme).withStyle(style), Renderer.Format.SVG);
                assertThat(SvgText.all(svg)).as("%s %s", theme, style).contains("Primary database");
            }
        }
    }

    private static void assertReadablePng(Renderer.Image png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.bytes()));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(png.width());
        assertThat(image.getHeight()).isEqualTo(png.height());
    }
}
