package org.retour.speaker;

import java.util.List;
import java.util.Objects;
import org.retour.model.Voice;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;

/**
 * Decides whom a definite description that speaks stands for ("le prévenu", "the woman", "der 28-Jährige"):
 * the person named before it, the paragraph's unnamed speaker, or the description itself.
 *
 * <p>Immutable and thread-safe.
 */
final class DefiniteReferents {

    /** Voices of descriptions that may stand for a named person whose role the text does not give. */
    static final java.util.Set<Voice> OPEN = java.util.EnumSet.of(Voice.UNKNOWN, Voice.DEFECTOR, Voice.RECRUITER,
            Voice.RETURNEE, Voice.RELATIVE, Voice.OTHER);

    /**
     * Voices of persons an age alone does not stand for: who holds an office, studies or reports is named by
     * that role ("the 29-year-old" after "the prosecutor, Jonathan Reece" is the accused).
     */
    private static final java.util.Set<Voice> OFFICE = java.util.EnumSet.of(Voice.OFFICIAL, Voice.RESEARCHER,
            Voice.JOURNALIST);

    /** Voices of the unnamed persons a plain description after their introduction stands for: former members and kin. */
    private static final java.util.Set<Voice> NEWCOMERS = java.util.EnumSet.of(Voice.DEFECTOR, Voice.RETURNEE,
            Voice.RECRUITER, Voice.RELATIVE);

    /** How far (in characters) after a description its apposed name may start. */
    static final int APPOSED_REACH = 60;

    private final SubjectRules subjectRules;

    DefiniteReferents(SubjectRules subjectRules) {
        this.subjectRules = Objects.requireNonNull(subjectRules);
    }

    /**
     * The named person a definite description speaker stands for ("le prévenu", "the woman", "der
     * Angeklagte" after the person was named): the most recent named person before it of a compatible
     * gender whose role does not give another voice; else the unnamed speaker of the same or the previous
     * paragraph when gender and voice agree ("Ce jeune Tunisien" … "Le jeune homme"); else the description
     * itself.
     */
    Referent named(SpeakerDocument d, Referent r) {
        if (r == null) {
            return null;
        }
        Reading reading = reading(d, r);
        Referent out = reading.open() ? lastUnnamed(d, reading.referent()) : reading.referent();
        Referent neighbour = NeighbourProtagonists.standsFor(d, r, out,
                reading.open() ? reading.referent() : null); // "… », explique l'éducatrice"
        out = neighbour != null ? neighbour : out;
        out = LastSpeakerDescriptions.goesOn(d, r, out); // "Maulana X … said …" then "“…,” the cleric said"
        Referent of = out != null && out != r && out.person() != null ? ComplementPersons.bundled().of(d, r) : null;
        boolean sameNoun = of != null && out.person().role() != null
                && Inflection.shareNoun(out.person().role(), r.description().role(), d.lang); // "Son père, Ahmed" … "le père de Karim"
        if (of == null || sameNoun) {
            return out;
        }
        Referent owner = of.person() != null || of.description() == null ? of : reading(d, of).referent();
        Referent kin = owner != null && owner.person() != null && namedBefore(owner.person(), r.span().start())
                ? FamilyNames.ofComplement(d, r, owner.person()) // not a name apposed after the complement
                : owner == null || owner.person() == null ? FamilyNames.ofFamily(d, r) : null; // « Le frère de la détenue »
        return kin != null ? kin : r; // "le père de l'accusé": someone new, not the accused nor the last named, unless
        // the text named a relative of the accused's surname (« Nathalie Le Bihan … a confié la mère du prévenu »)
    }

    /**
     * What a referent stands for whoever spoke last: {@code referent} itself when it is settled, else the
     * description that the last speaker may yet take up ({@code open}).
     *
     * <p>Design decision: everything {@link #named} reads but the last speaker and their paragraph is fixed for
     * the document, so a reading is made once per referent and kept in {@link SpeakerDocument#readings} (one
     * referent is read for its quote, then again as the last speaker and as the speaker before the next one).
     */
    record Reading(Referent referent, boolean open) {
    }

