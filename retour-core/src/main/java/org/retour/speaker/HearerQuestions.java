package org.retour.speaker;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.retour.model.Quote;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;
import org.retour.resource.ResourceLines;

/**
 * Questions with no cue that ask the hearer about themselves, right after the last speaker's words (« Le président
 * l'interroge sur ses premiers mois. « … », raconte-t-il. » then « « Et c'est là que vous avez voulu partir ? » »):
 * the one who has been speaking does not question themselves in the second person, so the question is put by the
 * subject of the last sentence of asking before it, in its paragraph or the one before. A question that also speaks
 * of its asker in the first person (« Vous savez ce que j'ai vu ? ») may be the speaker's own and stays theirs. A
 * quote after a question, put to the hearer or answered by a word of answer (« « Alors pourquoi ? » « Parce que … » »),
 * is the one asked's, and so is one after a short question the asker does not speak in (« « Et aujourd'hui ? », demande
 * le président. « Je travaille. » »). The first-person words and the words of answer come from {@code hearer-questions.txt}.
 *
 * <p>Immutable and thread-safe.
 */
final class HearerQuestions {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/hearer-questions.txt";

    /** How many paragraphs before the quote's the last speaker's words may end. */
    private static final int PARAGRAPHS = 1;
    /** How many characters before a quote's outer end its question mark is looked for. */
    private static final int QUESTION_REACH = 4;
    /**
     * The most tokens of a question that puts itself to the hearer without a word for them when it speaks of no one
     * in the first person (« Et aujourd'hui ? », "And now?").
     */
    private static final int SHORT_QUESTION = 6;

    /** What a word of the resource is. */
    enum Kind { FIRST, ANSWER }

    private final Map<String, Map<String, Kind>> byLanguage;
    private final Exchanges exchanges;
    private final PronounSpeakers pronounSpeakers;

    HearerQuestions(List<String> lines, Exchanges exchanges, PronounSpeakers pronounSpeakers) {
        this.byLanguage = ResourceLines.kindsByLanguage(lines, Kind.class, "hearer-questions", false);
        this.exchanges = exchanges;
        this.pronounSpeakers = pronounSpeakers;
    }

    /** The bundled words. */
    static HearerQuestions bundled(Exchanges exchanges, PronounSpeakers pronounSpeakers) {
        return new HearerQuestions(ResourceLines.classpath(RESOURCE), exchanges, pronounSpeakers);
    }

    /**
     * The speaker of the question {@code q} opening at {@code open} that the context gave to {@code found}: when
     * {@code found} is the last speaker, whose words end in the quote's paragraph or the one before, and the quote
     * asks its hearer about themselves, the subject of the last sentence of asking before it who is someone else;
     * else {@code found}.
     */
    Referent asker(SpeakerDocument d, Quote q, int open, Referent found, UnaryOperator<Referent> named) {
        if (found == null || d.lastSpeaker == null || d.lastEnd < 0 || d.lastEnd > open
                || d.paragraph(open) - d.lastParagraph > PARAGRAPHS || !Exchanges.question(q)
                || !SpeakerDocument.same(named.apply(found), named.apply(d.lastSpeaker)) || !asksHearer(d, q)) {
            return found;
        }
        int paragraph = d.paragraph(open);
        int from = d.paragraphStarts.get(Math.max(0, paragraph - PARAGRAPHS));
        int k = exchanges.ask(d, d.tokenAt(from), d.tokenAt(open));
        if (k < 0) {
            return null; // "Une élève lève la main : « Et vous, vous n'avez jamais eu envie de rester ? »": not his
        }
        int at = d.tokens.get(k).span().start();
        Referent asker = named.apply(pronounSpeakers.subject(d, Math.max(from, SpeakerSentences.sentenceStart(d, at)), at));
        return asker == null || SpeakerDocument.same(asker, named.apply(d.lastSpeaker)) ? found : asker;
    }

