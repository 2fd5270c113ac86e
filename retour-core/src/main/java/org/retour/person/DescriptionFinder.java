package org.retour.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.retour.entity.Demonyms;
import org.retour.entity.TokenTrie;
import org.retour.entity.TokenView;
import org.retour.model.Span;
import org.retour.model.Token;
import org.retour.person.PersonLexicon.Kind;
import org.retour.quote.SpeechWords;
import org.retour.resource.GrammarWords;

/**
 * Finds descriptions of unnamed people: a determiner ("un", "a", "one", "ein"), up to four modifiers and
 * a head noun from the lexicon ("combattant", "defector", "Rückkehrer"), the last of several heads in a
 * row ("ce jeune Tunisien", "a 26-year-old Syrian defector"), or in English a name in the possessive and up to two
 * modifiers before the head ("Doyle's probation officer": the description starts after the possessive); in Arabic the head noun with the
 * adjectives after it ("مقاتل سابق"), with or without "أحد" before; and partitives, one of a group
 * ("l'un d'eux", "one of the defectors", {@link Partitives}) but those a copula says are things ("Another is
 * rank.", {@link CopulaNames#countsThings}).
 *
 * <p>One pass over the tokens. Thread-safe.
 */
public final class DescriptionFinder {

    /** The most modifiers between a determiner and its head noun. */
    static final int MAX_MODIFIERS = 4;
    private static final Set<String> DEFINITE = GrammarWords.bundled().anyLanguage(
            GrammarWords.Kind.DEFINITE, GrammarWords.Kind.DEMONSTRATIVE);

    private final PersonLexicon lexicon;
    private final SpeechWords speech;
    private final Demonyms demonyms = Demonyms.bundled();
    /** Demonyms before the noun they qualify ("a Turkish number"), which describe no one. */
    private static final DemonymAdjectives ADJECTIVES = DemonymAdjectives.bundled();
    private final Partitives partitives = Partitives.bundled();
    private static final BirthParents BIRTH_PARENTS = BirthParents.bundled();
    /** The endings of demonyms the lexicon does not list (« le Vénissian »). */
    private static final DemonymEndings DEMONYM_ENDINGS = DemonymEndings.bundled();
    private final CopulaNames copulas = CopulaNames.bundled();
    private final IndefiniteHeads indefiniteHeads = IndefiniteHeads.bundled();
    private final DeterminerGenders determinerGenders = DeterminerGenders.bundled();

    public DescriptionFinder(PersonLexicon lexicon, SpeechWords speech) {
        this.lexicon = Objects.requireNonNull(lexicon);
        this.speech = Objects.requireNonNull(speech);
    }

    /** The descriptions in {@code tokens}, in order. */
    public List<PersonDescription> find(String text, List<Token> tokens, String lang) {
        return find(text, tokens, Tokens.lowered(text, tokens), lang);
    }

    /** The descriptions in {@code tokens}, in order, with the tokens' lower-cased text given. */
    public List<PersonDescription> find(String text, List<Token> tokens, String[] lower, String lang) {
        return find(text, tokens, lower, lang, null);
    }

    /**
     * As {@link #find(String, List, String[], String)}; with a token view, a capitalised demonym also heads
     * a description ("ce jeune Tunisien", "a Belgian", "eine Deutsche").
     */
    public List<PersonDescription> find(String text, List<Token> tokens, String[] lower, String lang, TokenView view) {
        return find(text, tokens, lower, lang, view, new TokenEntries(lexicon, lang, text, tokens, lower, view));
    }