    /** The reading of {@code r}, made once per document and kept in {@link SpeakerDocument#readings}. */
    private Reading reading(SpeakerDocument d, Referent r) {
        Reading reading = d.readings.get(r);
        if (reading == null) {
            reading = FamilyNames.bundled().settle(d, subjectRules, read(d, r));
            reading = FamilyGraph.settle(d, subjectRules, r, reading); // « son fils. Sofiane Kaci » … « commence le père »
            d.readings.put(r, reading);
        }
        return reading;
    }

    /**
     * The person a paragraph's topic {@code t} stands for when the description {@code r} takes it up: the one tied
     * to it, else, when {@code r} says nothing of who but an age or a sex and {@code t} is another definite
     * description, the named person its own reading settles on (« Le prévenu se lève. « … », explique le jeune
     * homme »: the one on trial; « le prévenu » itself takes up no witness so).
     */
    private Referent topicPerson(SpeakerDocument d, Referent t, Referent r) {
        Referent tie = TiedReferents.tied(d, t);
        if (tie.person() != null || t.description() == null || !t.description().definite()
                || t.description() == r.description() || !d.descriptionMemo.ages(r.description().role(), d.lang).plain()) {
            return tie;
        }
        Reading own = reading(d, t);
        return !own.open() && own.referent() != null && own.referent().person() != null ? own.referent() : tie;
    }

    /** {@link #topicPerson} for the description {@code r}. */
    private java.util.function.UnaryOperator<Referent> topicOf(SpeakerDocument d, Referent r) {
        return t -> topicPerson(d, t, r);
    }

    /** A settled reading of {@code r}. */
    private static Reading settled(Referent r) {
        return new Reading(r, false);
    }