    /**
     * The speaker of the quote {@code q} opening at {@code open}, no question itself, that the context gave to
     * {@code found}: when {@code found} is the last speaker, with no one but them named since their last quote, the one
     * asked, the speaker before them, if that quote, in this paragraph, asked its hearer a question in its last
     * sentence (« « Avez-vous vu des exécutions ? », lui demande un enquêteur. « Non. … » », "“Did you see them?” an
     * investigator asked. “No. …”"), or if that quote, in this paragraph or the one before, ended with a question mark
     * and this one opens with a word of answer (« Elle insiste : « Alors pourquoi ? » « Parce qu'un ami … » », "“Why
     * then?” “Because …”"); else {@code found}.
     */
    Referent answerer(SpeakerDocument d, Quote q, int open, Referent found, UnaryOperator<Referent> named) {
        if (found == null || d.otherSpeaker == null || d.lastSpeaker == null || d.lastEnd < 0 || d.lastEnd > open
                || d.paragraph(open) - d.lastParagraph > PARAGRAPHS || Exchanges.question(q)
                || !SpeakerDocument.same(named.apply(found), named.apply(d.lastSpeaker))
                || SpeakerDocument.same(named.apply(d.otherSpeaker), named.apply(d.lastSpeaker))) {
            return found;
        }
        for (Referent r : d.referents.within(d.lastEnd, open)) {
            if (!SpeakerDocument.same(r, d.lastSpeaker)) {
                return found;
            }
        }
        boolean put = d.asked && d.paragraph(open) == d.lastParagraph && addressedBefore(d, d.lastEnd);
        boolean answers = opensWithAnswer(d, q) && questionBefore(d, d.lastEnd) >= 0;
        return put || answers ? d.otherSpeaker : found;
    }

    /** Whether the quote's first word is a word of answer (« Non », « Parce que », "Because", „Weil“). */
    private boolean opensWithAnswer(SpeakerDocument d, Quote q) {
        Map<String, Kind> words = byLanguage.get(d.lang);
        int to = d.tokenAt(q.span().end());
        for (int k = d.tokenAt(q.span().start()); words != null && k < to; k++) {
            if (Tokens.isWord(d.tokens.get(k))) {
                return words.get(d.lower(k)) == Kind.ANSWER;
            }
        }
        return false;
    }

    /** The offset of the question mark that closes the quote ending at {@code end}, or -1. */
    private static int questionBefore(SpeakerDocument d, int end) {
        for (int mark = end - 1; mark >= 0 && end - mark <= QUESTION_REACH; mark--) {
            char c = d.text.charAt(mark);
            if (c == '?' || c == '\u061F') {
                return mark;
            }
        }
        return -1;
    }

    /**
     * Whether the sentence that ends with the question mark closing the quote before {@code end} addresses the
     * hearer (« Avez-vous … ? », "Did you …?"), or is a short question with no word of its asker in the first person
     * (« Et aujourd'hui ? », {@link #SHORT_QUESTION} tokens at most).
     */
    private boolean addressedBefore(SpeakerDocument d, int end) {
        int mark = questionBefore(d, end);
        if (mark < 0) {
            return false;
        }
        int from = d.tokenAt(SpeakerSentences.sentenceStart(d, mark));
        int to = d.tokenAt(mark);
        Map<String, Kind> words = byLanguage.getOrDefault(d.lang, Map.of());
        boolean first = false;
        for (int k = from; k < to; k++) {
            if (Tokens.isWord(d.tokens.get(k)) && exchanges.kind(d.lower(k), d.lang) == Exchanges.Kind.YOU) {
                return true;
            }
            first |= Tokens.isWord(d.tokens.get(k)) && words.get(d.lower(k)) == Kind.FIRST;
        }
        return !first && to - from <= SHORT_QUESTION;
    }

    /**
     * Whether the quote's words address the hearer (« vous », "you") and hold no first-person word of the one
     * who asks (« je », "I").
     */
    boolean asksHearer(SpeakerDocument d, Quote q) {
        Map<String, Kind> words = byLanguage.getOrDefault(d.lang, Map.of());
        int from = d.tokenAt(q.span().start());
        int to = d.tokenAt(q.span().end());
        boolean you = false;
        for (int k = from; k < to; k++) {
            if (!Tokens.isWord(d.tokens.get(k))) {
                continue;
            }
            String w = d.lower(k);
            if (words.get(w) == Kind.FIRST) {
                return false;
            }
            you |= exchanges.kind(w, d.lang) == Exchanges.Kind.YOU;
        }
        return you;
    }
}
