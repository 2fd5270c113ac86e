package org.retour.speaker;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.retour.model.Quote;
import org.retour.person.Gender;
import org.retour.person.Pronoun;
import org.retour.person.PronounLinker;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;
import org.retour.resource.KindWords;
import org.retour.resource.ResourceLines;

/**
 * The teller of a quote that opens by reporting the words of a caller the sentence before it names: "His sister rang
 * him in 2016." then "“She said, ‘Mum keeps asking for you.’ I left three weeks later.”", « Son fils lui racontait sa
 * vie là-bas. » then « « Il me disait : “Papa, …” » », „Sein Bruder rief ihn an.“ then „„Er sagte: ‚Ich komme.‘““. The
 * pronoun at the quote's head stands for the caller, the subject of a verb of calling or telling ({@code call} in
 * {@code report-tellers.txt}) whose object is a third-person pronoun; the words around the nested quote are those of
 * the one called, who tells them: the speaker of the nearest speech cue before the quote who is not the caller and
 * whose gender fits the object's, else the last such speaker. Without that sentence, the subject of the sentence right
 * before of the other gender than the pronoun tells the words (« Le dernier message, elle le connaît par cœur. » then
 * « « Il écrivait : “…” » »); else the quote's speaker stays the one the context gave ("Khalid remembers the phone
 * call. “He said, ‘…’”"), and a first-person object (« Il m'a appelé ») makes the caller's words the quote's speaker's
 * own story.
 *
 * <p>Reads a quote's first {@link ReportedHeads#HEAD} characters and, for the few quotes that open so, the sentence
 * before it and the text back to the start of the paragraph before. Immutable and thread-safe.
 */
final class ReportTellers {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/report-tellers.txt";

    private static final Set<String> KINDS = Set.of("call", "him", "her", "either", "reach", "clitic");
    /** How many words (auxiliaries, adverbs) may stand between a caller and the verb of calling. */
    static final int SUBJECT_GAP = 2;

    private final KindWords words;
    private final CueFinder finder;
    private final CueSpeakers cueSpeakers;
    private final PronounSpeakers pronounSpeakers;
    private final PronounLinker pronouns;

    /** The tellers with the words of lines {@code "lang kind word…"}, found through the resolver's helpers. */
    ReportTellers(Iterable<String> lines, CueFinder finder, CueSpeakers cueSpeakers, PronounSpeakers pronounSpeakers,
                  PronounLinker pronouns) {
        this.words = KindWords.read(lines, KINDS, "report-tellers");
        this.finder = finder;
        this.cueSpeakers = cueSpeakers;
        this.pronounSpeakers = pronounSpeakers;
        this.pronouns = pronouns;
    }

    /** The tellers with the bundled words. */
    static ReportTellers bundled(CueFinder finder, CueSpeakers cueSpeakers, PronounSpeakers pronounSpeakers,
                                 PronounLinker pronouns) {
        return new ReportTellers(ResourceLines.classpath(RESOURCE), finder, cueSpeakers, pronounSpeakers, pronouns);
    }

    private boolean is(String kind, SpeakerDocument d, int k) {
        return d.wordOf(words, kind, k);
    }

    /** A call the sentence before a quote tells of: the caller, and the gender of the pronoun for the one called. */
    private record Call(Referent caller, Gender called) {
    }

    /** Who speaks a quote: its teller (or null), and the caller whose words its head reports (or null). */
    record Told(Referent teller, Referent caller) {
    }

    /**
     * Who speaks the top-level quote opening at {@code at[0]} and ending at {@code at[1]}, after a previous quote ending
     * at {@code at[2]}, to which the context gave {@code found} (or null) when no cue of its own ({@code used}) named
     * anyone: {@code found}, unless the quote's head reports the words of a third person that may be {@code found};
     * then the one called by the caller the sentence before names, or the subject of that sentence of the other gender.
     */
    Told told(SpeakerDocument d, Referent found, CueMatch used, int[] at, UnaryOperator<Referent> named) {
        Told unchanged = new Told(found, null);
        Pronoun reported = used != null || !words.has("call", d.lang) ? null : headPronoun(d, at[0], at[1]);
        if (reported == null) {
            return unchanged;
        }
        return d.keepingSubjectPronoun(() -> { // the pronouns read here leave the quote's own cue pronoun as it was
            Told told = callerOrPresenter(d, found, at[0], at[2], reported.gender(), named);
            Referent context = found == null ? null : named.apply(found);
            return told == null || told.teller() == found || SpeakerDocument.same(told.teller(), context) ? unchanged : told;
        });
    }

