package org.retour.speaker;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.retour.person.Gender;
import org.retour.quote.SpeechWords;
import org.retour.resource.ResourceLines;

/**
 * The speech cues of each language, read from {@code org/retour/speaker/cues.txt}: verbs of speech,
 * auxiliaries, and sources ("selon", "according to", "laut", "بحسب") whose complement is the speaker.
 * Immutable and thread-safe.
 */
public final class SpeechCues implements SpeechWords {

    /** The bundled resource. */
    public static final String RESOURCE = "org/retour/speaker/cues.txt";
    /** The most words a source cue has. */
    public static final int MAX_SOURCE_WORDS = 5;

    /** In {@link #words}: the word begins a cue of several words. */
    static final int STARTS_LONGER = 8;
    /** In {@link #words}: the bits of the word's own kind, its ordinal plus one (0 for none). */
    static final int KIND_BITS = 7;

    /** What a cue word is. */
    public enum Kind { VERB, AUX, SOURCE, WEAK, OBJECT, EMPHASIS }

    private record Entry(Kind kind, Gender gender) {
    }

    private final Map<String, Map<String, Entry>> byLanguage;
    /** Per language, the sources whose speaker stands before them ("zufolge"): lines of kind {@code after}. */
    private final Map<String, Set<String>> sourcesAfter = new HashMap<>();
    /** Per language, the words that open a clause reported by a verb ("que", "that", "dass"): lines of kind {@code that}. */
    private final Map<String, Set<String>> complementizers = new HashMap<>();
    /** Per language, finite verbs that open the predicate of a clause reported without "that": lines of kind {@code finite}. */
    private final Map<String, Set<String>> finites = new HashMap<>();
    /** Per language, the pronouns an inverted verb of speech may carry before it (« y précise », « en dit »): kind {@code clitic}. */
    private final Map<String, Set<String>> clitics = new HashMap<>();
    /** Per language, the words that deny a verb right after them (ne, pas, not, never): lines of kind {@code not}. */
    private final Map<String, Set<String>> negations = new HashMap<>();
    /** Per language, verbs that speak only in an incise, right after the words (« …, sourit-elle »): lines of kind {@code incise}. */
    private final Map<String, Set<String>> incises = new HashMap<>();
    /** The first words of cues of several words ("according", "d'"), per language. */
    private final Map<String, Set<String>> starts = new HashMap<>();
    /** Per language, each word that is a cue or begins one, with its {@link #words} bits. */
    private final Map<String, Map<String, Integer>> wordsByLanguage;
    /** The filter of the words of {@link #wordsByLanguage} in every language: every form and first word. */
    private final WordFilter filter;

