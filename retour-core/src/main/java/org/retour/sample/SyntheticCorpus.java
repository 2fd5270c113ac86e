package org.retour.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.retour.model.Document;
import org.retour.model.SourceMetadata;
import org.retour.resource.ResourceLines;

/**
 * A reproducible multilingual corpus of news-like articles about fighters who left the Islamic
 * State, for benchmarks: fr, en, de and ar articles of about 4 KB with quotes, names, places and
 * figures, made from the templates in {@code org/retour/sample/}.
 *
 * <p>The same seed gives the same articles. Thread-safe.
 */
public final class SyntheticCorpus {

    /** The languages, in the order articles cycle through them. */
    public static final List<String> LANGUAGES = List.of("fr", "en", "de", "ar");

    private static final String DIR = "org/retour/sample/";
    private final Map<String, List<String>> templates = new HashMap<>();
    private final Map<String, Map<String, List<String>>> slots = new HashMap<>();
    private final int targetChars;

    /** A corpus of articles of about {@code targetChars} characters. */
    public SyntheticCorpus(int targetChars) {
        if (targetChars < 100) {
            throw new IllegalArgumentException("articles need at least 100 characters, not " + targetChars);
        }
        this.targetChars = targetChars;
        for (String lang : LANGUAGES) {
            templates.put(lang, ResourceLines.classpath(DIR + "synthetic-" + lang + ".txt"));
        }
        for (String line : ResourceLines.classpath(DIR + "synthetic-slots.txt")) {
            String[] p = line.split(" ", 3);
            slots.computeIfAbsent(p[0], k -> new HashMap<>()).computeIfAbsent(p[1], k -> new ArrayList<>()).add(p[2]);
        }
    }

    /** A corpus of articles of about 4 KB. */
    public static SyntheticCorpus standard() {
        return new SyntheticCorpus(4000);
    }

    /** Article number {@code index} for {@code seed}: always the same document. */
    public Document article(long seed, int index) {
        String lang = LANGUAGES.get(Math.floorMod(index, LANGUAGES.size()));
        SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + index);
        List<String> lines = templates.get(lang);
        StringBuilder text = new StringBuilder(targetChars + 400);
        while (text.length() < targetChars) {
            int sentences = 1 + rnd.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    text.append(' ');
                }
                text.append(fill(lines.get(rnd.nextInt(lines.size())), lang, rnd));
            }
            text.append('\n');
        }
        LocalDate published = LocalDate.of(2014, 1, 1).plusDays(rnd.nextInt(365 * 6));
        return new Document("synthetic-" + seed + "-" + index, text.toString().strip(), null, published,
                new SourceMetadata("synthetic:" + index, null, "Synthetic"));
    }

    /** The first {@code count} articles for {@code seed}. */
    public List<Document> articles(long seed, int count) {
        List<Document> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(article(seed, i));
        }
        return out;
    }

    private String fill(String template, String lang, SplittableRandom rnd) {
        StringBuilder out = new StringBuilder(template.length() + 40);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            out.append(template, i, open);
            String slot = template.substring(open + 1, close);
            out.append(value(slot, lang, rnd));
            i = close + 1;
        }
        return out.toString();
    }

    private String value(String slot, String lang, SplittableRandom rnd) {
        if (slot.equals("N")) {
            return String.valueOf(10 + rnd.nextInt(990));
        }
        List<String> own = slots.getOrDefault(lang, Map.of()).get(slot);
        List<String> any = slots.getOrDefault("*", Map.of()).get(slot);
        List<String> pool = own != null ? own : any;
        if (pool == null) {
            return slot;
        }
        return pool.get(rnd.nextInt(pool.size()));
    }
}
