package org.retour.speaker;

import java.util.List;
import org.retour.person.Pronoun;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;

/**
 * Cue speakers: the person a speech cue names, the source after "selon", "according to", the person a
 * cue's pronoun refers to, or the subject before or after a cue verb. Thread-safe.
 */
final class CueSpeakers {

    /** How far (in characters) after "selon", "according to" the speaker may start. */
    static final int SOURCE_REACH = 80;
    /** How many words of a description's complement may stand before the comma of a name in apposition to it. */
    static final int APPOSED_WORDS = 4;
    /** How many words may stand between a verb of speech and the subject after it ("a déclaré jeudi le procureur"). */
    static final int INVERTED_SUBJECT_WORDS = 3;
    /**
     * How many tokens may stand between a relative clause's antecedent and its "qui": two adjectives or a
     * short participle phrase ("un père rencontré pendant son enquête, qui lui a dit").
     */
    static final int RELATIVE_REACH = 6;
    /**
     * How many tokens may stand between the antecedent and its "qui" when they are an aside between commas right
     * after it ("un de ses patients, revenu de Raqqa en 2018, qui lui a dit").
     */
    static final int APPOSED_REACH = 9;
    /** The sources that hold their speaker's pronoun, by language ({@code pronoun-sources.txt}). */
    private static final java.util.Map<String, java.util.Set<String>> PRONOUN_SOURCES = org.retour.resource.ResourceLines
            .byLanguage(org.retour.resource.ResourceLines.classpath("org/retour/speaker/pronoun-sources.txt"), true);

    private final SpeechCues cues;
    private final SubjectRules subjectRules;
    private final DefiniteReferents definite;
    private final PronounSpeakers pronounSpeakers;
    private final Exchanges exchanges;
    private final LatterSpeakers latter = LatterSpeakers.bundled();
    private final PairOrdinals pairOrdinals = PairOrdinals.bundled();
    private final AskedObjects askedObjects;
    private final VerbFirstSubjects verbFirst;

    CueSpeakers(SpeechCues cues, SubjectRules subjectRules, DefiniteReferents definite, PronounSpeakers pronounSpeakers,
            Exchanges exchanges, AskedObjects askedObjects) {
        this.cues = cues;
        this.subjectRules = subjectRules;
        this.definite = definite;
        this.pronounSpeakers = pronounSpeakers;
        this.exchanges = exchanges;
        this.askedObjects = askedObjects;
        this.verbFirst = new VerbFirstSubjects(cues, pronounSpeakers, exchanges);
    }

    /** How many tokens before a person a relative pronoun that opens the clause holding them may stand. */
    static final int CLAUSE_TOKENS = 12;

    /** Words that open, after a comma, a phrase naming some of a group inside a relative clause (« dont », "including"). */
    private static final java.util.Set<String> INCLUDING = java.util.Set.of("dont", "including", "notamment", "among");

    /** Whether a comma right after {@code antecedent} opens an aside that the comma at token {@code comma} closes. */
    private static boolean apposedAside(SpeakerDocument d, Referent antecedent, int comma) {
        int k = d.tokenAt(antecedent.span().end());
        return k < comma && Tokens.is(d.text, d.tokens.get(k), ",") && Tokens.is(d.text, d.tokens.get(comma), ",");
    }

