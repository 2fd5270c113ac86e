package org.retour.speaker;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.retour.resource.ResourceLines;
import org.retour.speaker.VoiceContext.Signal;

/**
 * The context words of {@link VoiceContext}: what a lower-cased word, or its first base form that has a
 * signal, says about a speaker in a language, from lines {@code "lang signal word…"} (a language's own
 * words first, then the common ones of {@code "*"}). Immutable and thread-safe.
 *
 * <p>Design decision: every word token of every document with a speaker is looked up, most of them
 * words without a signal whose base forms must be built to say so. Each thread keeps the answers for
 * the words it met last, a table per language of parallel arrays (word, signal code), direct-mapped: a
 * word takes the slot of its hash, and since tokens' lower-cased forms are shared strings a lookup is
 * mostly one array read and one comparison by identity, without the entry objects of a general cache.
 */
final class WordSignals {

    /** The number of slots of each thread's table. */
    static final int SLOTS = 1 << 15;
    /**
     * How many words after a wish or a request a return word is only wished for: the chain of infinitives a wish
     * governs ("wanted to be sent home to face trial", « souhaite être rapatriée pour y être jugée »).
     */
    static final int WISH_REACH = 8;
    private static final int SHIFT = 32 - Integer.numberOfTrailingZeros(SLOTS);
    private static final Signal[] SIGNALS = Signal.values();
    private static final byte NONE = (byte) SIGNALS.length;

    private final Map<String, Map<String, Signal>> byLanguage;
    private final Map<String, Signal> common;
    /** Per thread, its tables by language. */
    private final ThreadLocal<Map<String, Table>> tables = ThreadLocal.withInitial(HashMap::new);

    /** The answers of one thread in one language: slot by slot, a word and its signal's code. */
    private static final class Table {
        final String lang;
        final String[] words = new String[SLOTS];
        final byte[] codes = new byte[SLOTS];

        Table(String lang) {
            this.lang = lang;
        }
    }

    WordSignals(List<String> lines) {
        Map<String, Map<String, Signal>> m = ResourceLines.kindsByLanguage(lines, Signal.class, "voice context", false);
        Map<String, Signal> all = m.getOrDefault("*", Map.of());
        for (Map<String, Signal> words : m.values()) {
            if (words != all) {
                all.forEach(words::putIfAbsent); // a language's own words first, then the common ones
            }
        }
        this.byLanguage = m; // never changed after this
        this.common = all;
    }

    /** The signal of a lower-cased word in {@code lang}, else of its first base form that has one, or null. */
    Signal of(String lowered, String lang) {
        return of(table(lang), lowered);
    }

    /** Whether one of the words of a role ("son voisin", "witness") has the signal {@code wanted}; false for no role. */
    boolean inRole(String role, String lang, Signal wanted) {
        if (role == null) {
            return false;
        }
        for (String w : RoleWords.spaced(role.toLowerCase(Locale.ROOT))) {
            if (of(w, lang) == wanted) {
                return true;
            }
        }
        return false;
    }

    /** Whether a role's words tell a fate, a return or a flight ("defendant", "prévenu", "Angeklagte"): the role says who. */
    boolean fateInRole(String role, String lang) {
        return inRole(role, lang, Signal.RETURNED) || inRole(role, lang, Signal.LEFT);
    }

    /**
     * The signal of each non-null lower-cased word of {@code lowered} (null elsewhere); a return word that
     * follows a wish or a request within {@link #WISH_REACH} words of the same run ("wants to go home", "wanted to be
     * sent home to face trial", "asked to bring him home", « demande son rapatriement ») has none, for a wish is no
     * return; a word that opens a new clause ("and", « puis ») ends the wish and has no signal itself.
     */
    Signal[] ofAll(String[] lowered, String lang) {
        Table t = table(lang);
        Signal[] out = new Signal[lowered.length];
        int lastWish = -1;
        for (int k = 0; k < lowered.length; k++) {
            if (lowered[k] == null) {
                lastWish = -1; // a mark or a number ends the run
                continue;
            }
            Signal s = of(t, lowered[k]);
            if (s == Signal.CLAUSE) {
                lastWish = -1; // "he hoped for months and then came home": a new clause, the wish is over
                s = null;
            } else if (s == Signal.WISH) {
                lastWish = k;
            } else if (s == Signal.RETURNED && lastWish >= 0 && k - lastWish <= WISH_REACH) {
                s = null;
            }
            out[k] = s;
        }
        return out;
    }

    private Table table(String lang) {
        return tables.get().computeIfAbsent(lang, Table::new);
    }

    private Signal of(Table t, String word) {
        int slot = word.hashCode() * 0x9E3779B1 >>> SHIFT;
        String w = t.words[slot];
        if (w != null && (w == word || w.equals(word))) {
            byte code = t.codes[slot];
            return code == NONE ? null : SIGNALS[code];
        }
        Signal s = compute(word, t.lang);
        t.words[slot] = word;
        t.codes[slot] = s == null ? NONE : (byte) s.ordinal();
        return s;
    }

    private Signal compute(String lowered, String lang) {
        Map<String, Signal> m = byLanguage.get(lang);
        return lookup(m == null ? common : m, lowered, lang);
    }

    /**
     * The signal of a lower-cased word, else of its first base form that has one ("kämpften" as well as
     * "kämpfen", "والأمراء" as "الأمراء", "émirs" as "émir"), or null.
     */
    private static Signal lookup(Map<String, Signal> words, String lowered, String lang) {
        Signal s = words.get(lowered);
        if (s != null || lowered.length() < 4) {
            return s;
        }
        if (lowered.endsWith("'s") || lowered.endsWith("’s")) {
            return words.get(lowered.substring(0, lowered.length() - 2)); // "her son's messages"
        }
        for (String stem : Inflection.stems(lowered, lang)) {
            s = words.get(stem);
            if (s != null) {
                return s;
            }
        }
        return null;
    }
}
