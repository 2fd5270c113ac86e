package org.retour.lang;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.retour.resource.ResourceLines;

/**
 * Counts a text's frequent function words per language, a cheap first look at its language.
 *
 * <p>Design decision: Lingua costs about 0.1 ms for one sentence, more than the whole analysis of a
 * sentence may take; the function words of a sentence tell in microseconds whether it may be in
 * another language than its document, and only then is Lingua asked. Immutable and thread-safe.
 */
public final class FunctionWordProfile {

    /** The longest function word looked up; longer words are skipped without a look-up. */
    private static final int MAX_LENGTH = 6;

    private final List<String> languages;
    private final WordTable table;

    private FunctionWordProfile(List<String> languages, WordTable table) {
        this.languages = languages;
        this.table = table;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(new int[languages.size() + 4]));
    }

    /** The bundled lists ({@code org/retour/lang/function-words.txt}). */
    public static FunctionWordProfile bundled() {
        Map<String, Set<String>> byLang = ResourceLines.byLanguage(
                ResourceLines.classpath("org/retour/lang/function-words.txt"), true);
        List<String> langs = byLang.keySet().stream().sorted().toList();
        if (langs.size() > 31) {
            throw new IllegalStateException("at most 31 languages of function words, not " + langs.size());
        }
        Map<String, Integer> masks = new HashMap<>();
        for (int i = 0; i < langs.size(); i++) {
            int bit = 1 << i;
            byLang.get(langs.get(i)).forEach(w -> masks.merge(w, bit, (a, b) -> a | b));
        }
        return new FunctionWordProfile(langs, new WordTable(masks));
    }

    /**
     * The language whose function words are most frequent in {@code text[start,end)} when it leads
     * clearly (at least {@code minHits} hits and twice the runner-up), otherwise null.
     */
    public String dominant(String text, int start, int end, int minHits) {
        return dominant(text, start, end, minHits, 2);
    }

    /** Whether {@code c} is a letter. */
    private static boolean isLetter(char c) {
        return Letters.isLetter(c);
    }

    /**
     * The language whose function words are most frequent in {@code text[start,end)} when it has at
     * least {@code minHits} hits and {@code ratio} times the runner-up's, otherwise null.
     */
    public String dominant(String text, int start, int end, int minHits, int ratio) {
        return dominant(text, start, end, minHits, ratio, false);
    }

    /**
     * What a first look at a stretch of text tells: how many letters it has, in all and in the Latin,
     * Arabic and Cyrillic scripts, and the language whose function words lead in it ({@link #dominant}).
     */
    public record Glance(String dominant, int letters, int latin, int arabic, int cyrillic) {
    }

    /**
     * The {@link Glance} at {@code text[start,end)}: {@link #dominant} with {@code minHits} and {@code ratio},
     * the letters counted in the same pass over the characters.
     */
    public Glance glance(String text, int start, int end, int minHits, int ratio) {
        String dominant = dominant(text, start, end, minHits, ratio, true);
        int[] scripts = scratch.get().counts;
        int at = languages.size();
        return new Glance(dominant, scripts[at], scripts[at + LATIN], scripts[at + ARABIC], scripts[at + CYRILLIC]);
    }

    /**
     * Per thread: the hits of each language in the stretch read last, then its letters in all and in the
     * Latin, Arabic and Cyrillic scripts; and the stretch's characters. Design decision: kept per thread, not
     * made for each sentence read.
     */
    private final ThreadLocal<Scratch> scratch;

    /**
     * One thread's working arrays: {@link #scratch}'s counts, and a buffer the characters of a stretch are
     * copied into. Design decision: the count reads every character of every sentence, and a read from an
     * array of chars, copied out in one go, checks neither the string's encoding nor its bounds per character.
     */
    private static final class Scratch {
        final int[] counts;
        char[] chars = new char[1024];

        Scratch(int[] counts) {
            this.counts = counts;
        }

        /** The characters of {@code text[start,end)} from index 0 of the buffer, grown when too short. */
        char[] copy(String text, int start, int end) {
            if (chars.length < end - start) {
                chars = new char[Math.max(end - start, 2 * chars.length)];
            }
            text.getChars(start, end, chars, 0);
            return chars;
        }
    }

    private static final int LATIN = 1;
    private static final int ARABIC = 2;
    private static final int CYRILLIC = 3;

    /**
     * {@link #dominant}, counting the letters, when {@code scripts}, in this thread's {@link #scratch} after
     * the languages' hits.
     */
    private String dominant(String text, int start, int end, int minHits, int ratio, boolean scripts) {
        int n = languages.size();
        Scratch sc = this.scratch.get();
        int[] counts = sc.counts;
        java.util.Arrays.fill(counts, 0, n, 0);
        int length = Math.max(0, end - start);
        char[] chars = sc.copy(text, start, start + length);
        // Design decision: a glance counts the letters in locals and writes scripts once, not once per letter
        int letters = 0;
        int latin = 0;
        int arabic = 0;
        int cyrillic = 0;
        int i = 0;
        while (i < length) {
            while (i < length && !isLetter(chars[i])) {
                i++;
            }
            int s = i;
            // every letter is read here, as a word starts at a letter and goes on over letters and marks;
            // the word's hash for the table is taken in the same pass, so its letters are read once
            int h = 0;
            while (i < length) {
                char c = chars[i];
                int classes = Letters.of(c);
                if ((classes & (Letters.LETTER | Letters.MARK)) == 0) {
                    break;
                }
                if (scripts && (classes & Letters.LETTER) != 0) {
                    letters++;
                    if (c < 0x0250) {
                        latin++;
                    } else if (c >= 0x0600 && c < 0x0800 || c >= 0xFB50 && c < 0xFF00) {
                        arabic++;
                    } else if (c >= 0x0400 && c < 0x0530) {
                        cyrillic++;
                    }
                }
                h = WordTable.step(h, c);
                i++;
            }
            if (i > s && i - s <= MAX_LENGTH) {
                int mask = table.get(chars, s, i, h);
                while (mask != 0) {
                    counts[Integer.numberOfTrailingZeros(mask)]++;
                    mask &= mask - 1;
                }
            }
        }
        if (scripts) {
            counts[n] = letters;
            counts[n + LATIN] = latin;
            counts[n + ARABIC] = arabic;
            counts[n + CYRILLIC] = cyrillic;
        }
        int best = -1;
        int bestN = 0;
        int second = 0;
        for (int l = 0; l < n; l++) {
            if (counts[l] > bestN) {
                second = bestN;
                bestN = counts[l];
                best = l;
            } else if (counts[l] > second) {
                second = counts[l];
            }
        }
        return best >= 0 && bestN >= minHits && bestN >= ratio * second ? languages.get(best) : null;
    }
}
