package org.retour.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.retour.model.Entity;
import org.retour.model.EntityType;
import org.retour.model.Mention;
import org.retour.model.Span;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;

/**
 * Finds organisations three ways, in one pass each over the tokens: by the names of the
 * {@link AliasTable}; by their shape (a capitalised multiword name with an organisation word, "Centre
 * International des Etudes de Radicalisation"); and by the acronyms the text defines, in parentheses
 * ("… Radicalisation (ICSR)") or after a long form whose initials spell them ("directeur général de
 * la sécurité intérieure DGSI"), which then link acronym and long form.
 *
 * <p>Immutable and thread-safe.
 */
public final class AliasShapeOrganizationRecognizer implements EntityRecognizer {

    private final AliasTable aliases;
    private final PlaceGazetteer places;
    private final NameShapes shapes;
    private final LowerCaseInstitutions institutions = LowerCaseInstitutions.bundled();
    private final Demonyms demonyms = Demonyms.bundled();
    private final FrenchSpeechVerbs speech = FrenchSpeechVerbs.bundled();
    /** The lists of {@link #shapes}, checked by word number at every token. */
    private final WordSet organisationWords;
    private final WordSet connectors;
    private final WordSet articles;
    private final WordSet calendar;
    private final SpelledAcronyms spelled;
    private final RankTitles ranks = RankTitles.bundled();
    private final NationalBranches branches;
    /** Whether a mention names an organisation by its canonical name or an alias. */
    private final CanonicalKinds kinds = new CanonicalKinds();

    public AliasShapeOrganizationRecognizer(AliasTable aliases, PlaceGazetteer places, NameShapes shapes) {
        this.aliases = Objects.requireNonNull(aliases);
        this.places = Objects.requireNonNull(places);
        this.shapes = Objects.requireNonNull(shapes);
        this.organisationWords = WordSet.of(shapes.organisationWords());
        this.connectors = WordSet.of(shapes.connectors());
        this.articles = WordSet.of(shapes.articles());
        this.calendar = WordSet.of(shapes.calendar());
        this.spelled = new SpelledAcronyms(connectors, articles);
        this.branches = new NationalBranches(places);
    }

    /** A recognizer with the bundled resources and the given alias table. */
    public static AliasShapeOrganizationRecognizer bundled(AliasTable aliases) {
        return new AliasShapeOrganizationRecognizer(aliases, PlaceGazetteer.bundled(), NameShapes.bundled());
    }

    /** A name found in the text: tokens {@code first..last} and the key of its entity. */
    record Found(int first, int last, Object key) {
    }

    /** Per token of the document being read on this thread: the name found there. */
    private static final ScratchArray<Found> FOUND = new ScratchArray<>(Found[]::new);

