package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random cues on random texts: the index finds what trying every cue at every word finds. */
class PatternIndexContractTest {

    private static final String[] WORDS = {"la", "las", "lassé", "été", "etat", "état", "fuir", "fui", "ils", "mort",
        "morts", "tué", "tués", "deux", "المسلمين", "والمسلمين", "مسلمين", "قتلوا"};
    private static final String[] PUNCTUATION = {" ", " ", " ", ", ", ". ", " « ", " » "};

    private record Found(int pattern, int start, int end) {
    }

    /** The end of the first match of {@code terms[k…]} from word {@code i}, tried as the index promises, or -1. */
    private static int rest(CueTokens t, List<CuePattern.Term> terms, int k, int i) {
        if (k == terms.size()) {
            return i;
        }
        CuePattern.Term term = terms.get(k);
        if (term.isGap()) {
            for (int skip = 0; skip <= term.gap(); skip++) {
                int j = i + skip;
                if (j >= t.size() || skip > 0 && t.boundaryBefore(j - 1) == CueTokens.SENTENCE) {
                    return -1;
                }
                int end = rest(t, terms, k + 1, j);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (i >= t.size() || t.boundaryBefore(i) == CueTokens.SENTENCE) {
            return -1;
        }
        for (String f : t.forms(i)) {
            if (term.matches(f)) {
                return rest(t, terms, k + 1, i + 1);
            }
        }
        return -1;
    }

    /**
     * How many times a word of {@code forms} starts a cue whose first term is {@code first}: once for each
     * alternative its first form matches, or else once when another form matches one.
     */
    private static int starts(CuePattern.Term first, String[] forms) {
        int n = 0;
        for (int k = 0; k < first.words().size(); k++) {
            String w = first.words().get(k);
            n += first.prefix().get(k) ? (forms[0].startsWith(w) ? 1 : 0) : (forms[0].equals(w) ? 1 : 0);
        }
        if (n > 0) {
            return n;
        }
        for (String f : forms) {
            if (first.matches(f)) {
                return 1;
            }
        }
        return 0;
    }

    private static List<Found> everyCueAtEveryWord(List<CuePattern> cues, CueTokens t) {
        List<Found> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            for (int p = 0; p < cues.size(); p++) {
                List<CuePattern.Term> terms = cues.get(p).terms();
                int end = rest(t, terms, 1, i + 1);
                for (int n = starts(terms.get(0), t.forms(i)); n > 0 && end >= 0; n--) {
                    out.add(new Found(p, i, end));
                }
            }
        }
        return out;
    }

    private static String randomCue(Random r) {
        StringBuilder b = new StringBuilder();
        int terms = 1 + r.nextInt(3);
        for (int k = 0; k < terms; k++) {
            if (k > 0) {
                b.append(r.nextInt(3) == 0 ? " ..2 " : " ");
            }
            int alternatives = 1 + r.nextInt(2);
            for (int a = 0; a < alternatives; a++) {
                String w = WORDS[r.nextInt(WORDS.length)];
                b.append(a > 0 ? "|" : "");
                b.append(r.nextInt(3) == 0 ? w.substring(0, 2) + "*" : w);
            }
        }
        return b.toString();
    }

    private static String randomText(Random r) {
        StringBuilder b = new StringBuilder();
        for (int n = 5 + r.nextInt(30); n > 0; n--) {
            b.append(WORDS[r.nextInt(WORDS.length)]).append(PUNCTUATION[r.nextInt(PUNCTUATION.length)]);
        }
        return b.toString();
    }

    @Test
    void findsWhatTryingEveryCueAtEveryWordFinds() {
        Random r = new Random(11);
        Comparator<Found> order = Comparator.comparingInt(Found::start).thenComparingInt(Found::pattern);
        for (int round = 0; round < 100; round++) {
            List<CuePattern> cues = new ArrayList<>();
            PatternIndex<Integer> idx = new PatternIndex<>();
            for (int p = 0; p < 12; p++) {
                CuePattern c = CuePattern.compile(randomCue(r));
                cues.add(c);
                idx.add(p, c);
            }
            for (int q = 0; q < 20; q++) {
                String text = randomText(r);
                CueTokens t = CueTokens.of(text);
                List<Found> got = new ArrayList<>(idx.find(t).stream().map(m -> new Found(m.label(), m.start(), m.end())).toList());
                List<Found> want = everyCueAtEveryWord(cues, t);
                got.sort(order);
                want.sort(order);
                assertThat(got).as("cues %s in '%s'", cues.stream().map(CuePattern::source).toList(), text).isEqualTo(want);
            }
        }
    }

    @Test
    void slicesOfOneTextSearchedOneAfterAnotherFindWhatTryingEveryCueFinds() {
        // the slices share the arrays their searches work in: a long slice leaves values a short one must not see
        Random r = new Random(13);
        Comparator<Found> order = Comparator.comparingInt(Found::start).thenComparingInt(Found::pattern);
        for (int round = 0; round < 60; round++) {
            List<CuePattern> cues = new ArrayList<>();
            PatternIndex<Integer> idx = new PatternIndex<>();
            for (int p = 0; p < 12; p++) {
                CuePattern c = CuePattern.compile(randomCue(r));
                cues.add(c);
                idx.add(p, c);
            }
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < 6; k++) {
                b.append(randomText(r)).append(". ");
            }
            String text = b.toString();
            CueTokens all = CueTokens.of(text);
            for (int q = 0; q < 20; q++) {
                int from = r.nextInt(text.length());
                int to = from + r.nextInt(text.length() - from + 1);
                CueTokens t = all.slice(List.of(new org.retour.model.Span(from, to)));
                List<Found> got = new ArrayList<>(idx.find(t).stream().map(m -> new Found(m.label(), m.start(), m.end())).toList());
                List<Found> want = everyCueAtEveryWord(cues, t);
                got.sort(order);
                want.sort(order);
                assertThat(got).as("cues %s in '%s' from %d to %d", cues.stream().map(CuePattern::source).toList(), text, from, to)
                        .isEqualTo(want);
            }
        }
    }
}
