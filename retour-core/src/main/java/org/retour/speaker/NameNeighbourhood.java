package org.retour.speaker;

import java.util.List;
import java.util.Objects;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.model.Sentence;
import org.retour.model.Span;
import org.retour.model.Token;
import org.retour.model.Voice;
import org.retour.person.PersonLexicon;
import org.retour.person.Tokens;
import org.retour.quote.SpeechWords;

/**
 * Reads who a person is from the words right beside their name: a role before it ("der Rückkehrer Jan
 * K.") or in apposition after it ("Tariq, a former fighter"), the way {@link VoiceContext} needs it when
 * no role was found.
 *
 * <p>Immutable and thread-safe.
 */
final class NameNeighbourhood {

    /** How many words on each side of a mention are read for who the person is. */
    static final int IDENTITY_WORDS = 6;
    /** How many mentions of a person are read. */
    static final int MAX_MENTIONS = 2 * VoiceContext.MAX_SENTENCES;

    private final VoiceLexicon voices;
    private final SpeechWords speech;
    private final PersonLexicon lexicon;
    private final org.retour.person.FrontedClauses fronted = org.retour.person.FrontedClauses.bundled();
    private final InsideAccount inside = InsideAccount.bundled();

    NameNeighbourhood(VoiceLexicon voices, SpeechWords speech, PersonLexicon lexicon) {
        this.voices = Objects.requireNonNull(voices);
        this.speech = Objects.requireNonNull(speech);
        this.lexicon = Objects.requireNonNull(lexicon);
    }

