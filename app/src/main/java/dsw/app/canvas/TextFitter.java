package dsw.app.canvas;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Measures text and shortens it with an ellipsis to fit a width. Use on the FX thread only. */
final class TextFitter {
    private static final int CACHE_LIMIT = 4096;
    private final Text probe = new Text();
    private final Map<String, Double> widths = new HashMap<>();

    double width(String text, Font font) {
        String key = font.getName() + '\u0000' + font.getSize() + '\u0000' + text;
        Double cached = widths.get(key);
        if (cached != null) {
            return cached;
        }
        if (widths.size() > CACHE_LIMIT) {
            widths.clear();
        }
        probe.setFont(font);
        probe.setText(text);
        double width = probe.getLayoutBounds().getWidth();
        widths.put(key, width);
        return width;
    }

    /**
     * Breaks the text at spaces into at most {@code maxLines} lines that each fit; the last line
     * ends in "…" when the text does not fit whole.
     */
    java.util.List<String> wrap(String text, Font font, double maxWidth, int maxLines) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        String rest = text.strip();
        while (!rest.isEmpty() && lines.size() < maxLines - 1) {
            if (width(rest, font) <= maxWidth) {
                break;
            }
            int cut = -1;
            for (int i = rest.indexOf(' '); i > 0; i = rest.indexOf(' ', i + 1)) {
                if (width(rest.substring(0, i), font) <= maxWidth) {
                    cut = i;
                } else {
                    break;
                }
            }
            if (cut < 0) {
                break;
            }
            lines.add(rest.substring(0, cut));
            rest = rest.substring(cut + 1).strip();
        }
        if (!rest.isEmpty() || lines.isEmpty()) {
            lines.add(fit(rest, font, maxWidth));
        }
        return lines;
    }

    /** The text, or as much of it as fits followed by "…". */
    String fit(String text, Font font, double maxWidth) {
        if (width(text, font) <= maxWidth) {
            return text;
        }
        int low = 0;
        int high = text.length();
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (width(text.substring(0, mid).strip() + "…", font) <= maxWidth) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low == 0 ? "…" : text.substring(0, low).strip() + "…";
    }
}
