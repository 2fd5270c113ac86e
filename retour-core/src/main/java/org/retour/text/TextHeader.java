package org.retour.text;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The metadata header a plain-text article may open with: lines {@code key: value} (url, title,
 * lang, date or published, outlet), then a blank line, then the body, which is what is analysed.
 * This is the form of the gold files' articles.
 *
 * @param url       the article's address, or null
 * @param title     its title, or null
 * @param language  its ISO 639-1 code, or null
 * @param published its publication date, or null ({@code unknown} in the file)
 * @param outlet    its outlet, or null
 * @param bodyStart where the body starts in the text
 */
public record TextHeader(String url, String title, String language, LocalDate published, String outlet,
                         int bodyStart) {

    private static final Set<String> KEYS = Set.of("url", "title", "lang", "date", "published", "outlet");
    private static final int MAX_HEADER_LINES = 12;

    /**
     * The header of {@code text} when every line before the first blank line is a known {@code key:
     * value} pair (at least one), otherwise empty: a text that merely starts with "Paris: …" has none.
     */
    public static Optional<TextHeader> parse(String text) {
        String url = null;
        String title = null;
        String lang = null;
        LocalDate date = null;
        String outlet = null;
        int pos = 0;
        int lines = 0;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, end).strip();
            if (line.isEmpty()) {
                if (lines == 0 || nl < 0) {
                    return Optional.empty();
                }
                return Optional.of(new TextHeader(url, title, lang, date, outlet, nl + 1));
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || ++lines > MAX_HEADER_LINES) {
                return Optional.empty();
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (!KEYS.contains(key)) {
                return Optional.empty();
            }
            String v = value.isEmpty() || value.equalsIgnoreCase("unknown") ? null : value;
            switch (key) {
                case "url" -> url = v;
                case "title" -> title = v;
                case "lang" -> lang = v == null || !org.retour.lang.Languages.isKnown(v) ? null : v.toLowerCase(Locale.ROOT);
                case "outlet" -> outlet = v;
                default -> date = parseDate(v);
            }
            if (nl < 0) {
                return Optional.empty();
            }
            pos = nl + 1;
        }
        return Optional.empty();
    }

    private static LocalDate parseDate(String v) {
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
