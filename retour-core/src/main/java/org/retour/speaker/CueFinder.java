package org.retour.speaker;

import java.util.Objects;
import org.retour.model.Entity;
import org.retour.model.Span;
import org.retour.model.Speaker;
import org.retour.model.Token;
import org.retour.model.Voice;
import org.retour.person.PronounLinker;
import org.retour.person.Tokens;
import org.retour.resource.GrammarWords;

/**
 * Finds speech cues among a document's tokens: a verb of speech with its auxiliary and the pronoun inside
 * or beside it ("a-t-il dit", "he said", "sagte er"), or a source whose complement is the speaker
 * ("selon", "according to", ", so"); and the organisation that stands beside a cue as its speaker.
 *
 * <p>Immutable and thread-safe.
 */
final class CueFinder {

    /** How many words before a verb of speech a negation may stand, past negations and auxiliaries. */
    static final int NEGATION_WORDS = 3;
    /** The definite articles of every language. */
    private static final java.util.Set<String> DEFINITE = GrammarWords.bundled()
            .anyLanguage(GrammarWords.Kind.DEFINITE);

    /** How many tokens back from a conjunction the subject of the verb it joins may stand. */
    static final int COORDINATED_TOKENS = 12;

    private final SpeechCues cues;
    private final PronounLinker pronouns;

    CueFinder(SpeechCues cues, PronounLinker pronouns) {
        this.cues = Objects.requireNonNull(cues);
        this.pronouns = Objects.requireNonNull(pronouns);
    }

    /**
     * An organisation as the subject of a verb cue ("the UN said", "said Save the Children") or the
     * complement of a source ("according to the ministry"), or null.
     */
    static Speaker organisationAt(SpeakerDocument d, CueMatch cue) {
        boolean clausePronoun = OrganisationVerbSubjects.pronounAfterVerb(cue); // "the Home Office said he had"
        if (cue == null || cue.pronoun() != null && !clausePronoun) {
            return null;
        }
        int cs = cue.span().start();
        int ce = cue.span().end();
        int first = cue.first();
        if (!cue.source() && first > 0 && SpeechCues.bundled().clitic(d.lower(first - 1), d.lang)) {
            cs = d.tokens.get(first - 1).start(); // "« … », y précise le Quai d'Orsay": inverted past the pronoun
        }
        int p = cs - 1;
        while (p >= 0 && Character.isWhitespace(d.text.charAt(p))) {
            p--;
        }
        boolean inverted = cue.source() || p < 0 || !Character.isLetterOrDigit(d.text.charAt(p));
        int vs = OrganisationVerbStarts.of(d, cue); // « la préfecture se félicite »
        SpeakerDocument.OrganisationMention head = OrganisationVerbSubjects.headNoun(d, cue); // "the commission said"
        if (head != null) { // before an organisation named in its clause: « le parquet, interrogé par l'AFP, assure »
            return organisationSpeaker(d, head.entity(), head.span());
        }
        for (SpeakerDocument.OrganisationMention o : d.orgs) {
            Span m = o.span();
            int e = m.end() <= vs ? OrganisationBrackets.past(d, m.end(), vs) : m.end(); // "the ISD (Singapore) said"
            boolean subjectBefore = !cue.source() && m.end() <= vs
                    && (vs - e <= 2 || OrganisationClauses.setOff(d, e, vs) // "HRW, which …, said"
                    || OrganisationOffices.between(d, m.end(), vs) // "the FBI's Denver field office said"
                    || OrganisationVerbSubjects.relativeSubject(d, e, vs)); // « le ministère, qui évoque »
            boolean after = inverted && !clausePronoun && m.start() >= ce && m.start() - ce <= 6
                    && blankOrArticle(d.text.substring(ce, m.start()));
            if (subjectBefore || after) {
                return organisationSpeaker(d, o.entity(), m);
            }
            if (m.start() > ce + 6) {
                break;
            }
        }
        head = clausePronoun ? null : OrganisationHeadNouns.inverted(d, cue); // "« … », précise la préfecture"
        return head == null ? null : organisationSpeaker(d, head.entity(), head.span());
    }

