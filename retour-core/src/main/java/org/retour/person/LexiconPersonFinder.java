package org.retour.person;

import static org.retour.person.FoundPersons.AMBIGUOUS;
import static org.retour.person.FoundPersons.givenBy;
import static org.retour.person.FoundPersons.label;
import static org.retour.person.FoundPersons.leadingWordsOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.retour.entity.TokenView;
import org.retour.model.Entity;
import org.retour.model.EntityType;
import org.retour.model.Mention;
import org.retour.model.Span;
import org.retour.model.Token;
import org.retour.person.FoundPersons.Found;
import org.retour.person.PersonLexicon.Kind;
import org.retour.quote.SpeechWords;

/**
 * Finds people by the shape of their names and a lexicon: a run of capitalised words (with particles
 * such as "de" or "al") that starts with a known given name, follows an honorific ("M.", "Frau") or
 * stands in apposition to a role, or is the subject of a speech verb next to a quote or sentence start
 * ("Rifai says", "”, said Jimmy Shahinian") and is no organisation or place; later mentions of the
 * surname alone join the same person, and so does the given name alone when no other person of the
 * document has it ("Amira" after "Amira Khoury"). In Arabic,
 * which has no capitals, a known given name starts the name. Runs end where {@link NameRuns} says, speech
 * verbs make names through {@link SpeechSubjects}, roles come from {@link AppositionRoles}, the other
 * evidence that a run names a person from {@link NameEvidence}.
 *
 * <p>One pass over the tokens with hash lookups. Thread-safe.
 */
public final class LexiconPersonFinder implements PersonFinder {

    private final PersonLexicon lexicon;
    private final AppositionRoles roles;
    private final NameRuns runs;
    private final WordNames wordNames;
    private final SpeechSubjects subjects;

    public LexiconPersonFinder(PersonLexicon lexicon, SpeechWords speech) {
        this.lexicon = Objects.requireNonNull(lexicon);
        this.roles = new AppositionRoles(lexicon, speech);
        this.runs = new NameRuns(lexicon, speech);
        this.wordNames = WordNames.bundled(lexicon, speech);
        this.subjects = new SpeechSubjects(lexicon, speech, runs);
    }

    @Override
    public List<Entity> find(String text, List<Token> tokens, String language) {
        return find(text, tokens, language, List.of());
    }

    /**
     * As {@link #find(String, List, String)}; a run of words overlapping one of the {@code taken} spans
     * (organisations, places, in text order) is not named a person by its speech verb alone.
     */
    public List<Entity> find(String text, List<Token> tokens, String language, List<Span> taken) {
        return find(new TokenView(text, tokens), tokens, language, taken);
    }

    /** As {@link #find(String, List, String, List)}, reading the tokens through {@code view} (of the same tokens). */
    public List<Entity> find(TokenView view, List<Token> tokens, String language, List<Span> taken) {
        return find(view, tokens, language, TakenTokens.of(view, taken), TokenEntries.of(lexicon, language, view, tokens));
    }

    /**
     * Whether a capitalised word is a verb with its object pronoun joined by a hyphen (« Appelons-la », « Disons-le »):
     * a sentence's first word, never the start of a name.
     */
    private boolean imperativeWithClitic(String word, String language) {
        int dash = word.lastIndexOf('-');
        return dash > 0 && dash < word.length() - 1
                && lexicon.is(Kind.CLITIC, word.substring(dash + 1).toLowerCase(java.util.Locale.ROOT), language);
    }

    /**
     * As {@link #find(TokenView, List, String, List)}, with the tokens that organisations and places take
     * marked in {@code other} ({@link TakenTokens#of(TokenView, List, List)}) and the lexicon's entries of
     * the same tokens in {@code language}.
     */
    List<Entity> find(TokenView view, List<Token> tokens, String language, boolean[] other, TokenEntries entries) {
        return find(view, tokens, language, other, entries, null);
    }