    /** The reading of {@code r}, not null: all of {@link #named} but the last speaker's part. */
    private Reading read(SpeakerDocument d, Referent r) {
        if (r.description() != null && r.description().definite()
                && ParentDescriptions.bundled().ofChildren(d.text, r.description(), d.lang)) {
            return settled(ParentDescriptions.familyPerson(d, r)); // "Son père, Ibrahim … « … », raconte le père de trois enfants"
        }
        r = IntroducedDescriptions.unnamedBefore(d, r);
        if (r == null || r.person() != null || r.description() == null) {
            return settled(r);
        }
        Referent met = ReporterDescriptions.bundled().named(d, subjectRules, r, o -> reading(d, o).referent());
        if (met != null) {
            return settled(met); // "Abdelkader … « … », lance notre interlocuteur"; "Karim Fellah a choisi d'écrire … L'auteur"
        }
        Referent revealed = RevealedNames.bundled().named(d, r);
        if (revealed != null) {
            return settled(revealed); // "Un ancien détenu … « … », raconte-t-il" then "Il s'appelle Mohamed Lemine ould Brahim"
        }
        if (!r.description().definite() && d.opensIndefinite(r.description())) {
            Referent next = ApposedNames.after(d, r); // "Un responsable religieux du quartier, cheikh X, dit …"
            next = next != null ? next : IndefiniteDescriptions.namedNext(d, r); // "son avocat nuance : « … » Me Thomas Delattre …"
            if (next == null && subjectRules.opensPossessive(d, r.description())) {
                next = PossessiveReferents.bundled().named(d, subjectRules, r); // "Their mother, X" … "His mother, …, said:"
                next = next != null ? next : FamilyKin.named(d, subjectRules, r, o -> reading(d, o).referent()); // "“…,” her daughter corrected"
                next = next != null ? next : Defendants.bundled().protagonist(d, r); // "her client had told gardaí"
            }
            if (next == null) {
                next = IndefiniteDescriptions.namedInNextSentence(d, r); // "L'un d'eux a accepté … Ilyes, 29 ans, …"
            }
            if (next == null) {
                next = CuedNames.named(d, r); // "Un éducateur … n'a pas oublié. « … », soupire Karim Ouali."
            }
            next = next != null ? next : LaterNamedDemonstratives.named(d, r); // "Un chercheur" … « ce sociologue, X, »
            return settled(next != null ? next : r);
        }
        if (!r.description().definite()) {
            return settled(TiedReferents.tied(d, r)); // "Son oncle, l'imam Ibrahim Traoré, …", "son père, Gérard Ferrand" … "Son père l'écoute"
        }
        if (WithheldNames.bundled().withheld(d, r)) {
            return settled(r); // "the woman – who we are not naming – said": someone unnamed, not the subject before
        }
        Referent withheld = WithheldNames.bundled().takenUp(d, r);
        if (withheld != null) {
            return settled(withheld); // "The aunt, who asked not to be named, said …" then "“…,” the aunt said"
        }
        Referent epithet = EpithetSubjects.named(d, subjectRules, r);
        if (epithet != null) {
            return settled(epithet); // "Rachid L. a minimisé son rôle. « … », a affirmé le recruteur": the subject before
        }
        Referent aged = AgedReferents.named(d, r);
        if (aged != null) {
            return settled(aged); // "Tariq Rahman, 31, and his younger brother Sabir, 26" … "the elder brother said"
        }
        if (IntroducedDescriptions.introduced(d, r) || OrdinalDescriptions.ordinal(d, r)) {
            Referent named = ApposedNames.after(d, r); // « Pour ce sociologue des religions, Laurent Mettraux, »
            named = named != null ? named : IndefiniteDescriptions.namedInNextSentence(d, r); // "Le second témoin est extrait de sa
            // cellule. Paul Renaud, 35 ans, …"; "Le troisième homme refuse …"
            Referent introducer = named == null ? IntroducedDescriptions.introducerOf(d, r) : null;
            Referent cued = introducer != null ? CuedNames.named(d, introducer) : null; // "Un éducateur … « … »,
            named = cued != null ? new Referent(r.span(), cued.person(), r.description(), cued.gender()) : named; // soupire
            return settled(named != null ? named : r); // Karim Ouali." … « Pour l'éducateur, … »: Karim Ouali
        }
        Referent apposed = ApposedNames.after(d, r);
        if (apposed == null) {
            apposed = LeadProtagonists.takenUp(d, r); // "Der junge Mann sitzt …" … "Der junge Mann aus Köln …"
        }
        apposed = apposed != null ? apposed : TitleHolders.holder(d, r); // "District Judge Marisol Treviño" … "The judge said"
        apposed = apposed != null ? apposed : PlacedHolders.named(d, r); // "X (Renaissance, Val-d'Oise)" … "l'élue du Val-d'Oise"
        if (apposed == null && SpeakerSentences.wordsBefore(d, r.span().start()) == 0 && !d.quoted(r.span())) {
            // the description opens its sentence: „Die Anklagevertreterin sieht das anders. Oberstaatsanwältin Annika Sperber …“
            apposed = IndefiniteDescriptions.namedInNextSentence(d, r);
            apposed = apposed != null ? apposed : CuedNames.named(d, r); // « La coordinatrice … tient à nuancer. « … »,
        } // explique Hadiza Souley Garba. »
        if (apposed != null || OrganisationDescriptions.someoneNew(d, r)) {
            return settled(apposed != null ? apposed : r); // "The Interior Ministry’s spokesman said": not the last official named
        }
        Referent shown = DemonstrativeDescriptions.bundled().opens(r.description().text(), d.lang)
                ? DemonstrativeDescriptions.topic(d, subjectRules, r) : null;
        if (shown != null) { // "Le second, un ancien chauffeur, … « … », a assuré ce quadragénaire": the newcomer
            Referent t = TiedReferents.tied(d, shown);
            return settled(t.person() == null ? t : new Referent(r.span(), t.person(), r.description(), t.gender().or(r.gender())));
        }
        Referent same = TiedReferents.tiedBefore(d, r);
        same = same != null ? same : TopicDescriptions.named(d, subjectRules, r, topicOf(d, r)); // "la quinquagénaire"
        if (same != null) {
            return settled(same); // "His father, Tariq Qureshi" … "the father"
        }
        Referent introducedNamed = IntroducedDescriptions.namedThroughApposition(d, r);
        if (introducedNamed != null) {
            return settled(introducedNamed); // "Mariyam Shiuna, 27, a former nurse" … "the former nurse said"
        }
        Referent trade = TradeTakeUps.bundled().named(d, r);
        if (trade != null) {
            return settled(trade); // "C'est le métier de Mathilde R. La sociologue a passé quatre ans …"
        }
        Referent politician = PartyEpithets.bundled().named(d, r);
        if (politician != null) {
            return settled(politician); // "Doug Hartley has a line …" then "“…,” the Republican House candidate told"
        }
        Voice described = d.voiceOf(r.description().role());
        Referent newcomer = unnamedSubjectBefore(d, r, described);
        newcomer = newcomer != null ? newcomer : RecentNewcomers.taken(d, r, described); // "“…,” the teenager said"
        if (newcomer != null) {
            return settled(TiedReferents.tied(d, newcomer)); // "A former fighter who testified anonymously described him … “…,” the witness said"
        }
        if (described == Voice.UNKNOWN) {
            Referent topic = subjectRules.paragraphTopic(d, r.span().start(), r.gender());
            if (topic != null && topic.person() == null && topic.description() != r.description()
                    && d.voiceOf(topic.description().role()) != Voice.UNKNOWN
                    && OPEN.contains(d.voiceOf(topic.description().role()))
                    && Defendants.bundled().takesUp(d, r.description(), d.voiceOf(topic.description().role()))) {
                return settled(TopicDescriptions.holderOf(d, TiedReferents.tied(d, topic), r)); // "Ein Rückkehrer aus Bremen schildert … „…“, sagte der 27-Jährige"
            }
        }
        for (Referent p : d.referents.namedBefore(r.span().start(), r.gender(), r.span().start())) {
            // "U.S. District Judge Margaret Ellison" … "The judge", past a nearer prosecutor: the same noun, any distance
            Voice own = d.voiceOf(p.person().role());
            if ((own == described || own == Voice.UNKNOWN || bare(r.description().role())) && p.person().role() != null
                    && Inflection.shareNoun(p.person().role(), r.description().role(), d.lang)) {
                return settled(new Referent(r.span(), p.person(), r.description(), p.gender().or(r.gender())));
            }
        }
        Referent introduced = NamedNewcomers.named(d, subjectRules.cues(), r, described);
        if (introduced != null) {
            return settled(introduced); // "his sister Samira Hamadi, 33, said …" then "“…,” the nurse told the Mirror"
        }
        Referent accused = Defendants.bundled().named(d, r); // "Ilias D. (32 ans) comparaissait …" … "Le prévenu"
        if (accused != null) {
            return settled(accused); // « la présidente, Hélène M. » … « Samira » … « l'accusée évoque »: the one on trial
        }
        java.util.List<Referent> candidates = d.referents.namedBefore(r.span().start(), r.gender(), CueSpeakerResolver.NAMED_REACH);
        AgedReferents.AgeClaim claim = AgedReferents.claim(d, r);
        for (Referent p : SalientNames.first(d, subjectRules, candidates)) {
            Voice own = d.voiceOf(p.person().role());
            if (QuotedNames.only(d, p, r.span().start()) || QuotedNames.spokenOf(d, subjectRules, p, r.span().start())) {
                continue; // "« espions de Ben Ali »" … "le prévenu": no one a quote names or the story only speaks of
            }
            if (AgedReferents.contradicts(d, r, claim, p.person())) {
                continue; // "Nabil Harrouch, 30 ans" … "le septuagénaire": someone of another age
            }
            if (PossessiveReferents.bundled().otherKinOf(d, r, p.person())) {
                continue; // "son père, Réjean" … "Le fils sourit": the son, not the father named last
            }
            if (ComplementPersons.bundled().ownsEarlier(d, r, p.person())) {
                continue; // "Khan’s father, who …" … "the father said": Khan's father, not Khan
            }
            if (fighter(own) == fighter(described) && described != Voice.OTHER && described != Voice.UNKNOWN
                    || own == Voice.UNKNOWN && OPEN.contains(described) && (described == Voice.UNKNOWN
                    || p.person().role() == null) // "A local imam, Sheikh X" is no "the former fighter"
                    || own == Voice.UNKNOWN && p.person().role() == null && described == Voice.OFFICIAL
                    && d.voices.weakOffice(r.description().role(), d.lang, false) // "l'ancien militaire": no office today
                    || described == Voice.UNKNOWN && (d.descriptionMemo.ages(r.description().role(), d.lang).aged()
                    || AgeWords.agedAfter(d.text, r.span().end()))
                    && !OFFICE.contains(own) // "Ali M." … "der 28-Jährige", "Son père, Ahmed" … "le vieil homme"
                    || own == Voice.OTHER && described == own
                    && Inflection.shareNoun(p.person().role(), r.description().role(), d.lang)
                    || OFFICE.contains(described) && RolelessOffices.takesUp(d, p, r, candidates)) {
                Referent topic = described == Voice.UNKNOWN ? topicOverObject(d, r, p) : null;
                return settled(topic != null ? topic
                        : new Referent(r.span(), p.person(), r.description(), p.gender().or(r.gender())));
            }
        }
        Referent holder = LaterNamedHolders.named(d, r);
        if (holder != null) {
            return settled(holder); // "la procureure … a-t-elle expliqué" then "La procureure de la Couronne, Me Isabelle Trudel"
        }
        Referent protagonist = NamedProtagonists.named(d, subjectRules, r);
        return protagonist != null ? settled(protagonist) : new Reading(r, true); // « Le Vaudois affirme … »
    }

