package org.retour.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.retour.entity.TokenView;
import org.retour.model.Attribution;
import org.retour.model.Quote;
import org.retour.model.Sentence;
import org.retour.model.Span;
import org.retour.model.Token;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layer;
import org.retour.pipeline.Layers;
import org.retour.pipeline.Stage;
import org.retour.resource.GrammarWords;

/**
 * Provides the quotes of a document, not yet attributed: the marked stretches its extractor finds that
 * its decision takes for someone's words (every turn of a dialogue in marks is), nested under their parent,
 * partial when they start inside a clause of reported speech.
 */
public final class QuoteStage implements Stage {

    /** How far around the marks a word of speech counts as near, in characters. */
    static final int SPEECH_WINDOW = 160;
    /** How many tokens after a sentence's first word the comma closing its view opener may stand. */
    static final int VIEW_REACH = 12;
    /** The small words a verb of speech reaches its object in marks over ("parlé d'un « … »"). */
    private static final Set<String> OVER = GrammarWords.bundled().anyLanguage(
            GrammarWords.Kind.OF, GrammarWords.Kind.ABOUT);

    private final QuoteExtractor extractor;
    private final QuoteDecision decision;
    private final SpeechWords speechWords;

    public QuoteStage(QuoteExtractor extractor, QuoteDecision decision, SpeechWords speechWords) {
        this.extractor = Objects.requireNonNull(extractor);
        this.decision = Objects.requireNonNull(decision);
        this.speechWords = Objects.requireNonNull(speechWords);
    }

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.LANGUAGE, Layers.SENTENCES, Layers.TOKENS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.MARKED_QUOTES);
    }

    @Override
    public Analysis apply(Analysis analysis) {
        String text = analysis.text();
        String docLang = analysis.get(Layers.LANGUAGE).code();
        List<Sentence> sentences = analysis.get(Layers.SENTENCES);
        // the view of the document's tokens: read by index from its arrays, not through the token records
        TokenView view = TokenView.of(analysis);
        List<MarkedQuote> marked = extractor.extract(text, docLang);
        int[] kept = new int[marked.size()];
        List<Quote> out = new ArrayList<>();
        int si = -1; // the sentence of the last marks, from which the next marks' sentence is looked for
        for (int i = 0; i < marked.size(); i++) {
            MarkedQuote m = marked.get(i);
            int parent = m.parent();
            while (parent >= 0 && kept[parent] < 0) {
                parent = marked.get(parent).parent();
            }
            si = sentenceIndex(sentences, m.open(), si);
            Sentence sentence = si < 0 ? null : sentences.get(si);
            String lang = sentence == null ? docLang : sentence.language();
            String inner = m.inner().of(text);
            // the last token starting before the opening mark, or -1
            int prev = view.indexAt(m.open()) - 1;
            int sentenceStart = sentence == null ? 0 : sentence.span().start();
            boolean turn = MarkQuoteExtractor.isDash(m.mark());
            // the words around the marks are read only when the decision needs them: not for a dialogue
            // turn, nor for a long quote, which its own words decide
            if (m.inner().length() == 0 || !turn && !decision.isQuote(inner,
                    () -> context(view, sentences, m, prev, sentenceStart, lang), lang)) {
                kept[i] = -1;
                continue;
            }
            kept[i] = out.size();
            String parentId = parent < 0 ? null : out.get(kept[parent]).id();
            boolean partial = !turn && parent < 0 && prev >= 0 && view.start(prev) >= sentenceStart
                    && isWord(view, prev) && !startsUpper(inner);
            out.add(new Quote("Q" + (out.size() + 1), m.inner(), inner, partial, parentId, lang,
                    new Attribution.Unattributed()));
        }
        return analysis.with(Layers.MARKED_QUOTES, out);
    }

    private MarkContext context(TokenView view, List<Sentence> sentences, MarkedQuote m, int prev, int sentenceStart,
                                String lang) {
        String text = view.text();
        String w1 = "";
        String w2 = "";
        boolean colon = false;
        int elided = elidedWord(view, prev);
        if (elided >= 0 && view.start(elided) >= sentenceStart) {
            w1 = view.lower(elided) + "'"; // "l'« amniyat »": the determiner elided before the mark
            if (elided > 0 && isWord(view, elided - 1) && view.start(elided - 1) >= sentenceStart) {
                w2 = view.lower(elided - 1);
            }
        } else if (prev >= 0 && view.start(prev) >= sentenceStart) {
            if (isWord(view, prev)) {
                w1 = view.lower(prev);
                if (prev > 0 && isWord(view, prev - 1) && view.start(prev - 1) >= sentenceStart) {
                    w2 = view.lower(prev - 1);
                }
            } else {
                colon = view.surface(prev).equals(":");
            }
        }
        Sentence last = sentenceAt(sentences, Math.max(m.open(), m.outerEnd() - 1));
        int from = Math.max(sentenceStart, m.open() - SPEECH_WINDOW);
        int to = Math.min(last == null ? text.length() : last.span().end(), m.outerEnd() + SPEECH_WINDOW);
        boolean speech = colon || speechBetween(view, from, m.open(), lang)
                || speechBetween(view, m.outerEnd(), to, lang);
        boolean speech2 = !w2.isEmpty() && speechWords.isSpeechWord(w2, lang);
        List<String> lead = lead(view, elided >= 0 ? elided - 1 : prev, sentenceStart);
        if (!speech2 && lead.size() > 2 && OVER.contains(lead.get(1))) {
            speech2 = speechWords.isSpeechWord(lead.get(2), lang); // "a parlé d'un « repenti de circonstance »"
        }
        speech |= opensView(view, sentenceStart, m.open(), lang);
        int end = last == null ? text.length() : last.span().end();
        List<String> tail = tail(view, m.outerEnd(), end);
        if (!w1.isEmpty() && elided >= 0) {
            lead = new ArrayList<>(lead);
            lead.addFirst(w1);
            if (lead.size() > MarkContext.WINDOW) {
                lead.removeLast();
            }
        }
        int after = view.indexAt(m.outerEnd());
        boolean sourced = !tail.isEmpty() && after < view.size() && view.surface(after).equals(",")
                && (speechWords.opensSource(tail.get(0), lang) || speechWords.isSpeechWord(tail.get(0), lang));
        // "“Ask Tom,” she said": a comma closing the words inside the marks, then a subject and its verb of speech
        sourced |= m.inner().end() > m.inner().start() && text.charAt(m.inner().end() - 1) == ','
                && tail.size() >= 2 && speechWords.isSpeechWord(tail.get(1), lang);
        return new MarkContext(w1, w2, speech, speech2, lead, tail, sourced);
    }

    /**
     * Up to {@link MarkContext#WINDOW} words before token {@code prev} inclusive, nearest first, past one comma or
     * colon right before the mark.
     */
    private static List<String> lead(TokenView v, int prev, int sentenceStart) {
        int k = prev;
        if (k >= 0 && (v.surface(k).equals(",") || v.surface(k).equals(":"))) {
            k--;
        }
        int first = k;
        int count = 0;
        for (; k >= 0 && v.start(k) >= sentenceStart && count < MarkContext.WINDOW && isWord(v, k); k--) {
            count++;
        }
        return lowers(v, first, -1, count);
    }

    /**
     * The lower-cased words of the {@code count} tokens from {@code first} on, {@code step} apart, as an
     * unmodifiable list. Design decision: the list {@link MarkContext} keeps, made at once, not an array list
     * it would copy.
     */
    private static List<String> lowers(TokenView v, int first, int step, int count) {
        return switch (count) {
            case 0 -> List.of();
            case 1 -> List.of(v.lower(first));
            case 2 -> List.of(v.lower(first), v.lower(first + step));
            case 3 -> List.of(v.lower(first), v.lower(first + step), v.lower(first + 2 * step));
            default -> throw new IllegalArgumentException("more words than a window: " + count);
        };
    }

    /** Up to {@link MarkContext#WINDOW} words from offset {@code from} to {@code end}, past one comma at first. */
    private static List<String> tail(TokenView v, int from, int end) {
        int k = v.indexAt(from);
        if (k < v.size() && v.surface(k).equals(",")) {
            k++;
        }
        int first = k;
        int count = 0;
        for (; k < v.size() && v.end(k) <= end && count < MarkContext.WINDOW && isWord(v, k); k++) {
            count++;
        }
        return lowers(v, first, 1, count);
    }

    /** Whether a word of speech lies in {@code [from, to)}, its lower case read from the view, not built again. */
    private boolean speechBetween(TokenView v, int from, int to, String lang) {
        for (int k = v.indexAt(from); k < v.size(); k++) {
            if (v.end(k) > to) {
                break;
            }
            if (v.isWord(k) && speechWords.isSpeechWord(v.lower(k), lang)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence opens with a word that makes it someone's view, its phrase closed by a comma before the
     * marks ("Pour un ancien magistrat, qui …, ces auditions sont « une mine »"): a bounded look at its first tokens.
     */
    private boolean opensView(TokenView v, int sentenceStart, int open, String lang) {
        int first = v.indexAt(sentenceStart);
        if (first >= v.size() || !isWord(v, first) || !speechWords.opensView(v.lower(first), lang)) {
            return false;
        }
        for (int k = first + 1; k < v.size() && k <= first + VIEW_REACH && v.start(k) < open; k++) {
            if (v.surface(k).equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word before an apostrophe token {@code k} glued to it and to the mark after (« l'« amniyat » »: the
     * tokenizer splits no elision before a mark), when that word is at most two letters; else -1.
     */
    private static int elidedWord(TokenView v, int k) {
        if (k < 1 || !(v.surface(k).equals("'") || v.surface(k).equals("’")) || !isWord(v, k - 1)
                || v.end(k - 1) != v.start(k) || v.end(k - 1) - v.start(k - 1) > 2) {
            return -1;
        }
        return k - 1;
    }

    /** Whether token {@code k} of {@code v} is a word or a number. */
    private static boolean isWord(TokenView v, int k) {
        Token.Kind kind = v.kind(k);
        return kind == Token.Kind.WORD || kind == Token.Kind.NUMBER;
    }

    private static boolean startsUpper(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLetter(cp)) {
                return Character.isUpperCase(cp) || Character.isTitleCase(cp);
            }
            if (Character.isDigit(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** How many sentences {@link #sentenceIndex} steps over before it searches the whole list. */
    private static final int SENTENCE_STEPS = 8;

    /**
     * {@link Sentence#indexStartingBefore} of {@code offset}, looked for from {@code from}, the index it gave
     * for an earlier offset (or -1). Design decision: marks come in text order, so the sentence of the next is
     * mostly the same one or a few on, found in a step or two instead of a binary search per marks; an offset
     * before sentence {@code from}, or far after it, is searched for as before.
     */
    static int sentenceIndex(List<Sentence> sentences, int offset, int from) {
        if (from >= sentences.size() || from >= 0 && sentences.get(from).span().start() > offset) {
            return Sentence.indexStartingBefore(sentences, offset);
        }
        int k = from;
        for (int steps = 0; k + 1 < sentences.size() && sentences.get(k + 1).span().start() <= offset; steps++) {
            if (steps == SENTENCE_STEPS) {
                return Sentence.indexStartingBefore(sentences, offset);
            }
            k++;
        }
        return k;
    }

    /** The sentence holding {@code offset}, or the last one starting before it, or null. */
    static Sentence sentenceAt(List<Sentence> sentences, int offset) {
        int i = Sentence.indexStartingBefore(sentences, offset);
        return i < 0 ? null : sentences.get(i);
    }
}
