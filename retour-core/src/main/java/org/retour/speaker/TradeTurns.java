package org.retour.speaker;

import org.retour.person.Referents.Referent;

/**
 * The named last speaker a description after a quote takes up when it names their trade in other words: « « … »,
 * explique la psychiatre » then « « … », regrette la spécialiste »; "“…,” the psychologist said" then "“…,” the
 * doctor added". The two nouns share a noun or a trade of {@code role-families.txt}, the last speaker spoke in the
 * description's paragraph or the one before, and no one else is named or described between their words and the description.
 *
 * <p>Stateless and thread-safe.
 */
final class TradeTurns {

    private TradeTurns() {
    }

    /**
     * The last speaker, under the description of {@code r}, when {@code r} is the subject of a cue after a quote and
     * names the trade by which the last speaker was named or described; else null.
     */
    static Referent goesOn(SpeakerDocument d, Referent r) {
        Referent last = d.lastSpeaker;
        if (last == null || last.person() == null || r.description() == null || d.lastEnd < 0
                || !DefiniteReferents.namedBefore(last.person(), r.span().start())
                || d.lastEnd > r.span().start() || d.paragraph(r.span().start()) - d.lastParagraph > 1
                || !last.gender().compatible(TopicDescriptions.articleGender(r))
                || someoneElseBetween(d, last, r) || !afterQuote(d, r)) {
            return null;
        }
        String said = r.description().role();
        boolean same = last.description() != null && last.description() != r.description()
                && Inflection.shareNoun(last.description().role(), said, d.lang)
                || Inflection.shareNoun(last.person().role(), said, d.lang);
        return same ? new Referent(r.span(), last.person(), r.description(), last.gender().or(r.gender())) : null;
    }

    /**
     * Whether a person or a description other than the last speaker's own cue subject stands between the last
     * speaker's words and {@code r}.
     */
    private static boolean someoneElseBetween(SpeakerDocument d, Referent last, Referent r) {
        for (Referent p : d.referents.within(d.lastEnd, r.span().start())) {
            if (p.span().start() != last.span().start() && (p.person() == null || p.person() != last.person())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a quote closes in the sentence of {@code r} before it: {@code r} is the subject of a cue after the words. */
    private static boolean afterQuote(SpeakerDocument d, Referent r) {
        int start = SpeakerSentences.sentenceStart(d, r.span().start());
        for (int i = r.span().start() - 1; i >= start; i--) {
            char c = d.text.charAt(i);
            if (c == '»' || c == '”' || c == '"' || c == '“') {
                return true;
            }
        }
        return false;
    }
}