    /**
     * The unnamed last speaker an open description {@code r} takes up when they spoke in its paragraph or the
     * one before and gender and voice agree ("Ce jeune Tunisien … raconte-t-il." then "Le jeune homme dit …"),
     * or the named one a decade noun takes up there (« lâche la trentenaire »), when no office names them; else
     * {@code r}.
     */
    private static Referent lastUnnamed(SpeakerDocument d, Referent r) {
        Voice described = d.voiceOf(r.description().role());
        Referent last = d.lastSpeaker;
        if (last != null && last.person() == null && last.description() != r.description()
                && last.gender().compatible(r.gender()) && d.paragraph(r.span().start()) - d.lastParagraph <= 1) {
            Voice before = d.voiceOf(last.description().role());
            if (!Defendants.bundled().takesUp(d, r.description(), before)) {
                return r; // "Le second témoin … « … », affirme-t-il. « … », proteste le prévenu": not the witness
            }
            if (ContrastWords.bundled().setApart(r.description().text(), last.description().text(), d.lang)) {
                return r; // "The elder of the two … “…”" then "“…,” the younger said": the other one
            }
            if (described == before || described == Voice.UNKNOWN && !OFFICE.contains(before) // "Le procureur …" then
                    || before == Voice.UNKNOWN && OPEN.contains(described)) { // "L'accusé …" is no prosecutor
                return last; // "Ce jeune Tunisien … raconte-t-il." then "Le jeune homme dit …": the same speaker
            }
        }
        if (last != null && last.person() != null && last.gender().compatible(TopicDescriptions.articleGender(r))
                && d.paragraph(r.span().start()) - d.lastParagraph <= 1 && !OFFICE.contains(d.voiceOf(last.person().role()))
                && d.descriptionMemo.ages(r.description().role(), d.lang).decade() > 0 && afterQuote(d, r)
                && d.referents.within(d.lastEnd, r.span().start()).isEmpty()) {
            // "Léa Moreau … « … »" then "« … », lâche la trentenaire": the named speaker she goes on being
            return new Referent(r.span(), last.person(), r.description(), last.gender().or(r.gender()));
        }
        Referent trade = TradeTurns.goesOn(d, r); // "« … », explique la psychiatre" then "« … », regrette la spécialiste"
        return trade != null ? trade : r;
    }