    /**
     * The one called and the caller, when the sentence before the quote at {@code open} tells of a call whose caller may
     * be the one the head pronoun of {@code gender} stands for: the speaker of the nearest cue before who is not the
     * caller, else the last speaker, else {@code found} unless it is the caller; else {@link #presenter}.
     */
    private Told callerOrPresenter(SpeakerDocument d, Referent found, int open, int from, Gender gender,
                                   UnaryOperator<Referent> named) {
        Call call = call(d, open, from, gender, named);
        if (call == null) {
            return presenter(d, found, open, from, gender, named);
        }
        Referent teller = cueBefore(d, open, from, call, named);
        Referent last = d.lastSpeaker == null ? null : named.apply(d.lastSpeaker);
        if (teller == null && last != null && !SpeakerDocument.same(last, call.caller())
                && last.gender().compatible(call.called())) {
            teller = last;
        }
        if (teller == null && !SpeakerDocument.same(found == null ? null : named.apply(found), call.caller())) {
            teller = found;
        }
        return new Told(teller, call.caller());
    }

    /**
     * The caller whose words the nested quote {@code q} is, when it opens at the head of its parent {@code parent}, the
     * last top-level quote, whose head {@link #told} read as reporting them, and the caller is named or described in the
     * sentence right before the parent, at the end of the paragraph before (in the parent's own paragraph, {@link
     * ReportedWords} finds the person of the pronoun's gender); else null.
     */
    static Referent caller(SpeakerDocument d, Quote q, Quote parent) {
        Referent caller = d.headReported;
        if (caller == null || parent == null || d.headReportedEnd != QuoteOffsets.outerEnd(d.text, parent.span())) {
            return null;
        }
        int open = QuoteOffsets.openMark(d.text, parent.span());
        int before = QuoteOffsets.lastNonBlankBefore(d.text, open);
        if (before < 0 || caller.span().start() < SpeakerSentences.sentenceStart(d, before) || caller.span().end() > open
                || d.paragraph(caller.span().start()) >= d.paragraph(open)) {
            return null;
        }
        return ReportedHeads.headMark(d, open, parent.span().end()) == QuoteOffsets.openMark(d.text, q.span()) ? caller
                : null;
    }

    /**
     * The subject of the sentence right before the quote at {@code open} (after {@code from}) as the teller, when its
     * gender is known and not the head pronoun's {@code gender} while the context's {@code found} may be the one the
     * pronoun stands for: « Le dernier message, elle le connaît par cœur. » then « « Il disait : “…” » » is hers, not
     * his; else null.
     */
    private Told presenter(SpeakerDocument d, Referent found, int open, int from, Gender gender,
                           UnaryOperator<Referent> named) {
        Referent context = found == null ? null : named.apply(found);
        int before = QuoteOffsets.lastNonBlankBefore(d.text, open);
        if (context != null && !context.gender().compatible(gender) || before < 0 || before < from) {
            return null;
        }
        int start = Math.max(from, SpeakerSentences.sentenceStart(d, before));
        Referent subject = pronounSpeakers.subject(d, start, before + 1);
        for (int k = d.tokenAt(start); subject == null && k < d.tokens.size() && d.tokens.get(k).span().end() <= before; k++) {
            PronounLinker.Found p = pronouns.pronounIn(d.text, d.tokens, d.lowered, k, d.lang); // « …, elle le connaît »
            if (p != null && p.span().equals(d.tokens.get(k).span()) && !p.pronoun().plural()) {
                subject = pronounSpeakers.resolve(d, p.pronoun(), p.span().start(), open);
            }
        }
        subject = named.apply(subject);
        return subject == null || subject.gender().compatible(gender) || SpeakerDocument.same(subject, context) ? null
                : new Told(subject, null);
    }

    /**
     * The third-person singular pronoun subject of a cue that ends right before a nested quote opening in the head of
     * the quote at {@code open} ("He said, ‘…", « Il m'a dit : ‹ … »), or null.
     */
    private Pronoun headPronoun(SpeakerDocument d, int open, int end) {
        int mark = ReportedHeads.headMark(d, open, end);
        if (mark < 0) {
            return null;
        }
        CueMatch cue = finder.reportingCue(d, mark);
        return cue == null || cue.span().start() <= open ? null : finder.reportingPronoun(d, mark);
    }

