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
        return Map.copyOf(out);
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
