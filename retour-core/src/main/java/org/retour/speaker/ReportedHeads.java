package org.retour.speaker;

import org.retour.model.Attribution;
import org.retour.model.Quote;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;

/**
 * Finds the person a quote names at its head as the speaker of the words it reports: "“Karim said, ‘Mom asked for
 * you,’” he wrote". The nested words are that person's; the quote around them is not, for no one reports their
 * own words so; the speaker is someone else, most often the one who spoke before.
 *
 * <p>Reads at most {@link #HEAD} characters of a quote. Stateless and thread-safe.
 */
final class ReportedHeads {

    /** How far into a quote (in characters) the nested quote its head names the speaker of may open. */
    static final int HEAD = 60;

    private ReportedHeads() {
    }

    /**
     * The named person right before the verb of the reporting cue {@code cue} that ends right before a nested quote
     * ("Karim said, ‘…’"), or null when none or when a pronoun is the cue's subject.
     */
    static Referent subject(SpeakerDocument d, CueMatch cue) {
        if (cue == null || cue.source() || cue.pronoun() != null || cue.first() < 1) {
            return null;
        }
        org.retour.model.Token before = d.tokens.get(cue.first() - 1);
        if (!Tokens.isWord(before) || !d.text.substring(before.span().end(), cue.span().start()).isBlank()) {
            return null;
        }
        return nameEndingAt(d, before.span().end());
    }

    /** The person named by a mention ending at {@code end}, inside a quote too, as a referent of unknown gender, or null. */
    private static Referent nameEndingAt(SpeakerDocument d, int end) {
        if (d.namesByEnd == null) {
            java.util.Map<Integer, Referent> m = new java.util.HashMap<>();
            for (org.retour.model.Entity e : d.persons) {
                for (org.retour.model.Mention n : e.mentions()) {
                    if (n.kind() == org.retour.model.Mention.Kind.NAME) {
                        m.putIfAbsent(n.span().end(), new Referent(n.span(), e, null, org.retour.person.Gender.UNKNOWN));
                    }
                }
            }
            d.namesByEnd = m;
        }
        return d.namesByEnd.get(end);
    }

    /**
     * A nested quote given to the named person whose reporting cue ends right before it ("Karim said, ‘…’"), unless
     * that is the speaker {@code outer} of the quote around it; else null.
     */
    static Quote nested(SpeakerDocument d, CueFinder finder, Quote q, Referent outer) {
        Referent reporter = subject(d, finder.reportingCue(d, QuoteOffsets.openMark(d.text, q.span())));
        return reporter == null || SpeakerDocument.same(reporter, outer) ? null
                : q.withAttribution(new Attribution.Contextual(d.speaker(reporter)));
    }

    /**
     * The named person a top-level quote opening at {@code open} reports at its head ("“Karim said, ‘…’"), or null:
     * a nested quote opens in its first {@link #HEAD} characters after a reporting cue {@code finder} finds.
     */
    static Referent atHead(SpeakerDocument d, CueFinder finder, int open, int end) {
        int mark = headMark(d, open, end);
        return mark < 0 ? null : subject(d, finder.reportingCue(d, mark));
    }

    /**
     * Where the first inner opening mark (‘ ' “ ‹ ‚ ") after punctuation opens in the first {@link #HEAD} characters of the
     * quote opening at {@code open} and ending at {@code end} ("“Karim said, ‘…", « Il m'a dit : ‹ … »), or -1.
     */
    static int headMark(SpeakerDocument d, int open, int end) {
        int limit = Math.min(end, open + HEAD);
        for (int i = open + 2; i < limit; i++) {
            char c = d.text.charAt(i);
            if (c == '‘' || c == '\'' && !Character.isLetter(d.text.charAt(i - 1)) || c == '“' || c == '‹' || c == '‚'
                    || c == '"' && d.text.charAt(open) != '"') {
                int k = d.tokenAt(i);
                if (k <= 0 || Tokens.isWord(d.tokens.get(k - 1)) && !Tokens.is(d.text, d.tokens.get(k - 1), ",")) {
                    continue;
                }
                return i;
            }
        }
        return -1;
    }

    /** {@link #notReported} for a quote a pronoun cue {@code used} gave {@code speaker}; else {@code speaker}. */
    static Referent cued(SpeakerDocument d, Referent speaker, Referent reported, CueMatch used,
                         java.util.function.UnaryOperator<Referent> named) {
        return used == null || used.pronoun() == null ? speaker
                : notReported(d, speaker, reported, used.span().start(), used.pronoun().pronoun().gender(), named);
    }

    /**
     * The speaker of a quote whose head reports the words of {@code reported} (or, when null, whose cue or opening
     * at {@code at} follows close after a quote that did: "“Karim said, ‘…’” he wrote. “…”"), given the one a pronoun
     * of {@code gender} or the context gave it: unchanged unless it is the reported person, then the last speaker
     * when the gender fits and that is someone else, else null.
     */
    static Referent notReported(SpeakerDocument d, Referent speaker, Referent reported, int at,
                                org.retour.person.Gender gender, java.util.function.UnaryOperator<Referent> named) {
        if (reported == null && d.headReported != null && at >= d.headReportedEnd
                && at - d.headReportedEnd <= CueSpeakerResolver.WINDOW) {
            reported = d.headReported;
        }
        if (reported == null || speaker == null || !SpeakerDocument.same(named.apply(speaker), reported)) {
            return speaker;
        }
        Referent last = d.lastSpeaker;
        return last != null && !SpeakerDocument.same(named.apply(last), reported) && last.gender().compatible(gender)
                ? last : null;
    }
}
