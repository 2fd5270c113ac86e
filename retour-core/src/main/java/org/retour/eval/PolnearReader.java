package org.retour.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.retour.model.Span;

/**
 * Reads a PolNeAR folder ({@code text/*.txt}, {@code attributions/*_ANNOTATOR.ann} in brat standoff,
 * {@code metadata.tsv}) as gold articles with direct quotes and speakers only.
 *
 * <p>Mapping: every Attribution relation has a Content (one or more fragments). The direct quotes are
 * the stretches of its fragments between double quotation marks (" or “ ”); marks just outside a
 * fragment count as its own. A fragment opened and not closed (a quote running into the next paragraph,
 * or cut by the annotator) ends at the end of the fragment; an opening mark right after a paragraph
 * break inside an open quote continues it. Indirect speech without marks gives no quote; a quoted
 * stretch inside indirect content (a partial quote) gives one. The speaker is the relation's Source:
 * the capitalised words before its first comma ("Mark Hamrick, a senior economic analyst" gives Mark
 * Hamrick), a pronoun resolved to the nearest earlier named Source, and unnamed when neither applies
 * (a description, or no Source). Roles are not annotated, so voices are not scored.
 */
public final class PolnearReader {

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "it", "him", "her", "his", "my");
    private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whom");
    private static final Set<String> LEADING = Set.of("the", "a", "an", "some", "many", "several", "mr", "mrs", "ms",
            "dr", "former", "sen", "rep", "gov");

    private PolnearReader() {
    }

    /** The articles of the folder that have an annotation file, sorted by name. */
    public static List<GoldDocument> read(Path dir) {
        Path textDir = dir.resolve("text");
        Path annDir = dir.resolve("attributions");
        if (!Files.isDirectory(textDir) || !Files.isDirectory(annDir)) {
            throw new GoldFormatException(dir + ": not a PolNeAR folder (expected text/ and attributions/)");
        }
        Map<String, LocalDate> dates = metadataDates(dir.resolve("metadata.tsv"));
        List<GoldDocument> out = new ArrayList<>();
        try (Stream<Path> texts = Files.list(textDir)) {
            for (Path t : texts.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = t.getFileName().toString();
                name = name.substring(0, name.length() - 4);
                Path ann = annotation(annDir, name);
                if (ann == null) {
                    continue;
                }
                String body = Files.readString(t, StandardCharsets.UTF_8);
                out.add(new GoldDocument(name, "en", null, null, dates.get(name), body,
                        quotes(body, Files.readAllLines(ann, StandardCharsets.UTF_8), ann.toString()),
                        null, null, null, null));
            }
        } catch (IOException e) {
            throw new GoldFormatException(dir + ": cannot read: " + e.getMessage());
        }
        if (out.isEmpty()) {
            throw new GoldFormatException(dir + ": no article with an annotation file");
        }
        return List.copyOf(out);
    }

    private static Path annotation(Path annDir, String name) throws IOException {
        try (Stream<Path> s = Files.list(annDir)) {
            return s.filter(p -> {
                String f = p.getFileName().toString();
                return f.startsWith(name + "_") && f.endsWith(".ann") && f.indexOf('_', name.length() + 1) < 0;
            }).min(Comparator.naturalOrder()).orElse(null);
        }
    }

    /** The direct quotes of one article from its brat lines; {@code file} is for messages. */
    static List<GoldQuote> quotes(String body, List<String> lines, String file) {
        Map<String, List<Span>> spans = new HashMap<>();
        Map<String, String> types = new HashMap<>();
        List<String[]> relations = new ArrayList<>();
        int lineNo = 0;
        for (String line : lines) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t");
            if (line.startsWith("T")) {
                if (cols.length < 2) {
                    throw new GoldFormatException(file + ":" + lineNo + ": text-bound line without type and offsets");
                }
                int sp = cols[1].indexOf(' ');
                if (sp < 0) {
                    throw new GoldFormatException(file + ":" + lineNo + ": text-bound line without offsets");
                }
                types.put(cols[0], cols[1].substring(0, sp));
                List<Span> frags = new ArrayList<>();
                for (String frag : cols[1].substring(sp + 1).split(";")) {
                    String[] se = frag.trim().split(" ");
                    try {
                        int s = Integer.parseInt(se[0]);
                        int e = Integer.parseInt(se[1]);
                        if (e > body.length() || s > e) {
                            throw new GoldFormatException(file + ":" + lineNo + ": offsets " + frag + " outside the text");
                        }
                        frags.add(new Span(s, e));
                    } catch (NumberFormatException | ArrayIndexOutOfBoundsException x) {
                        throw new GoldFormatException(file + ":" + lineNo + ": bad offsets '" + frag + "'");
                    }
                }
                spans.put(cols[0], frags);
            } else if (line.startsWith("E") && cols.length >= 2) {
                relations.add(cols[1].trim().split(" "));
            }
        }
        List<Named> named = new ArrayList<>();
        Map<Span, GoldQuote> byspan = new LinkedHashMap<>();
        List<Object[]> pending = new ArrayList<>();
        for (String[] rel : relations) {
            if (!rel[0].startsWith("Attribution")) {
                continue;
            }
            String content = null;
            String source = null;
            for (String arg : rel) {
                int colon = arg.indexOf(':');
                if (colon > 0) {
                    String role = arg.substring(0, colon);
                    if (role.equals("Content")) {
                        content = arg.substring(colon + 1);
                    } else if (role.equals("Source")) {
                        source = arg.substring(colon + 1);
                    }
                }
            }
            if (content == null || !spans.containsKey(content)) {
                continue;
            }
            Span src = source == null || !spans.containsKey(source) ? null : spans.get(source).get(0);
            if (src != null && !PRONOUNS.contains(src.of(body).strip().toLowerCase(Locale.ROOT))) {
                String name = speaker(src, body, List.of());
                if (name != null) {
                    named.add(new Named(src.start(), name));
                }
            }
            pending.add(new Object[] {spans.get(content), src});
        }
        named.sort(Comparator.comparingInt(Named::at));
        for (Object[] p : pending) {
            @SuppressWarnings("unchecked")
            List<Span> frags = (List<Span>) p[0];
            Span src = (Span) p[1];
            String speaker = src == null ? null : speaker(src, body, named);
            for (Span frag : frags) {
                for (Span q : quotedStretches(body, frag)) {
                    byspan.putIfAbsent(q, new GoldQuote(q.of(body), q, speaker, null, src == null ? null : src.of(body), false));
                }
            }
        }
        List<GoldQuote> out = new ArrayList<>(byspan.values());
        out.sort(Comparator.comparing(GoldQuote::span));
        return out;
    }

    private record Named(int at, String name) {
    }

    private static String speaker(Span src, String body, List<Named> named) {
        String text = src.of(body).strip();
        if (RELATIVES.contains(text.toLowerCase(Locale.ROOT))) {
            String before = body.substring(Math.max(0, src.start() - 100), src.start()).stripTrailing();
            while (before.endsWith(",")) {
                before = before.substring(0, before.length() - 1).stripTrailing();
            }
            int cut = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf('.')), before.lastIndexOf('\n'));
            return nameOf(before.substring(cut + 1));
        }
        if (PRONOUNS.contains(text.toLowerCase(Locale.ROOT))) {
            String best = null;
            for (Named n : named) {
                if (n.at() < src.start()) {
                    best = n.name();
                }
            }
            return best;
        }
        return nameOf(text);
    }

    /**
     * The run of capitalised words that ends the part of a Source before its first comma, without leading
     * titles and determiners ("Republican presidential nominee Donald Trump" gives Donald Trump); null
     * when that part ends in a lower-case word ("the influential US daily").
     */
    static String nameOf(String source) {
        String head = source.split(",", 2)[0].strip();
        String[] words = head.split("\\s+");
        List<String> run = new ArrayList<>();
        for (String w : words) {
            String clean = w.replaceAll("(’s|'s)$", "").replaceAll("^[^\\p{L}]+|[^\\p{L}.]+$", "");
            if (!clean.isEmpty() && Character.isUpperCase(clean.charAt(0))) {
                run.add(clean);
            } else {
                run.clear();
            }
        }
        if (run.isEmpty()) {
            return null;
        }
        List<String> kept = new ArrayList<>(run);
        while (!kept.isEmpty() && LEADING.contains(kept.get(0).toLowerCase(Locale.ROOT).replace(".", ""))) {
            kept.remove(0);
        }
        return kept.isEmpty() ? null : String.join(" ", kept);
    }

    /**
     * The stretches between double quotation marks inside a fragment (marks just outside it count). Two
     * apostrophes in a row ('' as some papers type quotation marks) are one straight double mark.
     */
    static List<Span> quotedStretches(String body, Span frag) {
        int s = frag.start();
        int e = frag.end();
        if (s >= 2 && body.startsWith("''", s - 2) && markLength(body, s) == 0) {
            s -= 2;
        } else if (s > 0 && isOpen(body.charAt(s - 1)) && (s >= body.length() || !isMark(body.charAt(s)))) {
            s--;
        }
        if (body.startsWith("''", e) && (e == 0 || markLength(body, e - 1) == 0)) {
            e += 2;
        } else if (e < body.length() && isClose(body.charAt(e)) && (e == 0 || !isMark(body.charAt(e - 1)))) {
            e++;
        }
        List<Span> out = new ArrayList<>();
        int open = -1;
        for (int i = s; i < e; i++) {
            int len = markLength(body, i);
            if (len == 0 || i + len > e) {
                continue;
            }
            char c = body.charAt(i);
            boolean opening = c == '“' || (c != '”' && open < 0);
            if (open < 0 && opening) {
                open = i + len;
            } else if (open >= 0 && c == '“') {
                if (!afterBreak(body, i, open)) {
                    addTrimmed(body, out, open, i);
                    open = i + 1;
                }
            } else if (open >= 0) {
                addTrimmed(body, out, open, i);
                open = -1;
            }
            i += len - 1;
        }
        if (open >= 0) {
            addTrimmed(body, out, open, e);
        }
        return out;
    }

    /** The length of the double quotation mark at {@code i}: 2 for '', 1 for " “ ”, else 0. */
    private static int markLength(String body, int i) {
        if (i < 0 || i >= body.length()) {
            return 0;
        }
        if (body.startsWith("''", i)) {
            return 2;
        }
        return isMark(body.charAt(i)) ? 1 : 0;
    }

    private static boolean afterBreak(String body, int i, int floor) {
        int j = i - 1;
        while (j >= floor && (body.charAt(j) == ' ' || body.charAt(j) == '\t')) {
            j--;
        }
        return j >= floor && body.charAt(j) == '\n';
    }

    private static void addTrimmed(String body, List<Span> out, int s, int e) {
        while (s < e && Character.isWhitespace(body.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(body.charAt(e - 1))) {
            e--;
        }
        for (int i = s; i < e; i++) {
            if (Character.isLetterOrDigit(body.charAt(i))) {
                out.add(new Span(s, e));
                return;
            }
        }
    }

    private static boolean isMark(char c) {
        return c == '"' || c == '“' || c == '”';
    }

    private static boolean isOpen(char c) {
        return c == '"' || c == '“';
    }

    private static boolean isClose(char c) {
        return c == '"' || c == '”';
    }

    private static Map<String, LocalDate> metadataDates(Path tsv) {
        Map<String, LocalDate> out = new HashMap<>();
        if (!Files.isRegularFile(tsv)) {
            return out;
        }
        try {
            List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
            if (lines.isEmpty()) {
                return out;
            }
            List<String> head = List.of(lines.get(0).split("\t"));
            int fn = head.indexOf("filename");
            int dt = head.indexOf("publication_date");
            if (fn < 0 || dt < 0) {
                return out;
            }
            for (String l : lines.subList(1, lines.size())) {
                String[] c = l.split("\t");
                if (c.length > Math.max(fn, dt)) {
                    try {
                        out.put(c[fn], LocalDate.parse(c[dt]));
                    } catch (java.time.format.DateTimeParseException ignored) {
                        // an unknown date stays unknown
                    }
                }
            }
        } catch (IOException e) {
            throw new GoldFormatException(tsv + ": cannot read: " + e.getMessage());
        }
        return out;
    }
}