    /**
     * The voice the words right beside a person's mentions give (the role words of "le directeur de la
     * DGSI, Laurent Morvan", "Tariq, a former fighter", "der Rückkehrer Jan K."), the most frequent one;
     * words inside quotes, beyond another person's mention or before another subject's verb of speech are
     * not read. Every word read is given to {@code read} (for the fate signals it may carry).
     */
    Voice identity(org.retour.entity.TokenView view, String lang, List<Token> tokens, String[] lowered,
                   List<Sentence> sentences, Entity person, NameBarriers barriers,
                   java.util.function.Consumer<String> read) {
        String text = view.text();
        List<Span> others = barriers.others(person);
        List<Span> inQuotes = barriers.quotes();
        int[] votes = new int[Voice.values().length];
        int seen = 0;
        for (Mention m : person.mentions()) {
            if (m.kind() == Mention.Kind.PRONOUN || !person.canonical().contains(m.text())) {
                continue; // a pronoun: the words beside it speak of the sentence, not of the person
            }
            if (covers(inQuotes, m.span())) {
                continue; // « "There is no hurry, Ms Corrigan," the judge said »: someone's words to her, no apposition
            }
            if (seen++ >= MAX_MENTIONS) {
                break;
            }
            int k = VoiceContext.sentenceAt(sentences, m.span().start());
            if (k < 0) {
                continue;
            }
            Span sentence = sentences.get(k).span();
            int first = view.indexAt(m.span().start());
            int end = view.indexAt(m.span().end());
            StringBuilder words = new StringBuilder();
            int n = 0;
            boolean complement = first > 0 && lowered[first - 1] != null
                    && (lexicon.is(PersonLexicon.Kind.PREP, lowered[first - 1].replace('’', '\''), lang)
                    || objectOfVerb(text, tokens, lowered, first - 1, lang));
            int mark = -1; // the length of the words read when a comma after the first word was crossed
            boolean ended = false;
            for (int t = first - 1; t >= 0 && !complement; t--) { // "la mère de X" is not X
                Span sp = tokens.get(t).span();
                if (n > 0 && (sp.start() < sentence.start() || comma(text, tokens.get(t))) && sideOpens(words, lang)) {
                    words.setLength(0); // "for the prosecution, Mr Walsh": a side, not who he is
                    break;
                }
                if (n >= IDENTITY_WORDS) {
                    ended = mark >= 0 && sideClause(view, tokens, lowered, lang, t, sentence, text);
                    if (mark < 0 && prepositionLed(tokens, lowered, lang, t, sentence, text)) {
                        words.setLength(0); // "In police interviews read to the jury, Mahmood said": a side, however long
                    }
                    break;
                }
                if (n > 0 && comma(text, tokens.get(t))) {
                    mark = words.length();
                }
                if (lowered[t] != null && n > 0 && inside.clauseEnd(lowered[t], lang)) {
                    break; // "told the court that Ms Rahman …": the name opens a clause, the words before are the verb's
                }
                if (lowered[t] != null && n > 0 && lexicon.is(PersonLexicon.Kind.REL, lowered[t], lang)
                        && !lexicon.is(PersonLexicon.Kind.DET, lowered[t], lang)) {
                    words.delete(0, words.length() - Math.max(mark, 0)); // "an FBI agent who testified, Warsame": the clause's antecedent is another
                    break;
                }
                if (lowered[t] != null && n > 0 && lexicon.is(PersonLexicon.Kind.OPENER, lowered[t], lang)) {
                    words.setLength(0); // "Speaking to reporters on Thursday, Minister X": the opener's complement
                    break;
                }
                if (lowered[t] != null && sp.start() >= sentence.start() && source(lowered, t, lang)) {
                    words.setLength(0); // "According to the interior ministry, Karim Saidi": the source's words
                    break;
                }
                if (sp.start() < sentence.start() || blocked(sp, others, inQuotes) || stop(text, tokens.get(t))
                        || lowered[t] != null && speech.isSpeechWord(lowered[t], lang)) {
                    break; // the words before a verb of speech speak of its subject, not of this person
                }
                if (lowered[t] != null) {
                    n++;
                    words.insert(0, ' ').insert(0, lowered[t]); // the word then a space, without a string of both
                    read.accept(lowered[t]);
                }
            }
            if (first > 0 && comma(text, tokens.get(first - 1)) && agentIn(words, lang)) {
                words.setLength(0); // "Under questioning by the prosecutor, Omar Said": the agent's words, not his
            }
            if (ended) {
                words.delete(0, words.length() - mark); // a phrase cut short beyond a comma: "organised by the Home Ministry, the 32-year-old, Faiz"
            }
            boolean apposition = end < tokens.size() && (comma(text, tokens.get(end))
                    || Tokens.is(text, tokens.get(end), "(")
                    || lowered[end] != null && voices.affiliation(lowered[end], lang));
            n = 0;
            int commas = 0;
            boolean relative = false;
            for (int t = end + 1; apposition && t < tokens.size() && n < 2 * IDENTITY_WORDS; t++) {
                Span sp = tokens.get(t).span();
                if (sp.start() >= sentence.end() || blocked(sp, others, inQuotes) || Tokens.is(text, tokens.get(t), ")")
                        || comma(text, tokens.get(t)) && ++commas > 1) {
                    break;
                }
                if (lowered[t] != null && speech.isSpeechWord(lowered[t], lang)) {
                    break; // "Hamza, said the group's security men …": the sentence's verb, no apposition
                }
                if (lowered[t] != null && n == 0 && lexicon.is(PersonLexicon.Kind.AGENT, lowered[t], lang)) {
                    break; // « pour Youssef, par des enquêteurs belges »: a passive's agent, no apposition
                }
                if (lowered[t] != null && n > 0 && lexicon.is(PersonLexicon.Kind.REL, lowered[t], lang)) {
                    relative = true; // "an activist who helps defectors": the clause speaks of others
                } else if (lowered[t] != null && n == 0 && lexicon.is(PersonLexicon.Kind.REL, lowered[t], lang)
                        && !leads(lowered, t + 1, lang)) {
                    relative = true; // "Selon X, qui cite un conseiller pénitentiaire": not "X, who heads the ICSR"
                }
                if (lowered[t] != null) {
                    n++;
                    if (n <= IDENTITY_WORDS && commas == 0 && !relative) {
                        words.append(lowered[t]).append(' ');
                    }
                    read.accept(lowered[t]); // "Abdel, 30 ans, parti en 2014 et rentré en 2017"
                }
            }
            Voice v = voices.voiceOf(words.toString(), lang);
            if (v != Voice.UNKNOWN) {
                votes[v.ordinal()]++;
            }
        }
        Voice best = Voice.UNKNOWN;
        for (Voice v : Voice.values()) {
            if (votes[v.ordinal()] > (best == Voice.UNKNOWN ? 0 : votes[best.ordinal()])) {
                best = v;
            }
        }
        return best;
    }

