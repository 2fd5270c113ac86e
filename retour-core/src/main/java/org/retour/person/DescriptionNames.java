package org.retour.person;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.retour.model.Entity;
import org.retour.model.Offsets;
import org.retour.model.Span;
import org.retour.person.Referents.Referent;

/**
 * The named person a description of a person stands for, if any: a definite description whose head noun
 * is in the role of a person named nearby ("le chercheur" after "le chercheur Peter Neumann"), a
 * description in apposition right after a name ("Steven Rosenthal, a tax specialist") or right before one
 * ("The judge, Mrs Justice Harriet Langley"), a copula ("One of them is Ahmed"), a naming phrase ("identified only as
 * Ilse B."), or a lead's
 * unnamed person named at the head of the next paragraph, behind any honorific ("Mr. …").
 *
 * <p>Stateless and thread-safe.
 */
final class DescriptionNames {

    /** How near a named person must be for a definite description to stand for them. */
    static final int DESCRIPTION_REACH = 250;
    /** The most characters (", ") between a name and a description in apposition to it. */
    static final int APPOSITION_GAP = 2;
    /** How far into the paragraph after a lead the name of the lead's unnamed person may start. */
    static final int LEAD_NAME_REACH = 2;
    /** How far into the paragraph after a lead a name after an opening clause may start ("According to …, X told"). */
    static final int OPENER_REACH = 120;
    /** The most characters between a description and the name in apposition after it (", Mrs Justice ", ", le lieutenant-colonel "). */
    static final int APPOSITION_AFTER = 28;
    /** What joins a name and a description in apposition after it: a comma (Latin or Arabic) or a space, never a full stop. */
    static final Pattern APPOSED = Pattern.compile("[,\u060C]?\\s*");
    /** Titles before a name: one in lower case after its article ("le colonel"), then at most two capitalised ones. */
    static final String TITLES = "(?:\\s+(?:le|la|the)\\s+\\p{Ll}[\\p{L}-]*|\\s+l['\u2019]\\p{Ll}[\\p{L}-]*)?\\s+(?:\\p{Lu}[\\p{L}.]*\\s+){0,3}";
    /**
     * What may stand between a description and its name: a space, or up to two adjectives and a comma, then
     * at most two capitalised titles ("Seine Schwester Aylin T.", "Sa sœur aînée, Leïla"), or a title in lower
     * case after a definite article ("Son porte-parole, le colonel Sofiane Zaag", "Son président, le sénateur
     * Bernard Fagot"); the comma may be Arabic ("المتهم، يزن العبادي").
     */
    static final Pattern TITLES_BETWEEN = Pattern.compile("(?:(?:\\s+\\p{Ll}+){0,2}[,\u060C])?" + TITLES);

    private DescriptionNames() {
    }

    /**
     * The person description {@code d} stands for among the {@code named} referents (ordered by span), tried
     * in this order: a nearby name whose role has the definite description's head, a name in apposition
     * before it, a name in apposition after it, a name a copula gives, a name given by a naming phrase, and for an indefinite
     * description in a lead the name opening the next paragraph; or null.
     */
    static Entity personOf(String text, List<Referent> named, PersonDescription d, List<PersonDescription> after,
                           PersonLexicon lexicon, String lang) {
        Entity same = d.definite() ? namedNear(named, d) : null;
        if (same == null) {
            same = apposedTo(text, named, d, lexicon, lang);
        }
        if (same == null) {
            same = namedAfter(text, named, d);
        }
        if (same == null) {
            same = ComplementAppositions.named(text, named, d, lexicon, lang);
        }
        if (same == null) {
            same = CopulaNames.bundled().named(text, named, d, lexicon, lang);
        }
        if (same == null) {
            same = NamedAsDescriptions.personOf(text, named, d, after, lang);
        }
        if (same == null && !d.definite()) {
            same = namedInNextParagraph(text, named, d, after, lexicon, lang);
        }
        return same;
    }

    /**
     * Each person's role in lower case without its complement ({@link #withoutComplement}), worked out once
     * per role on each thread.
     *
     * <p>Design decision: a definite description is compared with every name in its reach, most of them
     * mentions of the same few persons, so each role is lower-cased and matched once rather than once per
     * mention and description.
     */
    private static final ThreadLocal<WordMemo<String>> ROLES =
            WordMemo.perThread((role, unused) -> withoutComplement(role.toLowerCase(Locale.ROOT)));

