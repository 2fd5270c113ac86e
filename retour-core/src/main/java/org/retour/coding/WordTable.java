package org.retour.coding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The words one thread has read, each with the forms cue patterns may match: the same word gets the
 * same {@code String} instances every time, with their hash codes known, and is not copied again.
 * Arabic words have their forms without clitics too ("والمسلمين": "مسلمين").
 *
 * <p>One per thread ({@link #local()}); forgets every word when it is full.
 */
final class WordTable {

    /** Slots of the table; it holds at most half as many words. */
    static final int SLOTS = 1 << 16;
    private static final String[] AR_PREFIXES = {"وال", "فال", "بال", "كال", "لل", "ال"};
    private static final ThreadLocal<WordTable> LOCAL = ThreadLocal.withInitial(WordTable::new);

    private final String[][] forms = new String[SLOTS][];
    private final int[] hashes = new int[SLOTS];
    private int size;

    private WordTable() {
    }

    /** The table of the current thread. */
    static WordTable local() {
        return LOCAL.get();
    }

    /** The forms of the word made of {@code buf[0, len)}. */
    String[] forms(char[] buf, int len) {
        int h = 0;
        for (int i = 0; i < len; i++) {
            h = 31 * h + buf[i];
        }
        int slot = slot(h);
        for (String[] f = forms[slot]; f != null; f = forms[slot]) {
            if (hashes[slot] == h && same(f[0], buf, len)) {
                return f;
            }
            slot = (slot + 1) & (SLOTS - 1);
        }
        return insert(slot, h, new String(buf, 0, len));
    }

    /** The forms of {@code word}. */
    String[] forms(String word) {
        int h = word.hashCode();
        int slot = slot(h);
        for (String[] f = forms[slot]; f != null; f = forms[slot]) {
            if (hashes[slot] == h && f[0].equals(word)) {
                return f;
            }
            slot = (slot + 1) & (SLOTS - 1);
        }
        return insert(slot, h, word);
    }

    private String[] insert(int slot, int h, String word) {
        char c = word.charAt(0);
        String[] f = c >= 0x0600 && c <= 0x06FF ? arabicForms(word) : new String[] {word};
        if (size >= SLOTS / 2) {
            Arrays.fill(forms, null);
            size = 0;
            slot = slot(h);
        }
        forms[slot] = f;
        hashes[slot] = h;
        size++;
        return f;
    }

    private static int slot(int h) {
        return (h * 0x9E3779B1 >>> 16) & (SLOTS - 1);
    }

    private static boolean same(String s, char[] buf, int len) {
        if (s.length() != len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (s.charAt(i) != buf[i]) {
                return false;
            }
        }
        return true;
    }

    /** The word, then the word without a leading و or ف, then without the article or a preposition. */
    private static String[] arabicForms(String w) {
        List<String> out = new ArrayList<>(4);
        out.add(w);
        String base = w;
        if (w.length() > 3 && (w.charAt(0) == '\u0648' || w.charAt(0) == '\u0641')) {
            base = w.substring(1);
            out.add(base);
        }
        for (String stem : new String[] {w, base}) {
            for (String p : AR_PREFIXES) {
                if (stem.startsWith(p) && stem.length() - p.length() >= 2) {
                    String rest = stem.substring(p.length());
                    if (!out.contains(rest)) {
                        out.add(rest);
                    }
                    break;
                }
            }
        }
        if (base.length() > 3 && (base.charAt(0) == '\u0628' || base.charAt(0) == '\u0644' || base.charAt(0) == '\u0643')) {
            String rest = base.substring(1);
            if (!out.contains(rest)) {
                out.add(rest);
            }
        }
        return out.toArray(new String[0]);
    }
}