    /**
     * Whether the phrase that goes on left of token {@code t}, up to the comma or sentence start that opens
     * it, is a side clause about something else: it holds the preposition of a passive's agent ("organised
     * by the Home Ministry") or opens with a participle or preposition whose subject follows ("Speaking at a
     * forum …").
     */
    private boolean sideClause(org.retour.entity.TokenView view, List<Token> tokens, String[] lowered, String lang,
                               int t, Span sentence, String text) {
        for (int k = t, n = 0; k >= 0 && n < 2 * IDENTITY_WORDS; k--) {
            Token token = tokens.get(k);
            if (token.span().start() < sentence.start() || comma(text, token) || stop(text, token)) {
                return false;
            }
            if (lowered[k] != null) {
                n++;
                if (lexicon.is(PersonLexicon.Kind.AGENT, lowered[k], lang)
                        || lexicon.is(PersonLexicon.Kind.OPENER, lowered[k], lang)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the phrase that goes on left of token {@code t}, up to the comma, stop or sentence start that
     * opens it and within {@code 2 * IDENTITY_WORDS} words, opens with a preposition ("In police interviews
     * read to the jury, …", « Lors de son audition devant les enquêteurs de la DGSI, … ») or a participle
     * ("Addressing the three judges of the court, …").
     */
    private boolean prepositionLed(List<Token> tokens, String[] lowered, String lang, int t, Span sentence,
                                   String text) {
        StringBuilder opening = new StringBuilder(); // its first words, for a participle's ("Addressing the …")
        String first = null;
        for (int k = t, n = 0; k >= 0 && n < 2 * IDENTITY_WORDS; k--) {
            Token token = tokens.get(k);
            if (token.span().start() < sentence.start() || comma(text, token) || stop(text, token)) {
                return first != null && (lexicon.is(PersonLexicon.Kind.PREP, first.replace('’', '\''), lang)
                        || sideOpens(opening, lang));
            }
            if (lowered[k] != null) {
                n++;
                first = lowered[k];
                opening.insert(0, first + ' ');
            }
        }
        return false;
    }

    /** Whether the first word token from {@code t} on is a verb that gives a role ("heads", "dirige"). */
    private boolean leads(String[] lowered, int t, String lang) {
        for (int k = t; k < lowered.length && k <= t + 2; k++) {
            if (lowered[k] != null) {
                return lexicon.is(PersonLexicon.Kind.LEAD, lowered[k], lang);
            }
        }
        return false;
    }

    /**
     * Whether the word token {@code t} right before a name makes the name the object of a verb rather than
     * the end of a title ("The Home Office stripped Hamza Ali", „Die Polizei nahm Ali K. fest“): in English
     * and German, where a title before a name is a noun ("Interior Minister", "der Rückkehrer") or written
     * with a capital, a word in lower case that the voice lexicon does not know; in French, where an adjective
     * may end a title (« le juge antiterroriste Marc Trévidic »), only such a word after an auxiliary (« Le
     * ministère a expulsé Samir K. »).
     */
    private boolean objectOfVerb(String text, List<Token> tokens, String[] lowered, int t, String lang) {
        if (!Character.isLowerCase(text.charAt(tokens.get(t).span().start()))) {
            return false;
        }
        String prev = t > 0 ? lowered[t - 1] : null;
        boolean verb = "en".equals(lang) || "de".equals(lang)
                || "fr".equals(lang) && prev != null && voices.auxiliary(prev, lang); // « a expulsé Samir K. »
        return verb && !voices.knows(lowered[t], prev, lang);
    }

    /** Whether the word token {@code t} opens a source, alone or with the word after it ("selon", "according to"). */
    private boolean source(String[] lowered, int t, String lang) {
        return speech.opensSource(lowered[t], lang)
                || t + 1 < lowered.length && lowered[t + 1] != null && speech.opensSource(lowered[t] + ' ' + lowered[t + 1], lang);
    }

    /** Whether the words read before a name hold the preposition of a passive's agent ("by", « par »). */
    private boolean agentIn(StringBuilder words, String lang) {
        for (String w : words.toString().split(" ")) {
            if (!w.isEmpty() && lexicon.is(PersonLexicon.Kind.AGENT, w, lang)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words read before a name open with a preposition, a phrase of a side or a place, or with a
     * participle or a conjunction whose clause's subject the name is ("Turning to the prosecutor, Omar", « S'adressant
     * à la présidente, Yanis », "When the judge asked him why, Omar").
     */
    private boolean sideOpens(StringBuilder words, String lang) {
        int space = words.indexOf(" ");
        if (space > 0 && lexicon.is(PersonLexicon.Kind.PREP, words.substring(0, space).replace('’', '\''), lang)) {
            return true;
        }
        String[] w = words.toString().split(" ", 4);
        if (fronted.subordinator(w[0], lang)) {
            return true; // "When the judge asked him why, Omar"
        }
        int k = w.length > 2 && fronted.reflexive(w[0], lang) ? 1 : 0;
        return w.length > k + 1 && fronted.participle(w[k], w[k + 1], lang) && !lexicon.is(PersonLexicon.Kind.HEAD, w[k], lang);
    }

    private static boolean comma(String text, Token t) {
        return Tokens.is(text, t, ",") || Tokens.is(text, t, "،");
    }

    /** Punctuation that ends what a mention's left side says about the person. */
    private static boolean stop(String text, Token t) {
        return Tokens.is(text, t, ":") || Tokens.is(text, t, ";") || Tokens.is(text, t, ".")
                || Tokens.is(text, t, "!") || Tokens.is(text, t, "?");
    }

    private static boolean blocked(Span token, List<Span> others, List<Span> quotes) {
        return covers(others, token) || covers(quotes, token);
    }

    /** Whether one of {@code spans} (sorted by start, not nested) overlaps {@code token}. */
    private static boolean covers(List<Span> spans, Span token) {
        int lo = 0;
        int hi = spans.size() - 1;
        int at = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid).start() < token.end()) {
                at = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return at >= 0 && spans.get(at).end() > token.start();
    }
}