    /** As {@link #find(String, List, String[], String, TokenView)}, with the lexicon's entries of the same tokens in {@code lang}. */
    List<PersonDescription> find(String text, List<Token> tokens, String[] lower, String lang, TokenView view,
                                 TokenEntries entries) {
        List<PersonDescription> out = new ArrayList<>();
        boolean arabic = "ar".equals(lang);
        boolean indefinite = !arabic && indefiniteHeads.listsNounsIn(lang);
        for (int k = 0; k < tokens.size(); k++) {
            // the kind from the view's array when there is one: most tokens need no more of their record
            if ((view != null ? view.kind(k) : tokens.get(k).kind()) != Token.Kind.WORD) {
                continue;
            }
            String w = lower[k];
            Gender g = view == null || entries.mayBeHead(k) ? entries.head(k) : null;
            boolean demonym = false;
            if (g == null && view != null && entries.capitalised(k) && !beforeProperNoun(tokens, k, entries)
                    && demonymHead(view, k, lower, entries)
                    && !ADJECTIVES.beforeNoun(text, tokens, entries, k, lang, speech)) { // "a Turkish number"
                g = Gender.UNKNOWN;
                demonym = true;
            }
            if (g == null && view != null && entries.capitalised(k) && entries.is(Kind.DEMONYM, k)
                    && !beforeProperNoun(tokens, k, entries)
                    && (k + 1 >= lower.length || lower[k + 1] == null || entries.head(k + 1) == null)
                    && !ADJECTIVES.beforeNoun(text, tokens, entries, k, lang, speech)) {
                g = lexicon.gender(Kind.DEMONYM, w, lang); // "le Genevois", "un Lyonnais de 30 ans", "the Marseillais"
                demonym = true;
            }
            if (g == null && view != null && !demonym) {
                g = DEMONYM_ENDINGS.genderAt(entries, lower, k, lang); // « le Vénissian », « le Lavallois »
                demonym = g != null;
            }
            if (g == null && indefinite) {
                g = indefiniteHeads.headAt(text, tokens, entries, k, lang); // « un ancien de Raqqa », « un haut cadre de la DGSI »
            }
            if (g == null || modifiesNounAfter(entries, lower, k)) {
                continue;
            }
            if (arabic) {
                int end = k;
                while (end + 1 < tokens.size() && entries.is(Kind.AFTER, end + 1)
                        && Tokens.adjacent(text, tokens.get(end), tokens.get(end + 1))) {
                    end++;
                }
                int start = k > 0 && entries.is(Kind.INDEF, k - 1) ? k - 1 : k;
                boolean definite = w.startsWith("ال") || construct(text, tokens, entries, k); // « عضو المجلس البلدي »
                out.add(description(text, tokens, start, start == k ? k : k, end, g, definite));
                k = end;
                continue;
            }
            int det = -1;
            int owner = -1;
            for (int m = k - 1; m >= 0 && k - m <= MAX_MODIFIERS + 1; m--) {
                Token p = tokens.get(m);
                if (!Tokens.isWord(p) && !Tokens.is(text, p, "-") || !Tokens.adjacent(text, p, tokens.get(m + 1))) {
                    break;
                }
                if (entries.is(Kind.INDEF, m)) {
                    det = m;
                    break;
                }
                if (owner < 0 && k - m <= PossessorNames.MODIFIERS + 1 && PossessorNames.owns(text, p, lang)) {
                    owner = m; // "D4’s mother", "Doyle's probation officer": someone of that person's, not that person
                }
                if (Tokens.acronym(text, p)) {
                    continue; // "a former IS fighter": IS is no verb
                }
                if (entries.isAny(m, Kind.STOP, Kind.PREP, Kind.DET) || speech.isSpeechWord(entries.lower(m), lang)) {
                    break;
                }
            }
            if (det >= 0) {
                String article = Tokens.lower(text, tokens, lower, det);
                g = determinerGenders.of(g, article, demonym, w, lang); // « la psychologue », « un Irakien », « ce trentenaire »
                PersonDescription d = description(text, tokens, det, det + 1, k, g, DEFINITE.contains(article));
                if (!out.isEmpty() && out.get(out.size() - 1).span().start() == d.span().start()) {
                    out.remove(out.size() - 1); // "ce jeune Tunisien", "a 26-year-old Syrian defector": the last head wins
                }
                out.add(d);
            } else if (owner >= 0 && owner + 1 <= k) {
                out.add(description(text, tokens, owner + 1, owner + 1, k, g, true));
            }
        }
        out.removeIf(p -> BIRTH_PARENTS.parent(text, tokens, lower, p, lang, view)); // « né … d'un père genevois »: no one new
        List<PersonDescription> partitive = partitives.find(text, tokens, view, lang,
                h -> lower[h] != null && lexicon.headOrPlural(lower[h], lang),
                h -> nounBeforeComma(text, tokens, lower, entries, h, lang)); // "One of those accounts, …"
        partitive.removeIf(p -> copulas.countsThings(text, p, lexicon, lang)); // "Another is rank.": no person
        partitive.removeIf(p -> PartitiveDeterminers.determinesNoun(text, tokens, entries, p)); // « dans un autre message »
        return withPartitives(text, out, partitive);
    }

    /**
     * Both lists in order; a description inside a partitive ("l'un des revenants") gives way to it, and a
     * partitive to the description apposed to it ("One of them, a 23-year-old from Aarhus,") or to one that
     * starts with it and goes further ("Another deserter").
     */
    private static List<PersonDescription> withPartitives(String text, List<PersonDescription> found,
                                                          List<PersonDescription> partitive) {
        if (partitive.isEmpty()) {
            return found;
        }
        List<PersonDescription> out = new ArrayList<>();
        for (PersonDescription p : partitive) {
            if (found.stream().noneMatch(d -> apposed(text, p, d) || longerFrom(p, d))) {
                out.add(p);
            }
        }
        List<PersonDescription> kept = List.copyOf(out);
        for (PersonDescription d : found) {
            if (kept.stream().noneMatch(p -> p.span().overlaps(d.span()))) {
                out.add(d);
            }
        }
        out.sort(java.util.Comparator.comparingInt(d -> d.span().start()));
        return out;
    }