    /**
     * The index of a relative pronoun right before a cue's verb, with at most one word between them ("qui
     * aurait dit", "who told"), or -1.
     */
    private static int relativeBefore(SpeakerDocument d, int first) {
        for (int k = first - 1; k >= 0 && k >= first - 2; k--) {
            if (!Tokens.isWord(d.tokens.get(k))) {
                return -1;
            }
            if (d.relativePronoun(d.lower(k))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The person a relative clause holding {@code r} and closed by a comma before the cue at {@code cueStart}
     * belongs to ("X, who interviewed Ali, told"): the last referent ending right before the comma that opens
     * the clause with a relative pronoun, within the window, past one phrase of the clause that names some of a
     * group (« X, qui défend plusieurs Belges, dont Sarah L., dénonce »); else null.
     */
    private static Referent antecedentOfClause(SpeakerDocument d, Referent r, int windowStart, int cueStart) {
        int end = d.tokenAt(r.span().end());
        int cue = d.tokenAt(cueStart);
        boolean closed = false;
        for (int k = end; k < cue && !closed; k++) {
            closed = Tokens.is(d.text, d.tokens.get(k), ",");
        }
        if (!closed) {
            return null;
        }
        boolean nested = false; // « X, qui défend plusieurs Belges, dont Sarah L., dénonce »: past « , dont » once
        for (int k = d.tokenAt(r.span().start()) - 1, n = 0; k > 0; k--, n++) {
            if (n >= (nested ? 2 * CLAUSE_TOKENS : CLAUSE_TOKENS) || d.tokens.get(k).span().start() < windowStart) {
                return null;
            }
            if (!Tokens.isWord(d.tokens.get(k))) {
                if (nested || !Tokens.is(d.text, d.tokens.get(k), ",") || !INCLUDING.contains(d.lower(k + 1))) {
                    return null; // a comma or a mark before the relative pronoun: no clause of this shape
                }
                nested = true; // « …, dont Sarah L., » inside the clause: the clause that holds it goes on before
                continue;
            }
            if (d.relativePronoun(d.lower(k)) && Tokens.is(d.text, d.tokens.get(k - 1), ",")) {
                int comma = d.tokens.get(k - 1).span().start();
                List<Referent> before = d.referents.within(windowStart, comma);
                Referent a = before.isEmpty() ? null : before.get(before.size() - 1);
                return a != null && a.span().end() == comma ? a : null;
            }
        }
        return null;
    }

    /**
     * Whether the named referent {@code b} stands in apposition to the description {@code a} before it: a comma alone
     * between them, or at most {@link #APPOSED_WORDS} words of the description's complement or a title with no
     * punctuation but commas after the first of them ("a déclaré le procureur, Jean-Marc Lesueur", "قال مدير البرامج
     * في المركز، الدكتور سامي الحمادي"); not a clause after a comma ("le trentenaire, avant que la présidente, …").
     */
    private static boolean apposed(SpeakerDocument d, Referent a, Referent b) {
        if (b.span().start() < a.span().end()) {
            return false;
        }
        String between = d.text.substring(a.span().end(), b.span().start()).strip();
        if (between.equals(",") || between.equals("،")) {
            return true;
        }
        for (int i = 0; i < between.length(); i++) {
            char c = between.charAt(i);
            boolean comma = c == ',' || c == '،';
            if (comma && i == 0 || !comma && !Character.isLetter(c) && !Character.isWhitespace(c) && c != '\'' && c != '’'
                    && c != '-') {
                return false; // "commence le trentenaire, avant que la présidente, …": another clause
            }
        }
        return SpeakerSentences.wordsBetween(d, a.span().end(), b.span().start()) <= APPOSED_WORDS;
    }

    /**
     * Whether the person right after a cue's verb is the subject of the clause it reports without "that": a finite
     * verb follows them (`finite` in cues.txt: "said her husband was sent to the front").
     */
    private boolean clauseSubject(SpeakerDocument d, CueMatch cue, Referent r) {
        int k = d.tokenAt(r.span().end());
        return SpeakerSentences.wordsBetween(d, cue.span().end(), r.span().start()) == 0 && k < d.tokens.size()
                && Tokens.isWord(d.tokens.get(k)) && cues.finite(d.lower(k), d.lang);
    }

    /**
     * Whether the person right after a French cue's verb before the quote is the verb's object, what the quote then
     * says of them: the quote's opening mark follows them with nothing between, where a subject put after its verb
     * would stand before a colon (« décrit un homme « sérieux mais fragile » », not « raconte un témoin : « … » »).
     */
    private static boolean describedObject(SpeakerDocument d, CueMatch cue, Referent r, int open) {
        return "fr".equals(d.lang) && cue.span().end() <= r.span().start() && r.span().end() <= open
                && open < d.text.length() && org.retour.quote.MarkQuoteExtractor.isMark(d.text.charAt(open))
                && QuoteOffsets.blank(d.text, r.span().end(), open);
    }

    /** Whether the word right after a cue's verb opens the clause it reports ("que", "that", "dass"). */
    private boolean reportedClause(SpeakerDocument d, CueMatch cue) {
        int next = cue.last() + 1;
        return next < d.tokens.size() && Tokens.isWord(d.tokens.get(next)) && cues.complementizer(d.lower(next), d.lang);
    }

    /** The person next to a speech cue found in the window from {@code windowStart} to {@code windowEnd}, or null. */
    Referent speakerFor(SpeakerDocument d, CueMatch cue, int windowStart, int windowEnd, int open) {
        if (PassiveCues.bundled().toldSubject(d, cue)) {
            return PassiveCues.bundled().agent(d, cue); // "was told that “…”": not the one told; "was told by his emir": the emir
        }
        Referent heard = HeardSpeech.bundled().speaker(d, cue, windowStart);
        if (heard != null) {
            return heard; // « on entend Besnik dire : « … » »: the one heard on the recording
        }
        if (cue.source()) {
            int next = cue.last() + 1;
            if (next < d.tokens.size() && Tokens.adjacent(d.text, d.tokens.get(cue.last()), d.tokens.get(next))
                    && cues.kind(d.lower(next), d.lang) == SpeechCues.Kind.OBJECT) {
                Pronoun p = new Pronoun(cues.verbGender(d.lower(next), d.lang), false);
                Referent own = pronounSpeakers.subject(d, SpeakerSentences.sentenceStart(d, cue.span().start()), cue.span().start());
                if (own != null && own.gender().compatible(p.gender())) {
                    return own; // "un officier … résume la position des autorités : selon lui, ces jeunes « … »"
                }
                return pronounSpeakers.resolve(d, p, cue.span().start(), open);
            }
            if (ownPronoun(d, cue)) { // « À l'en croire, sa fille n'est restée que par crainte de son mari : « … » »
                return pronounSpeakers.resolve(d, new Pronoun(org.retour.person.Gender.UNKNOWN, false), cue.span().start(), open);
            }
            org.retour.person.Gender owner = ownerInside(d, cue);
            if (owner != null) { // "In his words, the group was “finished by 2017”", "A woman from Bekasi … where, in
                // her words, “…”": the subject of the sentence when the possessive fits it, else the person it stands for
                Referent own = pronounSpeakers.subject(d, SpeakerSentences.sentenceStart(d, cue.span().start()), cue.span().start());
                return own != null && own.gender().compatible(owner) ? own
                        : pronounSpeakers.resolve(d, new Pronoun(owner, false), cue.span().start(), open);
            }
            for (Referent r : d.referents.within(cue.span().end(), windowEnd)) {
                return r.span().start() - cue.span().end() <= SOURCE_REACH ? r : null;
            }
            return null;
        }
        if (cue.pronoun() != null) {
            Referent asked = (exchanges.replies(d, cue) || AnswerTurns.answers(d, exchanges, cue))
                    && !cue.pronoun().pronoun().plural()
                    ? askedObjects.asked(d, open, cue.pronoun().pronoun().gender(), r -> definite.named(d, r)) : null;
            if (asked != null) {
                return asked; // "quand la présidente lui a demandé pourquoi … « … », répond-elle": the one asked
            }
            Referent asker = exchanges.replies(d, cue) ? definite.named(d, exchanges.asker(d, open, (from, to) -> pronounSpeakers.subject(d, from, to)))
                    : null;
            if (asker == null && !exchanges.asks(d, cue) && !cue.pronoun().pronoun().plural()) { // "X asked him why. “…,” he said"
                Referent asking = AskedAfterObjects.bundled().asker(d, exchanges, cue.span().start(),
                        cue.pronoun().pronoun().gender());
                asker = asking == null ? null : definite.named(d, asking);
            }
            if (asker == null) { // "Her brother, she said, had been killed": not the brother
                int at = d.tokenAt(cue.pronoun().span().start() + 1) - 1; // the token that holds it, « dit-il » too
                Referent aside = ParentheticalCues.interrupted(d, Math.min(cue.first(), at), Math.max(cue.last(), at));
                asker = aside == null || SpeakerDocument.same(definite.named(d, aside), d.lastSpeaker) ? null
                        : definite.named(d, aside); // "The 34-year-old then found himself, he says, …": the last speaker's own
            }
            Referent r = pronounSpeakers.resolve(d, cue.pronoun().pronoun(), cue.span().start(), open, asker);
            if (r != null && asker == null && r.person() != null && d.quotes.namesInQuoteAt(r.person(), open, d.lowerText())) {
                Referent other = pronounSpeakers.resolve(d, cue.pronoun().pronoun(), cue.span().start(), open,
                        definite.named(d, r)); // "“…, je serais mort comme Mehdi”, dit-il": not Mehdi
                r = other != null ? other : r;
            }
            if (r == null && asker != null && !cue.pronoun().pronoun().plural()) {
                r = exchanges.addressee(d, open, asker, cue.pronoun().pronoun().gender()); // "a demandé le président à Amine R."
            }
            return r != null || cue.pronoun().pronoun().plural() ? r : PlaceSpeakers.unnamed(d, cue.pronoun());
        }
        Referent ranked = pairOrdinals.speaker(d, cue.span().start(), cue.span().end());
        if (ranked != null) {
            return ranked; // "« … », a résumé le premier. Le second a plaidé pour …"
        }
        int rel = relativeBefore(d, cue.first());
        if (rel >= 2 && d.tokens.get(rel).span().start() > windowStart) {
            // "Le magistrat cite l'une d'elles, qui aurait dit : « … »": the relative clause's antecedent speaks
            int before = Tokens.is(d.text, d.tokens.get(rel - 1), ",") ? rel - 1 : rel;
            List<Referent> refs = d.referents.within(windowStart, d.tokens.get(before).span().start());
            Referent antecedent = refs.isEmpty() ? null : refs.get(refs.size() - 1);
            // the antecedent ends right before, or a few words before ("un avocat genevois qui", "un père rencontré pendant son enquête, qui")
            int reach = antecedent != null && apposedAside(d, antecedent, before) ? APPOSED_REACH : RELATIVE_REACH;
            return antecedent != null && antecedent.span().end() >= d.tokens.get(Math.max(0, before - reach)).span().end()
                    && !ClauseMarks.punctuatedLine(d.text, antecedent.span().end(), d.tokens.get(before).span().start())
                    ? antecedent : null;
        }
        List<Referent> subjects = subjectRules.subjects(d, d.referents.within(windowStart, cue.span().start()));
        Referent r = VerbAdjacentDescriptions.subject(d, subjects, SubjectRules.preferNamed(subjects, true),
                cue.span().start()); // "Karim Haddad listened as a federal prosecutor described him": the prosecutor
        Referent antecedent = r == null ? null : antecedentOfClause(d, r, windowStart, cue.span().start());
        if (antecedent != null) {
            r = antecedent; // "Sgt Mark Hughes, who interviewed Ali after his arrest, told the jury:": Hughes tells
        }
        Referent first = verbFirst.instead(d, cue, r, windowEnd, open);
        if (first != null) {
            r = first; // « وعندما سأله رئيس المحكمة …، قال: »: the one asked answers
        }
        Pronoun standIn = r == null ? RelativeDemonstratives.bundled().after(d, cue.span().end()) : null;
        if (standIn != null) {
            r = pronounSpeakers.resolve(d, standIn, cue.span().start(), open); // "« … », confie celui qui a passé …"
        }
        if (r == null && standIn == null) {
            List<Referent> after = reportedClause(d, cue) ? List.of() // "avant d'ajouter que sa fille était « … »": the clause's subject
                    : subjectRules.subjects(d, d.referents.within(cue.span().end(), windowEnd));
            if (!after.isEmpty() && clauseSubject(d, cue, after.get(0))) {
                after = List.of(); // "and said her husband was sent to the front": the reported clause's subject
            }
            if (!after.isEmpty() && describedObject(d, cue, after.get(0), open)) {
                after = List.of(); // « le dernier rapport décrit un homme « sérieux mais fragile » »: the one described
            }
            r = SubjectRules.preferNamed(after, false);
            if (r != null && after.get(0) != r && after.get(0).person() == null && !apposed(d, after.get(0), r)
                    && SpeakerSentences.wordsBetween(d, cue.span().end(), after.get(0).span().start()) == 0) {
                r = after.get(0); // "commence le trentenaire, avant que la présidente, Catherine Lemonnier, …": the verb's own subject
            }
            if (r != null && SpeakerSentences.wordsBetween(d, cue.span().end(), r.span().start()) > INVERTED_SUBJECT_WORDS) {
                Referent subject = pronounSpeakers.pronounBeforeVerb(d, cue.first(), windowStart, open);
                r = subject != null ? subject : r; // "He also remembers being sent to fight a rival Islamist brigade"
            }
        }
        if (r == null) {
            r = pronounSpeakers.coordinatedPronoun(d, cue.first(), windowStart, open); // "he turned … and said:"
        }
        if (r == null) {
            r = pronounSpeakers.sequencedPronoun(d, cue.first(), windowStart, open); // « Il hésite, puis lâche : »
        }
        if (r == null) {
            r = latter.speaker(d, cue.span().start(), cue.span().end()); // "« … », dit ce dernier"
        }
        if (r == null) { // "Pour Me Ferrand, le procès devra dire non pas si sa cliente regrette, mais « … »"
            r = OpeningSources.speaker(d, cues, windowStart, cue.span().start());
        }
        if (r == null && "ar".equals(d.lang)) {
            String verb = Tokens.lower(d.text, d.tokens.get(cue.last()));
            r = pronounSpeakers.resolve(d, new Pronoun(cues.verbGender(verb, d.lang), false), cue.span().start(), open);
        }
        return r;
    }

    /**
     * The gender a possessive inside a source's words gives its speaker ("in his words", "by her account"; UNKNOWN for
     * « selon sa formule », « pour reprendre ses mots »), or null when the words hold none.
     */
    private static org.retour.person.Gender ownerInside(SpeakerDocument d, CueMatch cue) {
        for (int k = cue.first(); k <= cue.last(); k++) {
            org.retour.person.Gender g = OwnerGenders.of(d.lower(k), d.lang);
            if (g != org.retour.person.Gender.UNKNOWN || d.possessive(d.lower(k))) {
                return g; // French « sa », « ses » agree with the noun: the owner's gender stays open
            }
        }
        return null;
    }

    /**
     * Whether the source cue holds its speaker's own pronoun (« à l'en croire »: {@code pronoun-sources.txt}), not
     * « à en croire » before a name.
     */
    private static boolean ownPronoun(SpeakerDocument d, CueMatch cue) {
        return PRONOUN_SOURCES.getOrDefault(d.lang, java.util.Set.of())
                .contains(cue.span().of(d.text).toLowerCase(java.util.Locale.ROOT));
    }
}