    /** Whether a quote closes in the sentence of {@code r} before it: {@code r} is the subject of a cue after the words. */
    static boolean afterQuote(SpeakerDocument d, Referent r) {
        int start = SpeakerSentences.sentenceStart(d, r.span().start());
        for (int i = r.span().start() - 1; i >= start; i--) {
            char c = d.text.charAt(i);
            if (c == '»' || c == '”' || c == '"') {
                return true;
            }
        }
        return false;
    }

    /**
     * The unnamed person an indefinite description (not one a possessive opens: "Sa mère" is kin of someone
     * named) introduces at the head of the sentence right before the description's, in its paragraph or, when the
     * description's sentence opens its paragraph, ending the paragraph before ("One defector, who asked not to be
     * named, said …" before "“…,” the 25-year-old said"), a former member or a relative, when the gender fits and the description says
     * nothing of who but an age or a sex, or gives the same voice: the newcomer speaks, not a person named
     * earlier; else null.
     */
    private Referent unnamedSubjectBefore(SpeakerDocument d, Referent r, Voice described) {
        QuoteSentences.Before before = QuoteSentences.before(d, r.span().start());
        if (before == null) {
            return null;
        }
        int previous = before.from();
        List<Referent> refs = d.referents.within(previous, before.to());
        Referent first = refs.isEmpty() ? null : refs.get(0);
        int head = d.tokenAt(previous);
        if (first == null || first.person() != null || first.description() == null || first.description().definite()
                || head >= d.tokens.size() || d.tokens.get(head).span().start() != first.span().start()
                || !d.opensIndefinite(first.description())
                || subjectRules.opensPossessive(d, first.description())
                || !first.gender().compatible(r.gender())) {
            return null;
        }
        Voice introduced = d.voiceOf(first.description().role());
        return NEWCOMERS.contains(introduced) && (described == introduced
                || described == Voice.UNKNOWN && d.descriptionMemo.ages(r.description().role(), d.lang).plain()) ? first : null;
    }

