package org.retour.resource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads Retour's line-oriented data files: one entry a line, blank lines and lines starting with
 * {@code #} ignored, UTF-8.
 *
 * <p>Every lexicon, cue list and gazetteer that is a plain list goes through here, so that a
 * researcher can extend them without touching Java.
 */
public final class ResourceLines {

    private ResourceLines() {
    }

    /** The entries of a classpath resource; an empty list when it does not exist. */
    public static List<String> classpath(String resource) {
        InputStream in = ResourceLines.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            return List.of();
        }
        try (in) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
    }

    /** The entries of a file. */
    public static List<String> file(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in);
        }
    }

    /**
     * Entries of the form {@code "lang kind word…"}: each word, lower-cased, with its kind (a constant of
     * {@code kinds}, named in any case), by language. A word listed again keeps its first kind, or takes the
     * later one when {@code laterWins} holds. A line without a word, or with a kind not among {@code kinds}, is refused.
     *
     * @param what the name of the lines' file in the message that refuses a line without a word
     */
    public static <K extends Enum<K>> Map<String, Map<String, K>> kindsByLanguage(Iterable<String> lines, Class<K> kinds,
                                                                                 String what, boolean laterWins) {
        Map<String, Map<String, K>> m = new HashMap<>();
        for (String line : lines) {
            String[] p = line.trim().split("\\s+");
            if (p.length < 3) {
                throw new IllegalArgumentException(what + " line needs 'lang kind word…': " + line);
            }
            K kind;
            try {
                kind = Enum.valueOf(kinds, p[1].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(what + " line has a kind not among "
                        + java.util.Arrays.toString(kinds.getEnumConstants()).toLowerCase(Locale.ROOT) + ": " + line);
            }
            Map<String, K> words = m.computeIfAbsent(p[0], k -> new HashMap<>());
            for (int i = 2; i < p.length; i++) {
                String w = p[i].toLowerCase(Locale.ROOT);
                if (laterWins) {
                    words.put(w, kind);
                } else {
                    words.putIfAbsent(w, kind);
                }
            }
        }
        return m;
    }

    /**
     * Entries of the form {@code "lang kind word…"}: for each of {@code kinds}, its words, lower-cased, by language.
     * A word may stand under several kinds; a kind not among {@code kinds} is refused.
     *
     * @param what the name of the lines' file in the message that refuses a line
     */
    public static Map<String, Map<String, Set<String>>> wordsByKind(Iterable<String> lines, Set<String> kinds,
                                                                   String what) {
        Map<String, List<String>> entries = new HashMap<>();
        for (String kind : kinds) {
            entries.put(kind, new ArrayList<>());
        }
        for (String line : lines) {
            String[] p = line.trim().split("\\s+");
            List<String> of = p.length < 2 ? null : entries.get(p[1]);
            if (of == null) {
                throw new IllegalArgumentException(what + " line needs 'lang kind word…' with a kind among " + kinds + ": " + line);
            }
            for (int i = 2; i < p.length; i++) {
                of.add(p[0] + " " + p[i]);
            }
        }
        Map<String, Map<String, Set<String>>> out = new HashMap<>();
        entries.forEach((kind, e) -> out.put(kind, byLanguage(e, true)));
        return Map.copyOf(out);
    }

    /** The words of lines {@code "lang word…"} grouped by language, in lower case. */
    public static Map<String, Set<String>> wordsByLanguage(Iterable<String> lines) {
        List<String> entries = new ArrayList<>();
        for (String line : lines) {
            String[] p = line.trim().split("\\s+");
            for (int i = 1; i < p.length; i++) {
                entries.add(p[0] + " " + p[i]);
            }
        }
        return byLanguage(entries, true);
    }

    /**
     * Entries of the form {@code "lang rest…"} grouped by language; {@code rest} keeps its inner spaces.
     */
    public static Map<String, Set<String>> byLanguage(List<String> lines, boolean lowerCase) {
        Map<String, Set<String>> out = new HashMap<>();
        for (String line : lines) {
            int sp = line.indexOf(' ');
            if (sp <= 0) {
                continue;
            }
            String lang = line.substring(0, sp).trim();
            String value = line.substring(sp + 1).trim();
            out.computeIfAbsent(lang, k -> new HashSet<>()).add(lowerCase ? value.toLowerCase(Locale.ROOT) : value);
        }
        out.replaceAll((k, v) -> Set.copyOf(v));
        return LanguageMap.of(Map.copyOf(out));
    }

    private static List<String> read(InputStream in) throws IOException {
        List<String> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            out.add(t);
        }
        return List.copyOf(out);
    }
}