    @Override
    public List<Entity> recognize(Analysis analysis, TokenView v) {
        int n = v.size();
        Found[] at = FOUND.cleared(n);
        EntityCollector out = new EntityCollector(EntityType.ORGANIZATION, "O");
        String lang = analysis.find(Layers.LANGUAGE).map(l -> l.code()).orElse("und");
        java.util.Set<String> redefined = redefined(v);
        for (int i = 0; i < n; i++) {
            if (!v.isWord(i)) {
                continue;
            }
            TokenTrie.Match<AliasTable.Organisation> m = aliases.trie().longestAt(v, i);
            if (m != null && m.first() == m.last() && redefined.contains(v.surface(i))) {
                continue; // "Internal Security Department (ISD)": the text's ISD, not the table's
            }
            if (m != null && (anyCapitalised(v, m.first(), m.last()) || writtenAsListed(m, v))) {
                AliasTable.Organisation o = m.value();
                boolean whole = m.span().end() == v.end(m.last()); // not "Islamic State-held | Syria"
                int last = whole ? branches.end(v, m.first(), m.last()) : m.last(); // "Save the Children Australia"
                Span span = last == m.last() ? m.span() : new Span(m.span().start(), v.end(last));
                String text = span.of(v.text());
                Mention.Kind kind = kinds.of(v.keyOf(text, span, m.first(), last), o.canonical());
                out.add(o, o.canonical(), o.country(), new Mention(span, text, kind));
                mark(at, new Found(m.first(), last, o));
                i = last;
            }
        }
        for (int i = 0; i < n; i++) {
            // an Arabic word (its mark) is turned away before its key is read
            if (at[i] != null || !v.isCapitalised(i) || v.isArabic(i) || Fold.isArabic(v.key(i).codePointAt(0))) {
                continue;
            }
            int last = extend(v, at, i);
            int first = i;
            while (first <= last && articles.contains(v, first)) {
                first++;
            }
            int tail = "fr".equals(lang) ? FrenchNameTail.end(v, at, first, last, shapes) : last;
            int[] name = tail > last ? new int[] {first, tail} : shape(v, first, last, lang);
            if (name != null && ranks.before(v, name[0], name[1]) < name[1]) {
                int cut = ranks.before(v, name[0], name[1]);
                name = cut > name[0] ? shape(v, name[0], cut, lang) : null;
            }
            String seat = name == null ? null : seat(v, name[0], name[1]);
            last = Math.max(last, tail);
            if (name != null) {
                first = name[0];
                int end = name[1];
                Span span = v.span(first, end);
                if (v.possessive(end)) {
                    span = new Span(span.start(), span.end() - 2); // "Police Scotland's": the name without its "'s"
                }
                String text = span.of(v.text());
                Object key = "name:" + Fold.key(text);
                out.add(key, text, seat, new Mention(span, text, Mention.Kind.NAME));
                mark(at, new Found(first, end, key));
            }
            i = last;
        }
        lowerCase(v, at, out, lang);
        if ("fr".equals(lang)) {
            for (int i = 0; i < n; i++) {
                int end = FrenchNameTail.lowerCaseEnd(v, at, i, shapes);
                Object earlier = null;
                if (end < 0) {
                    end = SpeakingInstitutions.end(v, at, i, speech); // « la préfecture indique que »
                    earlier = end < 0 ? null : SpeakingInstitutions.earlier(v, at, i);
                }
                if (end >= i) {
                    Span span = v.span(i, end);
                    String text = span.of(v.text());
                    Object key = earlier != null ? earlier : "name:" + Fold.key(text);
                    out.add(key, text, seat(v, i, end), new Mention(span, text, Mention.Kind.NAME));
                    mark(at, new Found(i, end, key));
                    i = end;
                }
            }
        }
        acronyms(v, at, out, redefined);
        spelled.apply(v, at, out);
        return out.entities();
    }

    /**
     * Adds the institutions of {@link LowerCaseInstitutions} ("ministère de l'intérieur", "foreign
     * ministry"); one whose name is in the alias table is that organisation.
     */
    private void lowerCase(TokenView v, Found[] at, EntityCollector out, String lang) {
        for (int i = 0; i < v.size(); i++) {
            LowerCaseInstitutions.Name name = institutions.at(v, i, lang, at, demonyms, places);
            if (name == null) {
                continue;
            }
            Span span = name.span();
            String text = span.of(v.text());
            AliasTable.Organisation known = aliases.find(text);
            Object key = known != null ? known : "name:" + Fold.key(text);
            String canonical = known != null ? known.canonical() : text;
            String seat = known != null && known.country() != null ? known.country() : name.seat();
            out.add(key, canonical, seat, new Mention(span, text, known != null ? Mention.Kind.ALIAS : Mention.Kind.NAME));
            mark(at, new Found(name.first(), name.last(), key));
            i = name.last();
        }
    }

    /**
     * The country of the first place named inside tokens {@code first..last} of an institution's name
     * ("tribunal correctionnel de Bruxelles" sits in BE), or null.
     */
    private String seat(TokenView v, int first, int last) {
        for (int k = first; k <= last; k++) {
            TokenTrie.Match<PlaceGazetteer.Place> m = places.trie().longestAt(v, k);
            if (m != null && m.last() <= last && m.value().country() != null && m.value().country().length() == 2
                    && !m.value().country().equals("--")) {
                return m.value().country();
            }
        }
        return null;
    }

    private static void mark(Found[] at, Found f) {
        for (int k = f.first(); k <= f.last(); k++) {
            at[k] = f;
        }
    }