    /**
     * The call the sentence right before the quote at {@code open} tells of, in its paragraph or, when the quote opens
     * its paragraph, at the end of the one before, after {@code from}: a verb of calling with a third-person object
     * pronoun right after it or at most two words before it, whose subject, the nearest person before it in its
     * sentence, has a gender that fits the head pronoun's {@code gender}; or null.
     */
    private Call call(SpeakerDocument d, int open, int from, Gender gender, UnaryOperator<Referent> named) {
        int before = QuoteOffsets.lastNonBlankBefore(d.text, open);
        if (before < 0 || before < from) {
            return null;
        }
        int start = Math.max(from, SpeakerSentences.sentenceStart(d, before));
        int first = d.tokenAt(start);
        int last = d.tokenAt(before + 1);
        for (int k = last - 1; k > first; k--) {
            if (!is("call", d, k)) {
                continue;
            }
            int object = objectOf(d, k, first, last);
            if (object < 0) {
                continue;
            }
            Referent caller = subjectBefore(d, Math.min(k, object), start, open, named);
            if (caller == null || !caller.gender().compatible(gender)) {
                return null;
            }
            Gender called = is("him", d, object) ? Gender.MALE : is("her", d, object) ? Gender.FEMALE : Gender.UNKNOWN;
            return new Call(caller, called);
        }
        return null;
    }

    /** The token of the third-person object pronoun of the verb at {@code k}: right after it or up to two words before. */
    private int objectOf(SpeakerDocument d, int k, int first, int last) {
        if (k + 1 < last && isObject(d, k + 1)) {
            return k + 1; // "rang him", „rief ihn an“
        }
        for (int j = k - 1; j >= Math.max(first, k - 2); j--) {
            if (isObject(d, j) || is("clitic", d, j) && is("reach", d, k)) {
                return j; // « lui racontait », « lui a écrit », « l'avait appelée »
            }
            if (!Tokens.isWord(d.tokens.get(j))) {
                break;
            }
        }
        return -1;
    }

    private boolean isObject(SpeakerDocument d, int k) {
        return is("him", d, k) || is("her", d, k) || is("either", d, k);
    }

    /**
     * The person the subject right before the token {@code k} stands for: a pronoun at most a few words before it, else
     * a person named or described that ends at most {@link #SUBJECT_GAP} words before it with no punctuation between
     * ("his younger sister rang", "her son had called", « son fils lui racontait »); or null.
     */
    private Referent subjectBefore(SpeakerDocument d, int k, int start, int open, UnaryOperator<Referent> named) {
        Referent pronoun = pronounSpeakers.pronounBeforeVerb(d, k, start, open);
        if (pronoun != null) {
            return named.apply(pronoun);
        }
        List<Referent> persons = d.referents.within(start, d.tokens.get(k).span().start());
        if (persons.isEmpty()) {
            return null;
        }
        Referent nearest = persons.get(persons.size() - 1);
        int gap = 0;
        for (int j = d.tokenAt(nearest.span().end()); j < k; j++, gap++) {
            if (!Tokens.isWord(d.tokens.get(j)) || gap >= SUBJECT_GAP) {
                return null; // "the elder Coleman wrote that his son had called him": not the writer
            }
        }
        return named.apply(nearest);
    }

    /**
     * The speaker of the nearest speech cue before {@code open}, in the quote's paragraph or the one before and after
     * {@code from}, who is not the caller and whose gender fits the one called; or null.
     */
    private Referent cueBefore(SpeakerDocument d, int open, int from, Call call, UnaryOperator<Referent> named) {
        int paragraph = d.paragraph(open);
        int start = Math.max(from, d.paragraphStarts.get(Math.max(0, paragraph - 1)));
        if (start >= open) {
            return null;
        }
        int first = d.tokenAt(start);
        int last = d.tokenAt(open);
        for (int k = last - 1; k >= first; k--) {
            CueMatch cue = finder.cueAt(d, k, first, last);
            if (cue == null || cue.first() != k || cue.source()) {
                continue;
            }
            int own = Math.max(start, SpeakerSentences.sentenceStart(d, cue.span().start()));
            Referent r = pronounSpeakers.pronounBeforeVerb(d, cue.first(), own, open);
            r = named.apply(r != null ? r : cueSpeakers.speakerFor(d, cue, own, open, open));
            if (r != null && !SpeakerDocument.same(r, call.caller()) && r.gender().compatible(call.called())) {
                return r;
            }
        }
        return null;
    }
}