    /**
     * As {@link #find(TokenView, List, String, boolean[], TokenEntries)}, keeping what it learns per token in
     * {@code arrays} (claimed for these tokens) when not null.
     */
    List<Entity> find(TokenView view, List<Token> tokens, String language, boolean[] other, TokenEntries entries,
                      TokenArrays arrays) {
        String text = view.text();
        NameWords wd = new NameWords(view, tokens, entries, arrays);
        Set<String> cued = "ar".equals(language) ? Set.of() : subjects.cuedSurnames(wd, language, other);
        RecurringSurnames recurring = new RecurringSurnames(wd, other, language);
        NameTable<Found> byName = new NameTable<>();
        NameTable<Found> bySurname = new NameTable<>();
        NameTable<Found> byGiven = new NameTable<>();
        List<Found> order = new ArrayList<>();
        int n = tokens.size();
        int i = 0;
        boolean arabic = "ar".equals(language);
        TranscriptLabelNames.Label[] labels = arabic ? null : TranscriptLabelNames.bundled().of(wd, other, language);
        while (i < n) {
            if (labels != null && labels[i] != null) {
                Found labelled = label(text, labels[i], byName, bySurname, byGiven, order);
                String role = labels[i].role();
                if (labelled.labelRole == null && role != null && role.indexOf(' ') < 0 && lexicon.head(role, language) != null) {
                    labelled.labelRole = role; // "HOST", « (présentatrice) »: a role; not "BYLINE", "(through interpreter)"
                }
                i = labels[i].end();
                continue;
            }
            boolean opensArabic = arabic && (wd.givenName(i) != null && wordNames.opens(wd, i, language, byGiven::containsKey)
                    || wd.entries.honorific(i));
            boolean arabicSurname = arabic && !opensArabic && bySurname.containsToken(view, i); // "حمزة الزعبي" … « فأجاب الزعبي »
            boolean starts = arabic ? opensArabic || arabicSurname
                    : wd.capitalised(i) || NameRuns.startsWithArticle(text, wd.entries.start(i), wd.entries.end(i))
                    && bySurname.containsKey(wd.surface(i)); // "Yasmine el-Amrani" … "el-Amrani told the court"
            boolean code = !starts && !arabic && (CodeNames.at(wd, i, other, language) // "identified only as QX"
                    || CodeNames.shaped(wd, i, other) && byName.containsKey(wd.surface(i)) // then "QX said"
                    || InitialNames.at(wd, i, other)); // « A.S., la trentaine, »
            if (!starts && !code || starts && !arabic && imperativeWithClitic(wd.surface(i), language)) {
                i++; // « Appelons-la Nadia »: the verb that gives the pseudonym is no part of it
                continue;
            }
            int j = arabicSurname || code ? i + 1 : arabic ? runs.arabicRunEnd(wd, i, language)
                    : wd.runEnds[i] != 0 ? wd.runEnds[i] : runs.runEnd(wd, i, language);
            j = arabic ? j : NameRuns.endBeforeHonorific(wd, i, j);
            if (j == i + 2 && other[i] && Tokens.dottedInitials(text, tokens.get(i + 1))) {
                j = i + 1; // "Washington D.C.": initials after a place are no surname
            }
            name(text, tokens, wd, i, j, language, byName, bySurname, byGiven, order, other, cued, recurring);
            i = Math.max(j, i + 1);
        }
        SharedSurnames.share(text, wd, order); // « Walid et Mehdi Benamara »
        KinSurnames.bundled().share(wd, order, language); // « Monique Maquet … Sa fille Aurélie »
        GivenNames.join(order, f -> f.canonical, f -> f.mentions);
        List<Entity> out = new ArrayList<>(order.size());
        for (int k = 0; k < order.size(); k++) {
            Found f = order.get(k);
            String role = f.labelRole;
            for (int r0 = 0; role == null && r0 < f.tokenRanges.size(); r0++) {
                int[] r = f.tokenRanges.get(r0);
                Span s = roles.roleAround(text, tokens, entries, r[0], r[1], language);
                if (s != null) {
                    role = s.of(text);
                    break;
                }
            }
            for (int r = 0; role == null && r < f.tokenRanges.size(); r++) {
                role = roles.titleRole(entries, f.tokenRanges.get(r)[0]);
            }
            for (int r = 0; role == null && r < f.tokenRanges.size(); r++) {
                role = PostNominalNames.role(wd, f.tokenRanges.get(r)[1]); // "Annabel Crewe KC": lawyer
            }
            out.add(new Entity(personId(k + 1), EntityType.PERSON, f.canonical, List.of(), role, null, f.mentions));
        }
        return out;
    }

