package org.retour.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.retour.model.Span;
import org.retour.model.Token;
import org.retour.quote.SpeechWords;

/**
 * The spans of the top-level quotes with the cues set inside their marks left out (« Pendant des années, j'ai cru
 * …, dit Martine Marsaud, sa mère. Ça n'a pas été le cas. »): the person such a cue names is the narration's, not the
 * quote's, so later pronouns and descriptions may take them up (« La mère sort son téléphone »). A cue is a comma, a
 * word of speech and a capitalised word right after it; it runs to the end of its clause.
 *
 * <p>Immutable and thread-safe.
 */
final class InnerCueSpans {

    /** How many tokens after the word of speech the cue's clause may run. */
    static final int CUE_TOKENS = 12;

    private final SpeechWords speech;

    InnerCueSpans(SpeechWords speech) {
        this.speech = Objects.requireNonNull(speech);
    }

    /** The spans of {@code quotes} (in order) with the inner cues naming someone cut out, in order. */
    List<Span> of(String text, List<Token> tokens, String[] lower, List<Span> quotes, String lang) {
        List<Span> out = null;
        for (int i = 0; i < quotes.size(); i++) {
            Span q = quotes.get(i);
            List<Span> parts = split(text, tokens, lower, q, lang);
            if (parts != null && out == null) {
                out = new ArrayList<>(quotes.subList(0, i));
            }
            if (out != null) {
                out.addAll(parts != null ? parts : List.of(q));
            }
        }
        return out == null ? quotes : out;
    }

    /** The parts of quote {@code q} around its inner cues, or null when it holds none. */
    private List<Span> split(String text, List<Token> tokens, String[] lower, Span q, String lang) {
        List<Span> parts = null;
        int from = q.start();
        int first = Tokens.firstAtOrAfter(tokens, q.start());
        for (int k = first + 1; k + 1 < tokens.size() && tokens.get(k + 1).end() < q.end(); k++) {
            Token verb = tokens.get(k);
            if (!Tokens.comma(text, tokens.get(k - 1)) || !Tokens.isWord(verb) || lower[k] == null
                    || !speech.isSpeechWord(lower[k], lang) || !Tokens.isWord(tokens.get(k + 1))
                    || !Tokens.capitalised(text, tokens.get(k + 1))) {
                continue;
            }
            int end = clauseEnd(text, tokens, k + 1, q.end());
            if (end < 0) {
                continue;
            }
            parts = parts == null ? new ArrayList<>(2) : parts;
            parts.add(new Span(from, tokens.get(k - 1).start()));
            from = end;
            k = Tokens.firstAtOrAfter(tokens, end);
        }
        if (parts == null) {
            return null;
        }
        parts.add(new Span(from, q.end()));
        return parts;
    }

    /** Where the cue's clause that goes on at token {@code k} ends (at its full stop or comma), or -1. */
    private static int clauseEnd(String text, List<Token> tokens, int k, int quoteEnd) {
        boolean comma = false;
        for (int n = 0; k + n < tokens.size() && n < CUE_TOKENS; n++) {
            Token t = tokens.get(k + n);
            if (t.end() >= quoteEnd) {
                return -1;
            }
            char c = text.charAt(t.start());
            if (t.length() == 1 && (c == '.' || c == ';' || c == '!' || c == '?')) {
                return t.end();
            }
            if (Tokens.comma(text, t)) {
                if (comma) {
                    return t.end(); // "dit Martine Marsaud, sa mère, …": past the apposition
                }
                comma = true;
            }
        }
        return -1;
    }
}
