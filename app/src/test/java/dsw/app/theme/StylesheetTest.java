package dsw.app.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/** The app stylesheet parses without errors: one missing brace silently drops every rule after it. */
class StylesheetTest {
    @Test
    void theAppStylesheetParsesCleanly() throws Exception {
        URL url = getClass().getResource("/dsw/app/theme/app.css");
        assertThat(url).isNotNull();
        CssParser.errorsProperty().clear();
        Stylesheet sheet = new CssParser().parse(url);
        assertThat(CssParser.errorsProperty()).extracting(Object::toString).isEmpty();
        assertThat(sheet.getRules())
                .as("the presenter-mode rules at the end of the file are read")
                .anySatisfy(rule -> assertThat(rule.getSelectors().toString()).contains("presenter"));
    }
}