    /** Whether a match in lower case is written exactly as its canonical name or one of its listed names ("dpa", "al-Shabaab"). */
    private static boolean writtenAsListed(TokenTrie.Match<AliasTable.Organisation> m, TokenView v) {
        if (m.first() != m.last()) {
            return false;
        }
        String text = v.surface(m.first());
        if (m.value().canonical().equals(text)) {
            return true;
        }
        for (AliasTable.Alias a : m.value().aliases()) {
            if (a.name().equals(text)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyCapitalised(TokenView v, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (v.isCapitalised(k)) {
                return true;
            }
        }
        return false;
    }

    /** The last token of the run of capitalised words and connectors that starts at {@code i}. */
    private int extend(TokenView v, Found[] at, int i) {
        int last = i;
        int j = i + 1;
        int small = 0;
        while (j < v.size() && v.adjacent(j - 1) && at[j] == null && v.isWord(j)) {
            if (calendar.contains(v, j) && v.isCapitalised(j)) {
                break; // "the University of Glasgow on Tuesday": a day or a month ends the name
            }
            if (v.isCapitalised(j) && !connectors.contains(v, j)) {
                last = j;
                small = 0;
            } else if (small == 0 && connectors.contains(v, j) || small == 1 && articles.contains(v, j)) {
                small++;
            } else {
                break;
            }
            j++;
        }
        return last;
    }

    /** The first and last tokens of the organisation name in {@code first..last}, or null when it is not one. */
    private int[] shape(TokenView v, int first, int last, String lang) {
        if (last <= first) {
            return null;
        }
        int orgWord = -1;
        for (int k = first; k <= last; k++) {
            if (v.isCapitalised(k) && organisationWords.contains(v, k)) {
                orgWord = k;
                break;
            }
        }
        if (orgWord < 0) {
            return null;
        }
        int start = NameStarts.start(v, first, orgWord, calendar, lang);
        if (start > first) { // "Monday and the University", "Razali Hamdan of | the Counter Terrorism Division"
            return shape(v, start, last, lang);
        }
        PossessiveOwners.Bound owned = PossessiveOwners.bound(v, first, last, orgWord, shapes, places);
        if (owned != null) { // "Cardiff University's Crime … Institute", "Iraq's Supreme Judicial Council"
            return owned.owner() ? new int[] {first, owned.at()} : shape(v, owned.at() + 1, last, lang);
        }
        if ("de".equals(lang) && orgWord > first) {
            for (int k = first; k < orgWord; k++) {
                String s = v.key(k);
                if (connectors.contains(v, k) || !(s.endsWith("e") || s.endsWith("en") || s.endsWith("er")
                        || s.endsWith("es"))) {
                    // German capitalises every noun: "Kämpfer der Armee" is no name, "Armee …" may be
                    return orgWord > first ? shape(v, orgWord, last, lang) : null;
                }
            }
        }
        // a place after a connector ends the name ("King's College | de Londres") when enough is left
        for (int k = Math.max(first + 1, orgWord); k <= last; k++) {
            if (connectors.contains(v, k) && !v.isCapitalised(k)) {
                int p = k + 1;
                while (p <= last && !v.isCapitalised(p)) {
                    p++;
                }
                if (p <= last && places.trie().longestAt(v, p) != null && k - 1 > first) {
                    return new int[] {first, k - 1};
                }
            }
        }
        return new int[] {first, last};
    }

    private void acronyms(TokenView v, Found[] at, EntityCollector out, java.util.Set<String> redefined) {
        Map<String, Object> defined = new HashMap<>();
        int n = v.size();
        for (int k = 0; k < n; k++) {
            int length = v.end(k) - v.start(k);
            // an acronym begins with a capital: the others are turned away without reading their letters
            if (!v.isWord(k) || length < 2 || length > 5 || !v.isCapitalised(k)) {
                continue;
            }
            if (!v.isAcronym(k)) {
                continue;
            }
            String acr = v.surface(k);
            AliasTable.Organisation known = redefined.contains(acr) ? null : aliases.find(v, k);
            boolean paren = k >= 2 && k + 1 < n && v.is(k - 1, '(') && v.is(k + 1, ')');
            if (paren) {
                int before = k - 2;
                if (before >= 0 && !v.isWord(before) && before >= 1 && isClosingQuote(v.surface(before))) {
                    before--;
                }
                Found long_ = before >= 0 ? at[before] : null;
                if (long_ != null && long_.key() != (at[k] == null ? null : at[k].key())) {
                    Object target = known != null ? known : long_.key();
                    String canonical = known != null ? known.canonical() : v.span(long_.first(), long_.last()).of(v.text());
                    if (!(long_.key() instanceof AliasTable.Organisation)) {
                        out.merge(long_.key(), target, canonical, known != null ? known.country() : null);
                    }
                    if (at[k] == null) {
                        out.add(target, canonical, known != null ? known.country() : null,
                                new Mention(v.span(k, k), acr, Mention.Kind.ALIAS));
                        at[k] = new Found(k, k, target);
                    }
                    defined.put(acr, target);
                    continue;
                }
            }
            int start = PostNominalWords.is(acr) ? -1 : initials(v, at, k, acr); // "Morwenna Pike MP": no acronym
            if (start >= 0) {
                String longForm = v.span(start, k - 1).of(v.text());
                Object target = at[k] != null ? at[k].key() : known != null ? known : "acronym:" + acr;
                String canonical = known != null ? known.canonical() : acr;
                if (at[k] == null) {
                    out.add(target, canonical, null, new Mention(v.span(k, k), acr, Mention.Kind.ALIAS));
                    at[k] = new Found(k, k, target);
                }
                out.alias(target, longForm);
                defined.put(acr, target);
            }
        }
        if (defined.isEmpty()) {
            return;
        }
        for (int k = 0; k < n; k++) {
            Object target = at[k] == null && v.isWord(k) ? defined.get(v.surface(k)) : null;
            if (target != null) {
                out.add(target, v.surface(k), null, new Mention(v.span(k, k), v.surface(k), Mention.Kind.ALIAS));
            }
        }
    }

    /**
     * The acronyms of the alias table that the text defines for another organisation, in parentheses after a
     * long form whose initials spell them and that is none of the table organisation's names ("Singapore's
     * Internal Security Department (ISD)" is no Institute for Strategic Dialogue): there, they are the text's.
     */
    private java.util.Set<String> redefined(TokenView v) {
        java.util.Set<String> out = new java.util.HashSet<>();
        Found[] none = null; // made for the first acronym the table knows: most texts define none
        for (int k = 2; k + 1 < v.size(); k++) {
            // the marks and offsets first, the token's word only for the few short capitalised words left
            if (!v.isWord(k) || !v.isCapitalised(k) || v.end(k) - v.start(k) > 5 || !v.is(k - 1, '(')
                    || !v.is(k + 1, ')') || !v.isAcronym(k)) {
                continue;
            }
            AliasTable.Organisation known = aliases.find(v, k);
            if (known != null && none == null) {
                none = new Found[v.size()];
            }
            int start = known == null ? -1 : initials(v, none, k - 1, v.surface(k));
            if (start >= 0 && aliases.find(v.span(start, k - 2).of(v.text())) != known) {
                out.add(v.surface(k));
            }
        }
        return out;
    }

    /** The first token of the words just before {@code k} whose initials spell {@code acr}, or -1. */
    private int initials(TokenView v, Found[] at, int k, String acr) {
        // the letters in a char array, not a list of boxed characters: this runs for every capitalised short word
        char[] letters = new char[acr.length()];
        int count = 0;
        for (int c = 0; c < acr.length(); c++) {
            if (Character.isLetter(acr.charAt(c))) {
                letters[count++] = Character.toLowerCase(acr.charAt(c));
            }
        }
        int need = count - 1;
        int j = k - 1;
        while (j >= 0 && need >= 0 && v.isWord(j) && v.adjacent(j) && (at[j] == null || at[j] == at[k])) {
            String key = v.key(j);
            if (connectors.contains(v, j) || articles.contains(v, j)) {
                j--;
                continue;
            }
            if (key.isEmpty() || key.charAt(0) != letters[need]) {
                return -1;
            }
            need--;
            if (need < 0) {
                return j;
            }
            j--;
        }
        return -1;
    }

    private static boolean isClosingQuote(String s) {
        return s.equals("»") || s.equals("\"") || s.equals("”") || s.equals("’") || s.equals("'") || s.equals("“");
    }
}