    /** Cues from lines of the form {@code "lang kind form [gender]"}. */
    public SpeechCues(List<String> lines) {
        Map<String, Map<String, Entry>> m = new HashMap<>();
        for (String line : lines) {
            String[] p = line.split("\\s+");
            if (p.length < 3) {
                throw new IllegalArgumentException("cue line needs 'lang kind form [gender]': " + line);
            }
            if (p[1].equals("that")) {
                complementizers.computeIfAbsent(p[0], k -> new HashSet<>()).add(p[2].toLowerCase(Locale.ROOT));
                continue;
            }
            if (p[1].equals("finite")) {
                finites.computeIfAbsent(p[0], k -> new HashSet<>()).add(p[2].toLowerCase(Locale.ROOT));
                continue;
            }
            if (p[1].equals("clitic")) {
                clitics.computeIfAbsent(p[0], k -> new HashSet<>()).add(p[2].toLowerCase(Locale.ROOT));
                continue;
            }
            if (p[1].equals("not")) {
                negations.computeIfAbsent(p[0], k -> new HashSet<>()).add(p[2].toLowerCase(Locale.ROOT));
                continue;
            }
            if (p[1].equals("incise")) {
                incises.computeIfAbsent(p[0], k -> new HashSet<>()).add(p[2].toLowerCase(Locale.ROOT));
                p = new String[] {p[0], "verb", p[2]};
            }
            if (p[1].equals("after")) {
                sourcesAfter.computeIfAbsent(p[0], k -> new HashSet<>())
                        .add(String.join(" ", Arrays.copyOfRange(p, 2, p.length)).toLowerCase(Locale.ROOT));
                continue;
            }
            Kind kind;
            try {
                kind = Kind.valueOf(p[1].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown cue kind '" + p[1] + "' in: " + line, e);
            }
            Gender g = Gender.UNKNOWN;
            int formEnd = p.length;
            if ((kind == Kind.VERB || kind == Kind.OBJECT) && p.length == 4) {
                g = Gender.fromCode(p[3]);
                formEnd = 3;
            }
            String form = String.join(" ", Arrays.copyOfRange(p, 2, formEnd)).toLowerCase(Locale.ROOT);
            m.computeIfAbsent(p[0], k -> new HashMap<>()).put(form, new Entry(kind, g));
            int sp = form.indexOf(' ');
            int ap = form.indexOf('\'');
            if (sp > 0 || ap > 0 && ap < form.length() - 1) {
                int cut = sp < 0 ? ap + 1 : ap < 0 ? sp : Math.min(sp, ap + 1);
                starts.computeIfAbsent(p[0], k -> new HashSet<>()).add(form.substring(0, cut).trim());
            }
        }
        this.byLanguage = m; // never changed after this; HashMap lookups are the fastest here
        Map<String, Map<String, Integer>> words = new HashMap<>();
        m.forEach((lang, forms) -> {
            Map<String, Integer> w = words.computeIfAbsent(lang, k -> new HashMap<>());
            forms.forEach((form, e) -> w.put(form, e.kind().ordinal() + 1));
        });
        starts.forEach((lang, firsts) -> {
            Map<String, Integer> w = words.computeIfAbsent(lang, k -> new HashMap<>());
            firsts.forEach(first -> w.merge(first, STARTS_LONGER, (a, b) -> a | b));
        });
        this.wordsByLanguage = words;
        Set<String> all = new HashSet<>();
        words.values().forEach(w -> all.addAll(w.keySet()));
        this.filter = new WordFilter(all);
    }

    /**
     * The lower-cased words of {@code lang} that are cues or begin one, each with the ordinal plus one of
     * its kind ({@link #KIND_BITS}) and {@link #STARTS_LONGER}; empty for a language without cues. A word
     * not found as it is may still be a cue by the form before its hyphen (French "a-t-il"), as
     * {@link #kind} reads it.
     */
    Map<String, Integer> words(String lang) {
        return wordsByLanguage.getOrDefault(lang, Map.of());
    }

    /** Whether {@code word} may be among the {@link #words} of some language: false only when it surely is not. */
    boolean mayBeWord(String word) {
        return filter.mayHave(word);
    }

    /** Whether the lower-cased word opens a clause reported by a verb of speech ("ajouter que sa fille …"). */
    boolean complementizer(String lower, String lang) {
        return listed(complementizers, lower, lang);
    }

    /** Whether the lower-cased word is a finite verb that may open a reported clause's predicate ("said her husband was"). */
    boolean finite(String lower, String lang) {
        return listed(finites, lower, lang);
    }

    /** Whether a lower-cased word is a pronoun an inverted verb of speech carries before it (« », y précise le ministère »). */
    boolean clitic(String lower, String lang) {
        return listed(clitics, lower, lang);
    }

    /** Whether the lower-cased word denies the verb after it ("n'a pas réagi", "did not respond"). */
    boolean negation(String lower, String lang) {
        return listed(negations, lower, lang);
    }

    /** Whether {@code lang}'s set of {@code byLanguage} holds the lower-cased word. */
    private static boolean listed(Map<String, Set<String>> byLanguage, String lower, String lang) {
        Set<String> set = byLanguage.get(lang);
        return set != null && set.contains(lower);
    }

    /**
     * Whether the lower-cased verb form (an inverted one read by the part before its hyphen) speaks only in an
     * incise right after the words it follows (« …, sourit-elle »), and is a gesture anywhere else (« … ? »
     * Falmata sourit).
     */
    boolean inciseOnly(String lower, String lang) {
        Set<String> set = incises.get(lang);
        if (set == null) {
            return false;
        }
        int dash = lower.indexOf('-');
        return set.contains(lower) || dash > 0 && set.contains(lower.substring(0, dash));
    }

    /** The bundled cues, read once and shared. */
    public static SpeechCues bundled() {
        return Bundled.CUES;
    }

    /** Holds the bundled cues, read on first use. */
    private static final class Bundled {
        static final SpeechCues CUES = new SpeechCues(ResourceLines.classpath(RESOURCE));
    }

    /** What the lower-cased form is in {@code lang}, or null; inverted forms are read by their verb. */
    public Kind kind(String form, String lang) {
        Entry e = entry(form, lang);
        return e == null ? null : e.kind();
    }

    /** Whether the lower-cased word begins a cue of several words ("according" to, "d'"après). */
    public boolean startsLongerCue(String word, String lang) {
        Set<String> s = starts.get(lang);
        return s != null && s.contains(word);
    }

    /** The gender a verb form shows for its subject (Arabic قالت), or an object pronoun its own, or UNKNOWN. */
    public Gender verbGender(String form, String lang) {
        Entry e = entry(form, lang);
        return e == null ? Gender.UNKNOWN : e.gender();
    }

    @Override
    public boolean isSpeechWord(String word, String language) {
        Kind k = kind(word, language);
        return k == Kind.VERB || k == Kind.SOURCE;
    }

    @Override
    public boolean opensSource(String word, String language) {
        return kind(word, language) == Kind.SOURCE
                && !sourcesAfter.getOrDefault(language, Set.of()).contains(word);
    }

    private Entry entry(String form, String lang) {
        Map<String, Entry> m = byLanguage.get(lang);
        if (m == null) {
            return null;
        }
        Entry e = filter.mayHave(form) ? m.get(form) : null;
        if (e == null && "fr".equals(lang)) {
            int dash = form.indexOf('-');
            if (dash > 0) {
                String head = form.substring(0, dash);
                e = filter.mayHave(head) ? m.get(head) : null;
            }
        }
        return e;
    }
}
