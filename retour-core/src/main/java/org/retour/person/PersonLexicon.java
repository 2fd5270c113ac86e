package org.retour.person;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.retour.resource.ResourceLines;

/**
 * The words that find people, their roles and pronouns, read from {@code org/retour/person/}:
 * {@code first-names.txt} ("name gender") and {@code person-words.txt} ("lang kind word [gender]").
 * Immutable and thread-safe.
 */
public final class PersonLexicon {

    /** The kinds of word {@code person-words.txt} lists. */
    public enum Kind { HONORIFIC, PARTICLE, HEAD, DET, PREP, STOP, REL, LEAD, PRON, IMPERSONAL, AFTER, INDEF }

    /** The shortest head noun read at the end of a German compound. */
    static final int MIN_COMPOUND_HEAD = 5;

    private final Map<String, Gender> firstNames;
    private final Map<Kind, Map<String, Map<String, String>>> words;

    /** A lexicon from the lines of the two files. */
    public PersonLexicon(List<String> firstNameLines, List<String> wordLines) {
        Map<String, Gender> names = new HashMap<>();
        for (String line : firstNameLines) {
            String[] p = line.split("\\s+");
            if (p.length != 2) {
                throw new IllegalArgumentException("first-name line needs 'name gender': " + line);
            }
            names.put(p[0], Gender.fromCode(p[1]));
        }
        Map<Kind, Map<String, Map<String, String>>> w = new HashMap<>();
        for (String line : wordLines) {
            String[] p = line.split("\\s+", 4);
            if (p.length < 3) {
                throw new IllegalArgumentException("person-words line needs 'lang kind word [data]': " + line);
            }
            Kind kind;
            try {
                kind = Kind.valueOf(p[1].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown kind '" + p[1] + "' in: " + line, e);
            }
            String data = p.length > 3 ? p[3] : "";
            if (kind == Kind.PRON) {
                String[] g = data.split("\\s+");
                if (g.length != 2) {
                    throw new IllegalArgumentException("a pronoun needs gender and number: " + line);
                }
                Gender.fromCode(g[0]);
            } else if (kind == Kind.HONORIFIC || kind == Kind.HEAD) {
                Gender.fromCode(data.isEmpty() ? "x" : data);
            }
            String key = kind == Kind.HONORIFIC ? p[2] : p[2].toLowerCase(Locale.ROOT);
            w.computeIfAbsent(kind, k -> new HashMap<>()).computeIfAbsent(p[0], k -> new HashMap<>()).put(key, data);
        }
        this.firstNames = Map.copyOf(names);
        w.replaceAll((k, byLang) -> {
            byLang.replaceAll((l, m) -> Map.copyOf(m));
            return Map.copyOf(byLang);
        });
        this.words = Map.copyOf(w);
    }

    /** The bundled lexicon. */
    public static PersonLexicon bundled() {
        return new PersonLexicon(ResourceLines.classpath("org/retour/person/first-names.txt"),
                ResourceLines.classpath("org/retour/person/person-words.txt"));
    }

    /** The gender of a given name as written, or null when it is not a known given name. */
    public Gender firstName(String word) {
        return firstNames.get(word);
    }

    /** Whether {@code word} (lower-cased, except honorifics which are as written) is of {@code kind}. */
    public boolean is(Kind kind, String word, String lang) {
        return data(kind, word, lang) != null;
    }

    /** The gender of an honorific or head noun, or null when the word is not one. */
    public Gender gender(Kind kind, String word, String lang) {
        String d = data(kind, word, lang);
        return d == null ? null : d.isEmpty() ? Gender.UNKNOWN : Gender.fromCode(d);
    }

    /** The pronoun the lower-cased {@code word} is in {@code lang}, or null. */
    public Pronoun pronoun(String word, String lang) {
        String d = data(Kind.PRON, word, lang);
        if (d == null) {
            return null;
        }
        String[] g = d.split(" ");
        return new Pronoun(Gender.fromCode(g[0]), g[1].equals("p"));
    }

    /** Whether a head noun is {@code word} or the last part of a hyphenated {@code word} (IS-Kämpfer). */
    public Gender head(String lowerWord, String lang) {
        Gender g = gender(Kind.HEAD, lowerWord, lang);
        if (g == null) {
            int dash = lowerWord.lastIndexOf('-');
            if (dash > 0 && dash < lowerWord.length() - 1) {
                g = gender(Kind.HEAD, lowerWord.substring(dash + 1), lang);
            }
        }
        if (g == null && "de".equals(lang)) {
            // German compounds: Verfassungsschutzpräsident, Terrorismusexperte
            for (int i = 1; g == null && i + MIN_COMPOUND_HEAD <= lowerWord.length(); i++) {
                g = gender(Kind.HEAD, lowerWord.substring(i), lang);
            }
        }
        return g;
    }

    /**
     * The gender of a person entity as its name or role shows it: a known given name first, then the
     * head noun of its role (directrice), else UNKNOWN.
     */
    public Gender genderOf(org.retour.model.Entity person, String lang) {
        String name = person.canonical() == null ? "" : person.canonical();
        int sp = name.indexOf(' ');
        Gender g = firstName(sp < 0 ? name : name.substring(0, sp));
        if (g != null && g != Gender.UNKNOWN) {
            return g;
        }
        if (person.role() != null) {
            for (String w : person.role().toLowerCase(Locale.ROOT).split("[\\s,]+")) {
                Gender h = head(w, lang);
                if (h != null && h != Gender.UNKNOWN) {
                    return h;
                }
            }
        }
        return Gender.UNKNOWN;
    }

    private String data(Kind kind, String word, String lang) {
        Map<String, Map<String, String>> byLang = words.get(kind);
        if (byLang == null) {
            return null;
        }
        Map<String, String> m = byLang.get(Objects.requireNonNullElse(lang, ""));
        String d = m == null ? null : m.get(word);
        if (d == null) {
            Map<String, String> all = byLang.get("*");
            d = all == null ? null : all.get(word);
        }
        return d;
    }
}