    /**
     * An organisation as the speaker of a quote, with the voice organisation: a body that speaks as one, a state's
     * ("the FBI said in a statement", « le ministère de l'Intérieur indique ») as much as any other.
     */
    static Speaker organisationSpeaker(SpeakerDocument d, Entity e, Span mention) {
        org.retour.person.Referents.Referent holder = TitleOrganisations.holder(d, e);
        if (holder != null) {
            return d.speaker(holder); // "District Police Officer (DPO) Bajaur Naveed Akhtar Khattak" … "the DPO said"
        }
        return new Speaker(e.id(), e.canonical(), null, null, Voice.ORGANISATION);
    }

    private static boolean blankOrArticle(String between) {
        String b = between.strip().toLowerCase(java.util.Locale.ROOT);
        return b.isEmpty() || DEFINITE.contains(b);
    }

    /**
     * Whether a negation (`not` in cues.txt) stands right before a verb cue, past at most {@link #NEGATION_WORDS}
     * words that are negations or auxiliaries ("n'a pas réagi", "ne commente pas", "did not respond"): after a
     * quote, the verb says its subject did not speak it. Before a quote it still names whose turn it is ("Walid
     * ne répond pas tout de suite. Puis : « … »").
     */
    boolean denied(SpeakerDocument d, CueMatch cue) {
        if (cue.source()) {
            return false;
        }
        TokenCues kinds = d.tokenCues(cues);
        int first = cue.first();
        for (int j = first - 1; j >= 0 && first - j <= NEGATION_WORDS && Tokens.isWord(d.tokens.get(j)); j--) {
            if (cues.negation(d.lower(j), d.lang)) {
                return true;
            }
            if (kinds.kind(j) != SpeechCues.Kind.AUX) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a verb cue after a quote, which starts at token {@code from}, speaks only in an incise (`incise` in
     * cues.txt) but stands past words: « … ? » Falmata, à côté, sourit is a gesture after the words, not their cue.
     */
    boolean outOfIncise(SpeakerDocument d, CueMatch cue, int from) {
        return !cue.source() && cues.inciseOnly(d.lower(cue.first()), d.lang)
                && !SpeakerSentences.onlyPunctuation(d, from, cue.first());
    }

    /** A cue whose verb or source starts at token {@code k}, within tokens {@code [from, to)}, or null. */
    CueMatch cueAt(SpeakerDocument d, int k, int from, int to) {
        Token t = d.tokens.get(k);
        if (t.kind() != Token.Kind.WORD) {
            return null;
        }
        CueMatch heard = HeardSpeech.bundled().cueAt(d, k, from);
        if (heard != null) {
            return heard; // « on entend Besnik dire : « … » »: the one heard on the recording
        }
        TokenCues kinds = d.tokenCues(cues);
        boolean longer = kinds.startsLonger(k);
        SpeechCues.Kind verb = kinds.kind(k);
        SpeechCues.Kind single = kinds.straightKind(k);
        if (verb == null && !longer && (QuoteTags.frenchAt(d, cues, k) || QuoteTags.englishAt(d, k)
                || NarrativeInfinitives.bundled().listedAt(d, k))) { // « Et lui de répondre : « … » »
            verb = SpeechCues.Kind.VERB; // « « … », grimace-t-il », "“…,” he grimaced.": a verb of no list tagging words
        }
        if (!longer && verb != SpeechCues.Kind.VERB && single != SpeechCues.Kind.SOURCE
                && single != SpeechCues.Kind.WEAK) {
            return null; // most words: no cue of one word, and none of several begins here
        }
        String text = d.text;
        String w = d.lower(k);
        CueMatch several = longer ? severalWords(d, k, from, to) : null;
        if (several != null && several.source()) {
            return several; // « selon sa formule », not « selon » alone
        }
        if (k < to && (single == SpeechCues.Kind.SOURCE
                || single == SpeechCues.Kind.WEAK && weakSourceHolds(d, k, k + 1, from))) {
            return new CueMatch(k, k, t.span(), true, null);
        }
        if (several != null) {
            return several;
        }
        if (verb != SpeechCues.Kind.VERB || d.personNounAfterArticle(k) || IntentVerbs.beforeInfinitive(d, k)
                || d.personNounAfterPreposition(k) && !cues.clitic(d.lower(k - 1), d.lang) // "l'autorisation au juge"
                || MannerPhrases.endsAt(d, k) // « rappelle par écrit que »
                || AdjectivalParticiples.at(d, kinds, k) // « un accompagnement renforcé assuré en région »
                && Adverbials.bundled().startEndingAt(d, k - 1, from) < 0) { // not « a pour sa part annoncé »
            return null; // "Selon lui, le prévenu « … »": the defendant, not "prévenu" (warned); "agreed to bring home"
        }
        int first = k;
        PronounLinker.Found pronoun = null;
        if (w.indexOf('-') > 0) {
            pronoun = pronouns.pronounIn(text, d.tokens, d.lowered, k, d.lang);
        }
        if (k - 1 >= from && Tokens.adjacent(text, d.tokens.get(k - 1), t)
                && kinds.kind(k - 1) == SpeechCues.Kind.AUX) {
            first = k - 1;
            if (pronoun == null && d.lower(first).indexOf('-') > 0) {
                pronoun = pronouns.pronounIn(text, d.tokens, d.lowered, first, d.lang);
            }
        } else if (pronoun == null && k - 2 >= from && CueOpenings.invertedAuxBefore(d, kinds, pronouns, k)) {
            first = k - 2; // "a-t-elle simplement dit", "a-t-il longuement expliqué": one adverb after the inversion
            pronoun = pronouns.pronounIn(text, d.tokens, d.lowered, first, d.lang);
        } else if (pronoun == null) {
            first = CueOpenings.adverbialStart(d, kinds, k, from); // "has repeatedly said", « a pour sa part annoncé », "quickly told"
            if (first < k && d.lower(first).indexOf('-') > 0) {
                pronoun = pronouns.pronounIn(text, d.tokens, d.lowered, first, d.lang); // « a-t-il plus tard ajouté »
            }
        }
        if (pronoun == null && first == k) {
            pronoun = NarrativeInfinitives.bundled().subject(d, k, from); // « Et lui de répondre », not the last speaker
        }
        if (pronoun == null && first - 1 >= from) {
            // "Sie selbst sagt", "he himself said": an emphasis word may stand between the pronoun and its verb
            int at = first - 2 >= from && kinds.kind(first - 1) == SpeechCues.Kind.EMPHASIS ? first - 2 : first - 1;
            pronoun = pronounAt(d, at);
            if (pronoun == null) { // « Lui assure n'avoir … »: a stressed pronoun opening the sentence is its subject
                pronoun = pronouns.stressedSubject(text, d.tokens, d.lowered, first - 1, d.lang);
            }
        }
        if (pronoun == null && k + 1 < to && Tokens.adjacent(text, t, d.tokens.get(k + 1))
                && !clauseSubject(d, first, k + 1, from)) {
            pronoun = pronouns.pronounIn(text, d.tokens, d.lowered, k + 1, d.lang);
        }
        Span span = new Span(d.tokens.get(first).start(), t.end());
        return new CueMatch(first, k, span, false, pronoun);
    }

    /**
     * Whether the word at {@code k}, right after a verb of speech that starts at token {@code first} after a word or a
     * comma of its clause (no quote's closing mark), is the subject of the clause the verb reports without "that": a finite verb follows it
     * ("Doyle's probation officer, who asked not to be named, said he had “done the work”": not "he"; `finite` in
     * cues.txt).
     */
    private boolean clauseSubject(SpeakerDocument d, int first, int k, int from) {
        return first - 1 >= from && (Tokens.isWord(d.tokens.get(first - 1)) || Tokens.is(d.text, d.tokens.get(first - 1), ",")
                || d.view().isDash(first - 1)) // "the woman – who we are not naming – said she had"
                && k + 1 < d.tokens.size()
                && Tokens.isWord(d.tokens.get(k + 1)) && cues.finite(d.lower(k + 1), d.lang);
    }

    /** A source of two to {@link SpeechCues#MAX_SOURCE_WORDS} words starting at token {@code k}, or null. */
    private CueMatch severalWords(SpeakerDocument d, int k, int from, int to) {
        String text = d.text;
        StringBuilder form = new StringBuilder(d.lower(k).replace('’', '\''));
        for (int len = 2; len <= SpeechCues.MAX_SOURCE_WORDS && k + len - 1 < to; len++) {
            Token last = d.tokens.get(k + len - 1);
            Token prev = d.tokens.get(k + len - 2);
            if (!Tokens.isWord(last) || !Tokens.adjacent(text, prev, last)) {
                break;
            }
            char end = prev.end() > prev.start() ? text.charAt(prev.end() - 1) : ' ';
            if (end != '\'' && end != '’') { // "d'après", "l’après": no space after an apostrophe
                form.append(' ');
            }
            form.append(d.lower(k + len - 1).replace('’', '\''));
            SpeechCues.Kind kind = cues.kind(form.toString(), d.lang);
            if (kind == SpeechCues.Kind.SOURCE || kind == SpeechCues.Kind.WEAK && weakSourceHolds(d, k, k + len, from)) {
                return new CueMatch(k, k + len - 1, new Span(d.tokens.get(k).start(), last.end()), true, null);
            }
            if (kind == SpeechCues.Kind.VERB) { // "“…,” Hayes is quoted as telling agents": its subject spoke
                PronounLinker.Found pronoun = k - 1 >= from ? pronounAt(d, k - 1) : null;
                return new CueMatch(k, k + len - 1, new Span(d.tokens.get(k).span().start(), last.span().end()), false, pronoun);
            }
        }
        return null;
    }

    /** The most tokens between a reporting cue's verb and the nested quote it introduces ("said to me, “"). */
    static final int REPORT_GAP = 4;

    /**
     * The singular pronoun subject of a speech cue that ends right before the quote opening at {@code open}
     * inside another quote ("He said, ‘…’", "« Il me disait : “…” »", "She told me, ‘…’"), or null: the
     * words its speaker reports are those of the person the pronoun stands for. Only commas, colons and
     * short lower-case words ("me", "to me", "uns") stand between the verb and the quote; short lower-case
     * words (« me », "just") between the pronoun and the verb.
     */
    org.retour.person.Pronoun reportingPronoun(SpeakerDocument d, int open) {
        CueMatch cue = reportingCue(d, open);
        if (cue == null) {
            return null;
        }
        PronounLinker.Found p = cue.pronoun() != null ? cue.pronoun()
                : subjectBefore(d, cue.first(), d.tokenAt(SpeakerSentences.sentenceStart(d, open)));
        return p == null || p.pronoun().plural() ? null : p.pronoun();
    }

    /**
     * The speech cue (no source) that ends right before the quote opening at {@code open} inside another
     * quote, over commas, colons and short lower-case words ("I said, ‘…’", « Je lui ai dit : “…” »), or null.
     */
    CueMatch reportingCue(SpeakerDocument d, int open) {
        int mark = d.tokenAt(open);
        int from = d.tokenAt(SpeakerSentences.sentenceStart(d, open));
        for (int k = mark - 1; k >= Math.max(from, mark - 1 - REPORT_GAP); k--) {
            Token t = d.tokens.get(k);
            if (!Tokens.isWord(t)) {
                if (Tokens.is(d.text, t, ",") || Tokens.is(d.text, t, ":")) {
                    continue;
                }
                return null;
            }
            CueMatch cue = cueAt(d, k, from, mark);
            if (cue != null && !cue.source()) {
                return cue;
            }
            if (!shortLower(d, t) && d.tokenCues(cues).kind(k) != SpeechCues.Kind.EMPHASIS) {
                return null; // « Il me l'a dit lui-même : “…” »: past the stressed self
            }
        }
        return null;
    }

    /**
     * The pronoun at most three tokens before the verb at {@code first}, over short lower-case words, else the subject
     * pronoun of the clause a conjunction right before the verb joins it to; or null.
     */
    private PronounLinker.Found subjectBefore(SpeakerDocument d, int first, int from) {
        for (int k = first - 1; k >= Math.max(from, first - 3); k--) {
            Token t = d.tokens.get(k);
            if (!Tokens.isWord(t)) {
                return null;
            }
            PronounLinker.Found p = pronounAt(d, k);
            if (p != null) {
                return p;
            }
            if (!shortLower(d, t)) {
                break;
            }
        }
        return first > from && d.conjunction(first - 1) ? coordinatedSubject(d, first - 1, from) : null;
    }

    /**
     * The subject pronoun of the clause a conjunction at {@code and} joins the verb after it to ("he called me from a
     * Turkish number and said, ‘…’"), at most {@link #COORDINATED_TOKENS} tokens back within the sentence and past no
     * stop, or null.
     */
    private PronounLinker.Found coordinatedSubject(SpeakerDocument d, int and, int from) {
        for (int k = and - 1; k >= Math.max(from, and - COORDINATED_TOKENS); k--) {
            Token t = d.tokens.get(k);
            if (!Tokens.isWord(t) && !Tokens.is(d.text, t, ",")) {
                return null;
            }
            PronounLinker.Found p = pronounAt(d, k);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /**
     * Whether a person stands among tokens {@code from} to {@code to} (exclusive): a name or a description of one, or a
     * personal pronoun of the third person (« il », "she"), which a verb after them may have as its subject; « on » and
     * the pronouns of those told are none.
     */
    boolean personBetween(SpeakerDocument d, int from, int to) {
        if (from >= to) {
            return false;
        }
        if (!d.referents.within(d.tokens.get(from).span().start(), d.tokens.get(to - 1).span().end()).isEmpty()) {
            return true;
        }
        for (int k = from; k < to; k++) {
            if (pronounAt(d, k) != null) {
                return true;
            }
        }
        return false;
    }

    /** The personal pronoun that token {@code k} is, whole (not one an inverted verb carries), or null. */
    private PronounLinker.Found pronounAt(SpeakerDocument d, int k) {
        PronounLinker.Found p = pronouns.pronounIn(d.text, d.tokens, d.lowered, k, d.lang);
        return p != null && p.span().equals(d.tokens.get(k).span()) ? p : null;
    }

    private static boolean shortLower(SpeakerDocument d, Token t) {
        return t.span().length() <= 4 && Character.isLowerCase(d.text.charAt(t.span().start()));
    }

    /** The gender of a pronoun cue in the sentence before {@code open} ("Il m'a écrit :", "She said,"), else unknown. */
    org.retour.person.Gender pronounGender(SpeakerDocument d, int open) {
        int first = d.tokenAt(SpeakerSentences.sentenceStart(d, open));
        int last = d.tokenAt(open);
        for (int k = last - 1; k >= first; k--) {
            CueMatch cue = cueAt(d, k, first, last);
            if (cue != null) {
                return cue.pronoun() == null ? org.retour.person.Gender.UNKNOWN : cue.pronoun().pronoun().gender();
            }
        }
        return org.retour.person.Gender.UNKNOWN;
    }

    /**
     * A weak source ("so" in German) counts only between punctuation and a capitalised word, a short
     * lower-case word before one (", so die Staatsanwaltschaft", ", so ein Sprecher"), or a pronoun for the
     * speaker and a comma ("Pour lui, …").
     */
    private boolean weakSourceHolds(SpeakerDocument d, int k, int next, int from) {
        boolean afterPunctuation = k == from || !Tokens.isWord(d.tokens.get(k - 1));
        if (!afterPunctuation || next >= d.tokens.size()) {
            return false;
        }
        Token t = d.tokens.get(next);
        if (Tokens.capitalised(d.text, t)) {
            return true;
        }
        if (Tokens.isWord(t) && cues.kind(d.lower(next), d.lang) == SpeechCues.Kind.OBJECT && next + 1 < d.tokens.size()
                && Tokens.is(d.text, d.tokens.get(next + 1), ",")) {
            return true; // "Pour lui, l'accusé a été « … »": in his view
        }
        return Tokens.isWord(t) && t.span().length() <= 3 && next + 1 < d.tokens.size()
                && Tokens.capitalised(d.text, d.tokens.get(next + 1));
    }
}