    private static Entity namedNear(List<Referent> named, PersonDescription d) {
        String head = null; // worked out for the first name near enough
        WordMemo<String> roles = null;
        Entity best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Referent r : near(named, d.span(), DESCRIPTION_REACH)) {
            int distance = r.span().start() >= d.span().end() ? r.span().start() - d.span().end()
                    : d.span().start() - r.span().end();
            if (distance < 0 || distance > DESCRIPTION_REACH || distance >= bestDistance || r.person().role() == null) {
                continue;
            }
            head = head == null ? lastWord(d.role()) : head;
            roles = roles == null ? ROLES.get() : roles;
            String role = roles.get(r.person().role(), null);
            if ((role.contains(head) || feminineOf(head, role)) && r.gender().compatible(d.gender())) {
                best = r.person();
                bestDistance = distance;
            }
        }
        return best;
    }

    /** The complement a preposition opens in a lower-cased role ("frère de la prévenue", "mother of the accused"). */
    private static final Pattern COMPLEMENT = Pattern.compile("\\s(?:de|du|des|d['\u2019]|of)(?:\\s|$)|\\sd['\u2019]");

    /**
     * A role without the complement after its head: the brother of the accused is no accused ("frère de la
     * prévenue" is "frère").
     */
    static String withoutComplement(String role) {
        java.util.regex.Matcher m = COMPLEMENT.matcher(role);
        return m.find() && m.start() > 0 ? role.substring(0, m.start()) : role;
    }

    /**
     * The person a description stands in apposition to: a name that ends at most {@link #APPOSITION_GAP}
     * characters before it ("Steven Rosenthal, a tax specialist") or an age between commas before it ("Nadia Mir, 34,
     * a pharmacist", {@link AgedAppositions}), or null.
     */
    private static Entity apposedTo(String text, List<Referent> named, PersonDescription d, PersonLexicon lexicon,
                                    String lang) {
        for (Referent r : near(named, d.span(), AgedAppositions.GAP)) {
            int gap = d.span().start() - r.span().end();
            if (gap >= 1 && r.gender().compatible(d.gender()) // not "la présidente, Anne V., le prévenu a …"
                    && (gap <= APPOSITION_GAP && apposed(text, r.span().end(), d.span().start())
                    || AgedAppositions.between(text, r.span().end(), d.span().start())) // "Nadia Mir, 34, a pharmacist"
                    && !sentenceBetween(text, r.span(), d.span())
                    && !(d.definite() && subjectOfVerb(text, d.span().end(), lexicon, lang))
                    && !PersonNounComplements.complement(text, r.span().start(), lexicon, lang)) { // « Le père d'Issouf, un cultivateur »
                return r.person();
            }
        }
        return null;
    }

    /** Whether {@link #APPOSED} matches {@code text[from, to)}: a comma or none, then spaces; read without running it. */
    static boolean apposed(String text, int from, int to) {
        int i = from;
        if (i < to && (text.charAt(i) == ',' || text.charAt(i) == '\u060C')) {
            i++;
        }
        while (i < to && space(text.charAt(i))) {
            i++;
        }
        return i == to;
    }

    /**
     * Whether a sentence ends between a name and a description after it: a line break between them, or a
     * name that ends with its abbreviation's full stop before a capitalised description and no comma ("…, sagt
     * Sarah K.\n\nIhre Mutter", "said Omar K. His mother …").
     */
    private static boolean sentenceBetween(String text, Span name, Span description) {
        String gap = text.substring(name.end(), description.start());
        return gap.indexOf('\n') >= 0 || text.charAt(name.end() - 1) == '.' && gap.indexOf(',') < 0
                && gap.indexOf('\u060C') < 0 && Character.isUpperCase(text.charAt(description.start()));
    }

    /**
     * Whether the definite description ending at {@code end} is the subject of the word after it rather than
     * in apposition to the name before it: a lower-case word follows that neither opens a complement nor a
     * relative clause ("Interrogée par son avocate, Me X, la trentenaire a nié"; "X, la trentenaire de
     * Sevran," and "X, the nurse who …" stay in apposition).
     */
    private static boolean subjectOfVerb(String text, int end, PersonLexicon lexicon, String lang) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int j = i;
        while (j < text.length() && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '\'' || text.charAt(j) == '\u2019')) {
            j++;
        }
        if (j == i || !Character.isLowerCase(text.charAt(i))) {
            return false;
        }
        String w = text.substring(i, j);
        return !lexicon.is(PersonLexicon.Kind.PREP, w, lang) && !lexicon.is(PersonLexicon.Kind.REL, w, lang)
                && !lexicon.is(PersonLexicon.Kind.CONJ, w, lang) && !lexicon.is(PersonLexicon.Kind.DET, w, lang);
    }

    /**
     * The person named right after a description and a comma, titles allowed between ("The judge, Mrs
     * Justice Harriet Langley", "the 25-year-old, Tariq Hamdan", "Sa sœur aînée, Leïla"), or null.
     */
    private static Entity namedAfter(String text, List<Referent> named, PersonDescription d) {
        for (Referent r : near(named, d.span(), APPOSITION_AFTER)) {
            int gap = r.span().start() - d.span().end();
            if (gap >= 1 && gap <= APPOSITION_AFTER
                    && titlesBetween(text, d.span().end(), r.span().start())
                    && !subjectAfterComma(text, d.span().end(), r.span())) {
                return r.person();
            }
        }
        return null;
    }

    /**
     * Whether {@link #TITLES_BETWEEN} matches {@code text[from, to)}, which is not empty: spaces alone do, and
     * what neither ends with a space nor starts with one or a comma does not, without running the expression.
     */
    static boolean titlesBetween(String text, int from, int to) {
        if (!space(text.charAt(to - 1))) {
            return false; // every title and the name's gap end with a space
        }
        char first = text.charAt(from);
        if (!space(first) && first != ',' && first != '\u060C') {
            return false;
        }
        int i = from;
        while (i < to && space(text.charAt(i))) {
            i++;
        }
        return i == to || TitleGaps.between(text, from, to); // as TITLES_BETWEEN.matcher(…).matches()
    }

    /** Whether {@code c} is a space as regular expressions mean it ({@code \s}). */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Whether a name after a description and a comma opens a clause of its own rather than standing in
     * apposition: the name is followed by a word or an opening quotation mark ("According to an FBI agent
     * who testified, Warsame provided …"), where an apposition is closed by punctuation ("The judge, Mrs
     * Justice Harriet Langley, said").
     */
    private static boolean subjectAfterComma(String text, int from, Span name) {
        return (text.indexOf(',', from, name.start()) >= 0 || text.indexOf('\u060C', from, name.start()) >= 0)
                && Tokens.opensClauseAfterName(text, name.end());
    }

    /**
     * The person named at the head of the next paragraph when an unnamed person is introduced in a lead
     * ("A Belgian returnee on trial … told judges that …" then "Yassin O., 27, from Vilvoorde, said …"):
     * news writes the name second. Only the document's first paragraph, and only a name among the first
     * words of the next one, or the name a naming phrase gives in it when a subject pronoun opens it
     * ({@link PronounNamedLeads}).
     */
    private static Entity namedInNextParagraph(String text, List<Referent> named, PersonDescription d,
            List<PersonDescription> after, PersonLexicon lexicon, String lang) {
        int lineEnd = text.indexOf('\n', d.span().end());
        if (lineEnd < 0 || text.lastIndexOf('\n', d.span().start()) >= 0) {
            return null;
        }
        int next = lineEnd;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        next = pastHonorifics(text, next, lexicon, lang); // "Mr. Shihas K.V. reportedly told …"
        for (Referent r : near(named, new Span(next, next), LEAD_NAME_REACH)) {
            if (r.span().start() >= next && r.span().start() - next <= LEAD_NAME_REACH) {
                return r.person();
            }
        }
        Entity opener = subjectAfterOpener(text, named, next, d);
        // "He is one of … He agreed to speak on condition that he be identified only as Shafeeq"
        return opener != null ? opener : PronounNamedLeads.named(text, named, next, d, after, lang);
    }

    /**
     * The offset past the honorifics that open the text at {@code at} and the spaces after each ("Mr. ",
     * "Dr "), or {@code at} when none does.
     */
    private static int pastHonorifics(String text, int at, PersonLexicon lexicon, String lang) {
        int k = at;
        while (true) {
            int end = k;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            if (end == k || end >= text.length() || !lexicon.is(PersonLexicon.Kind.HONORIFIC, text.substring(k, end), lang)) {
                return k;
            }
            while (end < text.length() && text.charAt(end) == ' ') {
                end++;
            }
            k = end;
        }
    }

    /**
     * The person named as the subject right after the opening clause of the paragraph starting at {@code next}
     * ("According to a CTTC official, Md Tanvir Hossain told interrogators …"): the first name within
     * {@link #OPENER_REACH} characters, in its first sentence, after a comma and followed by a lower-case word or a dash
     * opening an aside (not ", X," in apposition), of the description's gender; else null.
     */
    /** The dashes that open an aside between a subject and its verb. */
    private static final String DASHES = "-\u2013\u2014";

    /** Whether the full stop at {@code at} follows a capital initial standing alone ("N."). */
    private static boolean initialStop(String text, int at) {
        return text.charAt(at) == '.' && at >= 2 && Character.isUpperCase(text.charAt(at - 1))
                && !Character.isLetter(text.charAt(at - 2));
    }

    private static Entity subjectAfterOpener(String text, List<Referent> named, int next, PersonDescription d) {
        int stop = next;
        while (stop < text.length() && stop - next < OPENER_REACH && (".!?\n".indexOf(text.charAt(stop)) < 0
                || initialStop(text, stop))) {
            stop++; // "…, N. Rachid a reconnu": an initial's full stop ends no sentence
        }
        for (Referent r : near(named, new Span(next, stop), 0)) {
            if (r.span().start() < next || r.span().end() > stop) {
                continue;
            }
            int before = r.span().start() - 1;
            while (before > next && text.charAt(before) == ' ') {
                before--;
            }
            int word = before;
            while (word > next && Character.isLetter(text.charAt(word))) {
                word--;
            }
            if (before - word <= 3 && Character.isUpperCase(text.charAt(word + 1)) && text.charAt(word) == ' ') {
                before = word - 1; // a short title the name leaves out ("Md Tanvir Hossain", "Dr")
            }
            int after = r.span().end();
            while (after < text.length() && text.charAt(after) == ' ') {
                after++;
            }
            boolean subject = before > next && text.charAt(before) == ',' && after < text.length()
                    && (Character.isLowerCase(text.charAt(after)) || DASHES.indexOf(text.charAt(after)) >= 0);
            // "…, N. Rachid - c'est ainsi que le désigne l'arrêt - a reconnu": a dash opens an aside before the verb
            return subject && r.gender().compatible(d.gender()) ? r.person() : null;
        }
        return null;
    }

    /** Whether {@code s} overlaps a name among {@code named}. */
    static boolean overlapsName(List<Referent> named, Span s) {
        for (Referent r : near(named, s, 0)) {
            if (r.span().overlaps(s)) {
                return true;
            }
        }
        return false;
    }

    /** The few named referents within {@code reach} of {@code s} (a bounded slice of the ordered list). */
    static List<Referent> near(List<Referent> named, Span s, int reach) {
        int lo = Offsets.firstAtOrAfter(named, r -> r.span().end(), s.start() - reach);
        int to = Math.min(named.size(), lo + Referents.MAX_BACK);
        int end = lo;
        while (end < to && named.get(end).span().start() <= s.end() + reach) {
            end++;
        }
        return lo == end ? java.util.Collections.emptyList() : named.subList(lo, end); // mostly none: no view nor iterator
    }

    /**
     * Whether {@code head} is the French feminine in -e of a word of {@code role} ("l'avocate" and "avocat",
     * "la présidente" and "président").
     */
    static boolean feminineOf(String head, String role) {
        if (head.length() < 5 || !head.endsWith("e")) {
            return false;
        }
        int len = head.length() - 1;
        for (int i = 0; i < len; i++) {
            if (separates(head.charAt(i))) {
                return false; // no word of the role holds a space or a comma
            }
        }
        String base = head.substring(0, len);
        for (int at = role.indexOf(base); at >= 0; at = role.indexOf(base, at + 1)) {
            if ((at == 0 || separates(role.charAt(at - 1))) && (at + len == role.length() || separates(role.charAt(at + len)))) {
                return true; // the base stands as a whole word of the role, between spaces or commas
            }
        }
        return false;
    }

    /** Whether {@code c} separates the words of a role: a comma or a space as regular expressions mean it ({@code \s}). */
    private static boolean separates(char c) {
        return c == ',' || space(c);
    }

    /** The last word of {@code s}, in lower case. */
    static String lastWord(String s) {
        String t = s.toLowerCase(Locale.ROOT).strip();
        int sp = t.lastIndexOf(' ');
        return sp < 0 ? t : t.substring(sp + 1);
    }
}