    /** The ids of the first persons of a document ("P1", "P2", …), made once. */
    private static final String[] IDS = new String[64];

    static {
        for (int k = 1; k < IDS.length; k++) {
            IDS[k] = "P" + k;
        }
    }

    /** The id of the {@code n}th person of a document (from 1): "P" and the number. */
    static String personId(int n) {
        return n < IDS.length ? IDS[n] : "P" + n;
    }

    private void name(String text, List<Token> tokens, NameWords wd, int i, int j, String lang, NameTable<Found> byName,
                      NameTable<Found> bySurname, NameTable<Found> byGiven, List<Found> order, boolean[] other,
                      Set<String> cued, RecurringSurnames recurring) {
        if (BracketedAffiliations.after(text, tokens, wd, order, i, j)) {
            return; // « Sandrine Morel (Rillieux Solidaire) »: her side, no person
        }
        int start = i;
        boolean honorific = false;
        if (wd.entries.honorific(i)) {
            honorific = true;
            start = i + 1;
        } else if (i > 0 && wd.entries.honorific(i - 1) && wd.adjacent(i - 1)) {
            honorific = true;
        }
        while (honorific && start < j - 1 && wd.entries.titleRole(start) != null) {
            start++; // "Mrs Justice Harriet Langley", "Frau Oberst Anna Krüger": titles in a row
        }
        int titled = "ar".equals(lang) ? start : TitledRuns.nameStart(wd, start, j, other);
        if (titled > start) {
            honorific = true; // "Detective Chief Superintendent Kenny Darroch", "Provincial Governor Amina Baba"
            start = titled;
        }
        if (!honorific && j - start >= 3 && wd.entries.titleRole(j - 2) != null
                && bySurname.containsKey(wd.surface(j - 1))) {
            honorific = true; // "Assistant Commissioner Tallis" after "Greg Tallis": a title of several words before a known surname
            start = j - 1;
        }
        int surname = honorific || "ar".equals(lang) ? start : TitledRuns.surnameStart(wd, start, j, other);
        if (surname > start) {
            honorific = true; // "Justice Harland": a title before a surname alone gives the role
            start = surname;
        }
        boolean germanArticle = "de".equals(lang) && !honorific && start == i
                && (wd.entries.is(Kind.DET, start) || wd.entries.is(Kind.INDEF, start)); // "Die Vertreterin der Anklage": a noun after its article
        int first = -1;
        for (int k = start; k < j; k++) {
            if (wd.givenName(k) != null) {
                first = k;
                break;
            }
        }
        boolean unknownGiven = first >= 0 && !honorific
                && NameEvidence.unknownGivenName(wd, start, first, j, lang, other, bySurname);
        boolean familyFirst = false;
        boolean initialled = !honorific && NameEvidence.initialFirst(text, tokens, start, j); // "N. Rachid"
        if (first >= 0 && !honorific && !unknownGiven) {
            familyFirst = FamilyFirstNames.before(wd, start, first, j, other);
            start = familyFirst ? first - 1 : initialled ? start : first; // "Minister Lim Wei Jie"
            boolean alone = j - start == 1 && !byGiven.containsKey(wd.surface(start));
            if (alone && other[start] && wd.capitalised(start)) { // Arabic script tells no place by its capital
                return; // "Rentré à Maurice": a place the place stage found, not a given name alone
            }
            if (wd.entries.head(start) != null) { // a given name that is also a rank: "Emir Hodzic", "der Emir"
                if (alone) {
                    return; // "Sein Emir sagte": the rank alone
                }
                if (j - start >= 3 && wd.givenName(start + 1) != null) {
                    start = first = start + 1; // "Emir Abu Omar al-Shishani": the rank before a full name
                }
            }
        } else if (unknownGiven) {
            first = start; // "Akeem Joseph": the known given name is the surname ("Joseph recalled")
        } else if (!honorific && j - start >= 3 && !"de".equals(lang) && wd.entries.head(start) != null
                && !wd.entries.isAny(start + 1, Kind.DET, Kind.PREP, Kind.PARTICLE)) {
            start++; // "Researcher Amarnath Amarasingam": a role's head noun capitalised before a name it titles
            // (German capitalises every noun: "Sprecher der Behörde" is no title before a name)
        } else if (!honorific && j - start >= 2 && (wd.entries.isAny(start, Kind.DET, Kind.INDEF, Kind.STOP)
                || wd.entries.is(Kind.PREP, start) && !wd.entries.is(Kind.PARTICLE, start))) {
            start++; // German capitalises nouns: "Sein Verteidiger", "Ein Zeuge" are descriptions, not names;
            // a preposition opening a sentence is no given name ("À Lyon, une source proche de l'enquête")
            if (j - start == 1 && subjects.roleWord(wd.lower(start), lang)) {
                return;
            }
        }
        int titledName = "de".equals(lang) && !honorific && first < 0 ? GermanTitles.nameStart(wd, start, j) : start;
        boolean germanTitled = titledName > start; // "Staatsanwalt Johannes Pichler": German capitalises the titles
        start = titledName;
        if (j - start == 1 && "en".equals(lang) && Tokens.contraction(text, tokens.get(start))) {
            return; // "You'd say one wrong thing", "She’d say", "Don’t tell anyone": a pronoun or an auxiliary
        }
        if (!honorific && NameEvidence.takenWhole(wd, start, j, other)) {
            return; // "à Ben Guerdane", "in Abu Dhabi": a place or an institution named like a person
        }
        if (start >= j || NameEvidence.insideLongerName(wd, start, j, other)) {
            return; // "l'aéroport Mohammed V": a place named after a person
        }
        if (PlaceNouns.bundled().namesPlace(wd, i, j, lang) || !honorific && (NamedSites.bundled().names(wd, i, j, lang)
                || PlaceNouns.beforePersonNoun(wd, start, j, lang))) {
            return; // "a man from Addu City", "the Ely Trinity ground", "A Logan mother": a place the place stage does not know
        }
        if (!honorific && start == i && (ArticledNames.afterArticle(wd, start, lang)
                || ArticledNames.afterIndefinite(wd, start, lang)
                || SiteNames.bundled().afterSiteNoun(wd, start, lang))) {
            return; // « le centre social de l'Alma », « la Ville de Roubaix », « l'usine Ford »: a site, no person
        }
        if (!honorific && start == i + 1 && wd.entries.is(Kind.PARTICLE, i) && SiteNames.bundled().afterSiteNoun(wd, i, lang)) {
            return; // « la mosquée El Baraka »: the particle passed over opens the site's name
        }
        // offsets from the view's arrays rather than the token records, which most runs need not read
        TokenEntries e = wd.entries;
        if (j - start >= 2 && Tokens.possessive(text, e.start(start), e.end(start))) {
            start++; // "CNN’s Jake Tapper"
        }
        int end = e.end(j - 1);
        if (Tokens.possessive(text, e.start(j - 1), end)) {
            end -= 2; // "Amira Khoury's son"
        } else if (GermanGenitives.endsBefore(wd, start, j, lang)) {
            end -= 1; // "Birte Hansens Tochter": Birte Hansen
        }
        // the run's name is text[from, end), looked up in place: most runs name no one, and no string is made for them
        int from = e.start(start);
        Found known = byName.get(text, from, end);
        if (known == null && honorific && j - start == 1 && start == i + 1) {
            Found given = byGiven.get(text, from, end); // "Mr Rosli Hamid" … "said Mr Rosli"
            known = given != null && given != AMBIGUOUS && TitledGivenNames.writtenAfterTitle(text, e.start(i), e.end(i),
                    from, end, given.mentions) ? given : null;
        }
        if (known == null) {
            known = bySurname.get(text, from, end);
            if (known != null && honorific && start == i + 1) { // "Mrs Pearce" after "Liam Pearce" and "Gaylene Pearce"
                known = HonorificSurnames.of(lexicon, lexicon.gender(Kind.HONORIFIC, wd.surface(i), lang),
                        text.substring(from, end), known, order);
            }
        }
        if (known == null && j - start >= 2 && !bySurname.isEmpty() && wd.entries.is(Kind.PARTICLE, start)) {
            // "Pieter van der Berg" … "Van der Berg said": a particle capitalised where it opens a sentence
            known = bySurname.get(Character.toLowerCase(text.charAt(from)) + text.substring(from + 1, end));
        }
        if (known == null && j - start == 1) {
            Found given = byGiven.get(text, from, end); // "Amira" after "Amira Khoury"
            known = given == AMBIGUOUS ? null : given;
        }
        if (known == null && j - start >= 2) {
            known = leadingWordsOf(order, text, from, end); // "Abu Bakr al-Turki" … "Abu Bakr said"
        }
        boolean kin = false; // "Sagal Warsame" … "Farhiya Warsame": a given name the lexicon lacks before a known surname
        if (known == null && j - start >= 2) {
            // "M. Le Bret" or "Didier Le Bret" when only the surname is new in this run
            known = bySurname.get(text, e.start(start + 1), end);
            boolean apposed = start > 0 && Tokens.is(text, tokens.get(start - 1), ","); // "His sister, Samina Rahman"
            // Design decision: whether the first word is a given name the lexicon lacks is asked only of a
            // known surname, since it searches the whole text and tells nothing when none is known
            boolean unlisted = known != null && NameEvidence.unlistedGivenName(wd, start)
                    && !ParticipleOpeners.bundled().participle(wd.surface(start), lang); // "Pressing Dirie on redirect"
            kin = known != null && j - start == 2 && first < 0 && !honorific && unlisted && !other[start];
            if (known != null && first < 0 && !honorific && !apposed && !unlisted) {
                start = start + 1;
            } else {
                known = null;
            }
        }
        Found host = known == null && !honorific ? WarNames.bundled().host(text, from, lang, order, wd, start) : null;
        if (host != null) { // "gave him a kunya, “Abu Adam al-Britani”": another name of the person told of
            byName.put(text.substring(from, end), host);
            host.mentions.add(new Mention(new Span(from, end), text.substring(from, end), Mention.Kind.ALIAS));
            return;
        }
        String canonical = null;
        if (known == null) {
            boolean accept = first >= 0 || honorific || kin || germanTitled
                    || (j - start >= 2 && !(germanArticle && first < 0) && !NameEvidence.modifiesNoun(wd, j, lang)
                        && NameEvidence.roleAdjacent(tokens, wd, start, j, lang))
                    || (j - i == 1 && wd.subject[i] != 0 ? wd.subject[i] == 2 : subjects.speechSubject(wd, i, j, lang, other))
                    || NameEvidence.initialSurname(text, tokens, start, j) || initialled
                    || NameEvidence.namedByPhrase(text, tokens, start, j, lang) && !other[start] && !other[j - 1]
                    || !other[j - 1] && cued.contains(wd.surface(j - 1)) && (j - start >= 2
                        || Tokens.opensClause(tokens, start) && !wd.writtenLower(start))
                        // "Besnik sells …" before "Besnik says"; not "told Newsday" before "Newsday reported", nor
                        // "Just" where the text also writes "just"
                    || NameEvidence.placeAsGivenName(wd, start, j, lang, other)
                    // the age first: read in the next three tokens, where a free run may search the whole text
                    || StatedAges.bundled().stateAt(wd, j, lang) && NameEvidence.freeRun(wd, start, j, other) // « Rojda a 24 ans »
                    || StressedAppositions.apposed(wd, lexicon, start, j, other, lang) // « Gérard Vallon, lui, »
                    || AgedDescriptions.aged(tokens, wd, start, j, other, lang) // « Abdelkader, un Algérien de 27 ans »
                    || ApposedClauseNames.apposed(tokens, wd, start, j, other, lang) // "Khaled, who walked out"
                    || PostNominalNames.follows(wd, start, j)
                    || ApposedGivenNames.at(tokens, wd, start, j, other, lang)
                    || PredicatedNames.predicated(tokens, wd, start, j, other, lexicon, lang) // « X est l'un des imams »
                    || AgedSingleNames.aged(tokens, wd, start, j, other) // "In Bandung, Nurhayati, 56, has"
                    || ApposedSingleNames.apposed(tokens, wd, start, j, other, lang) // "His sister, Ayesha, said"
                    || !"ar".equals(lang) && recurring.named(start, j) // "Ilyes Amrani" … "Amrani" … "Amrani"
                        && !subjects.roleWord(wd.lower(j - 1), lang) // not "Other Americans"
                    || PseudonymNotes.bundled().noted(tokens, wd, start, j, other, lang) // « Ilyes (le prénom a été changé) »
                    || InitialNames.named(tokens, wd, subjects, start, j, other, lang); // « A.S., la trentaine, »
            if (!accept) {
                return;
            }
            canonical = text.substring(from, end);
            known = new Found(canonical);
            order.add(known);
            byName.put(canonical, known);
            int surnameFrom = first >= 0 ? first + 1 : honorific ? start : start + 1;
            if (familyFirst) {
                bySurname.putIfAbsent(wd.surface(start), known); // "Lim Wei Jie" is "Mr Lim"
            }
            if (initialled && first == start + 1) {
                givenBy(byGiven, wd.surface(first), known); // "N. Rachid" … "Rachid"
            }
            if (surnameFrom < j) {
                bySurname.putIfAbsent(text.substring(tokens.get(surnameFrom).start(), end), known);
                if (first >= 0 && first == start) {
                    givenBy(byGiven, wd.surface(first), known);
                    if (j - start >= 3 && wd.givenName(start + 1) != null) {
                        // "Muhammad Faizal Rahmat" … "Faizal wrote": a second given name the person goes by
                        givenBy(byGiven, wd.surface(start + 1), known);
                    }
                } else if (first < 0 && (honorific ? j - start >= 2 : j - start == 2)) {
                    // "Issouf Sawadogo, 29 ans" then "Issouf parle le premier": a given name the lexicon lacks;
                    // after a title, "Brigadier General Hamli Suryadi" … "Hamli said"
                    givenBy(byGiven, wd.surface(start), known);
                }
                int core = surnameFrom;
                while (core < j - 1 && !wd.capitalised(core) && wd.entries.is(Kind.PARTICLE, core)) {
                    core++; // "Pieter de Wolff" is "Wolff" when a sentence writes "de Wolff"
                }
                if (core > surnameFrom) {
                    bySurname.putIfAbsent(text.substring(tokens.get(core).start(), end), known);
                }
                if (j - 1 > core && wd.capitalised(j - 1)) {
                    // "Hassan Kamal Darwish" is "Mr. Darwish" when a later sentence names him by the last word
                    bySurname.putIfAbsent(text.substring(tokens.get(j - 1).start(), end), known);
                }
            }
        }
        Span span = new Span(tokens.get(start).start(), end); // the name is canonical when it made a person
        known.mentions.add(new Mention(span, canonical != null ? canonical : span.of(text), Mention.Kind.NAME));
        known.tokenRanges.add(new int[] {start, j});
    }

}
