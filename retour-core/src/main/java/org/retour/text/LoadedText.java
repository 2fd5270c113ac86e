package org.retour.text;

import java.util.List;

/**
 * A text ready for analysis, with the warnings reading it raised.
 *
 * @param text     the plain text (extracted from HTML when the input was HTML)
 * @param title    the HTML title, or null
 * @param html     whether the input was HTML
 * @param warnings one-line warnings (replaced invalid UTF-8…)
 * @param header   the metadata header a plain text opened with (then {@code text} is its body), or null
 */
public record LoadedText(String text, String title, boolean html, List<String> warnings, TextHeader header) {

    public LoadedText {
        warnings = List.copyOf(warnings);
    }
}
