package org.retour.speaker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.retour.model.Offsets;
import org.retour.model.Span;
import org.retour.person.Gender;
import org.retour.person.Referents.Referent;
import org.retour.resource.ResourceLines;

/**
 * The name a later sentence gives an unnamed description through a pronoun and a verb of naming (« Un ancien détenu
 * … « … », raconte-t-il. … Il s'appelle Mohamed Lemine ould Brahim », "His name is Mathieu"): the person first named
 * right after the phrase, when the sentence opens with it within {@link #PARAGRAPHS} paragraphs and no one else of the
 * description's gender is named or described outside quotes in between. The phrases come from
 * {@code revealed-names.txt}.
 *
 * <p>Immutable and thread-safe.
 */
final class RevealedNames {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/revealed-names.txt";

    /** How many paragraphs after the description's the naming sentence may stand. */
    static final int PARAGRAPHS = 3;

    /** How many tokens after the phrase the name may start (« Il s'appelle, dit-il, Karim »: none). */
    static final int NAME_TOKENS = 1;

    /** How many tokens an aside set off by commas between the phrase and the name may hold (« Il s'appelle, pour cet
     * article, Alhousseini »). */
    static final int ASIDE_TOKENS = 5;

    private static final RevealedNames BUNDLED = new RevealedNames(ResourceLines.classpath(RESOURCE));

    /** A phrase of naming: its words in lower case and the gender of its pronoun. */
    private record Phrase(List<String> words, Gender gender) {
    }

    private final Map<String, List<Phrase>> byLanguage = new HashMap<>();

    RevealedNames(List<String> lines) {
        for (String line : lines) {
            String[] p = line.strip().split("\\s+", 3);
            if (p.length < 3) {
                throw new IllegalArgumentException("revealed-names line needs 'lang gender phrase': " + line);
            }
            List<String> words = new ArrayList<>();
            for (String w : p[2].toLowerCase(java.util.Locale.ROOT).split(" ")) {
                words.addAll(splitElision(w));
            }
            byLanguage.computeIfAbsent(p[0], k -> new ArrayList<>()).add(new Phrase(List.copyOf(words),
                    Gender.fromCode(p[1])));
        }
    }

    /** The bundled phrases. */
    static RevealedNames bundled() {
        return BUNDLED;
    }

    /** « s'appelle » as the tokenizer cuts it: « s' » and « appelle ». */
    private static List<String> splitElision(String w) {
        int apostrophe = w.indexOf('\'');
        return apostrophe > 0 && apostrophe < w.length() - 1
                ? List.of(w.substring(0, apostrophe + 1), w.substring(apostrophe + 1)) : List.of(w);
    }

    /** The person a later sentence names as the unnamed description {@code r}, as {@code r}; else null. */
    Referent named(SpeakerDocument d, Referent r) {
        List<Phrase> phrases = byLanguage.get(d.lang);
        if (phrases == null || r == null || r.person() != null || r.description() == null) {
            return null;
        }
        int end = r.span().end();
        int last = d.paragraph(end) + PARAGRAPHS;
        int first = Offsets.firstAtOrAfter(d.sentences, s -> s.span().start(), end + 1);
        if (!namingAhead(d, phrases, first, last)) {
            return null; // no sentence within reach opens on a phrase of naming: nothing further on names the description
        }
        for (int i = first; i < d.sentences.size(); i++) {
            Span s = d.sentences.get(i).span();
            int k = d.wordAt(s.start());
            if (k >= d.tokens.size() || d.paragraph(d.tokens.get(k).span().start()) > last) {
                return null;
            }
            Phrase p = phraseAt(d, k, phrases);
            if (p != null && p.gender().compatible(r.gender())) {
                return nameAfter(d, r, afterAside(d, k + p.words().size()), end);
            }
            if (IndefiniteDescriptions.someoneElse(d, r, d.tokens.get(k).span().start(), s.end(), r.gender())) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether a sentence from the {@code first} on opens on a phrase of naming by paragraph {@code last}: when none does,
     * {@link #named} finds no name, whoever is told of in between.
     *
     * <p>Design decision: every speaking description looked through the sentences of up to {@link #PARAGRAPHS}
     * paragraphs after it for a phrase at their heads; the sentences that open on one are the same for every description,
     * so they are found once per document ({@link SpeakerDocument#namingSentences}) and a description with none ahead
     * is settled without reading the sentences in between.
     */
    private boolean namingAhead(SpeakerDocument d, List<Phrase> phrases, int first, int last) {
        int[] next = d.namingSentencesOf == phrases ? d.namingSentences : null;
        if (next == null) {
            next = new int[d.sentences.size() + 1];
            next[d.sentences.size()] = d.sentences.size();
            for (int i = d.sentences.size() - 1; i >= 0; i--) {
                int k = d.wordAt(d.sentences.get(i).span().start());
                next[i] = k < d.tokens.size() && phraseAt(d, k, phrases) != null ? i : next[i + 1];
            }
            d.namingSentences = next;
            d.namingSentencesOf = phrases;
        }
        int j = first < next.length ? next[first] : d.sentences.size();
        if (j >= d.sentences.size()) {
            return false;
        }
        int k = d.wordAt(d.sentences.get(j).span().start()); // paragraphs only grow from sentence to sentence
        return k < d.tokens.size() && d.paragraph(d.tokens.get(k).span().start()) <= last;
    }

    private static Phrase phraseAt(SpeakerDocument d, int k, List<Phrase> phrases) {
        for (Phrase p : phrases) {
            boolean all = k + p.words().size() <= d.tokens.size();
            for (int w = 0; all && w < p.words().size(); w++) {
                all = d.lower(k + w).replace('’', '\'').equals(p.words().get(w));
            }
            if (all) {
                return p;
            }
        }
        return null;
    }

    /**
     * The token after an aside set off by commas that opens at token {@code k} (« , pour cet article , »), or {@code k}
     * when none does.
     */
    private static int afterAside(SpeakerDocument d, int k) {
        if (k >= d.tokens.size() || !",".equals(d.lower(k))) {
            return k;
        }
        for (int j = k + 1; j < d.tokens.size() && j <= k + ASIDE_TOKENS + 1; j++) {
            if (",".equals(d.lower(j))) {
                return j + 1;
            }
        }
        return k;
    }

    /** The person first named at token {@code k} or the next, as {@code r}, or null. */
    private static Referent nameAfter(SpeakerDocument d, Referent r, int k, int end) {
        if (k + NAME_TOKENS >= d.tokens.size()) {
            return null;
        }
        int from = d.tokens.get(k).span().start();
        int to = d.tokens.get(k + NAME_TOKENS).span().start() + 1;
        for (Referent n : d.referents.within(from, Math.min(d.text.length(), from + DefiniteReferents.APPOSED_REACH))) {
            if (n.span().start() >= to) {
                break;
            }
            if (n.person() != null && n.description() == null && !DefiniteReferents.namedBefore(n.person(), end)) {
                return new Referent(r.span(), n.person(), r.description(), n.gender().or(r.gender()));
            }
        }
        return null;
    }
}