    /**
     * The named topic of a description's paragraph when the person it would stand for is named there last as
     * a verb's object: "Son frère aîné, Mourad, tient l'épicerie. C'est lui qui a payé le passeur qui devait
     * ramener Aymen. « … », raconte le quadragénaire" is Mourad, the one the paragraph is about; so is the topic of
     * the paragraph right before one the quote opens (« Soufiane … n'a pas attendu la sortie de Rachid El M. » then
     * « « … », raconte le jeune homme »). The topic holds no office, has the description's gender and no age it denies.
     */
    private Referent topicOverObject(SpeakerDocument d, Referent r, Referent p) {
        if (!ObjectReferents.isObject(d, p) || d.paragraph(p.span().start()) != d.paragraph(r.span().start())
                && d.paragraph(QuoteOpenedParagraphs.topicOffset(d, r.span().start())) != d.paragraph(p.span().start())) {
            return null;
        }
        Referent topic = subjectRules.paragraphTopic(d, p.span().start(), r.gender());
        if (topic == null || topic.person() == null || topic.person() == p.person()
                || OFFICE.contains(d.voiceOf(topic.person().role())) || !topic.gender().compatible(r.gender())
                || AgedReferents.contradicts(d, r, AgedReferents.claim(d, r), topic.person())) {
            return null; // « Ibrahima, 24 ans, … vit chez son oncle, Mamadou Camara. « … », confie le vieil homme »
        }
        return new Referent(r.span(), topic.person(), r.description(), topic.gender().or(r.gender()));
    }

    /** Whether the person's name occurs before {@code offset} (not only further on, as "Richard Hale" after "a probation officer"). */
    static boolean namedBefore(org.retour.model.Entity person, int offset) {
        for (org.retour.model.Mention m : person.mentions()) {
            if (m.span().start() < offset) {
                return true;
            }
        }
        return false;
    }

    /** A voice with the defector and the returnee taken as one: both are former fighters ("the former fighter"). */
    private static Voice fighter(Voice v) {
        return v == Voice.RETURNEE ? Voice.DEFECTOR : v;
    }

    /**
     * Whether a description's role is one noun without complement ("La coordinatrice"): it takes up a person
     * whose role has that noun whatever voice the role's complement gives ("coordinatrice de l'association").
     */
    private static boolean bare(String role) {
        return role != null && role.indexOf(' ') < 0;
    }

}