    /**
     * Whether token {@code h} is a word in lower case right before a comma that heads no role and is no preposition,
     * determiner, stop word, conjunction or verb of speech: a noun a partitive's last word may determine.
     */
    private boolean nounBeforeComma(String text, List<Token> tokens, String[] lower, TokenEntries entries, int h,
                                    String lang) {
        return lower[h] != null && h + 1 < tokens.size() && Tokens.is(text, tokens.get(h + 1), ",")
                && Character.isLowerCase(text.charAt(tokens.get(h).span().start()))
                && !lexicon.headOrPlural(lower[h], lang) && !entries.isAny(h, Kind.PREP, Kind.DET, Kind.STOP)
                && !entries.is(Kind.CONJ, h) && !speech.isSpeechWord(lower[h], lang);
    }

    /** Whether {@code d} starts where {@code p} does and goes further ("Another deserter" over "Another"). */
    private static boolean longerFrom(PersonDescription p, PersonDescription d) {
        return d.span().start() == p.span().start() && d.span().end() > p.span().end();
    }

    /** Whether {@code d} follows {@code p} after a comma alone ("One of them, a 23-year-old"). */
    private static boolean apposed(String text, PersonDescription p, PersonDescription d) {
        int from = p.span().end();
        int to = d.span().start();
        return to > from && text.substring(from, to).strip().equals(",");
    }

    /**
     * Whether the word at {@code k} opens a proper noun with the capitalised word right after it, which is no
     * given name, role or title ("The Australian Federal Police", "the British Council"): a demonym there is
     * part of a name, no person.
     */
    private static boolean beforeProperNoun(List<Token> tokens, int k, TokenEntries entries) {
        int n = k + 1;
        return n < tokens.size() && entries.isWord(n) && entries.capitalised(n)
                && tokens.get(n).start() == tokens.get(k).end() + 1
                && entries.givenName(n) == null && entries.head(n) == null && !entries.honorific(n)
                && entries.titleRole(n) == null;
    }

    /**
     * Whether the word at {@code k} modifies the noun of a group or a thing right after it ("a Christian family",
     * "a Syrian couple", "a jihadi group"), and so heads no description of a person.
     */
    private static boolean modifiesNounAfter(TokenEntries entries, String[] lower, int k) {
        return k + 1 < lower.length && lower[k + 1] != null && entries.is(Kind.MODIFIED, k + 1);
    }

    private boolean demonymHead(TokenView view, int k, String[] lower, TokenEntries entries) {
        TokenTrie.Match<String> d = demonyms.at(view, k);
        return (d != null && d.last() == k || hyphenatedDemonym(view, k))
                && (k + 1 >= lower.length || lower[k + 1] == null || entries.head(k + 1) == null);
    }

    /**
     * Whether the word at {@code k} joins parts with hyphens and its last part names the people of a country
     * ("le Franco-Marocain", "une Belgo-Tunisienne", "the Anglo-Egyptian").
     */
    private boolean hyphenatedDemonym(TokenView view, int k) {
        if (!view.hasHyphenHead(k)) {
            return false;
        }
        String w = view.surface(k);
        int dash = w.lastIndexOf('-');
        if (dash <= 0 || dash >= w.length() - 2 || !Character.isUpperCase(w.charAt(dash + 1))) {
            return false;
        }
        String last = w.substring(dash + 1);
        TokenView part = new TokenView(last, List.of(new Token(new Span(0, last.length()), Token.Kind.WORD)));
        TokenTrie.Match<String> d = demonyms.at(part, 0);
        return d != null && d.last() == 0;
    }

    /**
     * Whether the Arabic head noun at token {@code k} is the first term of a construct whose first or second noun after
     * it has the article (« عضو المجلس », « مدير شرطة الفلوجة »): the construct makes it definite though it has no
     * article of its own.
     */
    private static boolean construct(String text, List<Token> tokens, TokenEntries entries, int k) {
        for (int j = k + 1; j <= k + 2 && j < tokens.size(); j++) {
            if (tokens.get(j).kind() != Token.Kind.WORD || !Tokens.adjacent(text, tokens.get(j - 1), tokens.get(j))
                    || entries.isAny(j, Kind.STOP, Kind.PREP, Kind.REL)) {
                return false;
            }
            if (text.startsWith("ال", tokens.get(j).start())) {
                return true; // « عضو المجلس », « مدير شرطة الفلوجة »
            }
        }
        return false;
    }

    private static PersonDescription description(String text, List<Token> tokens, int start, int roleStart, int end,
                                                 Gender g, boolean definite) {
        Span span = new Span(tokens.get(start).start(), tokens.get(end).end());
        String role = text.substring(tokens.get(Math.min(roleStart, end)).start(), tokens.get(end).end());
        return new PersonDescription(span, span.of(text), role, g, definite);
    }
}
