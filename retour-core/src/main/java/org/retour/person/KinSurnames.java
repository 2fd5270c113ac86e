package org.retour.person;

import java.util.List;
import java.util.Map;
import org.retour.model.Mention;
import org.retour.person.FoundPersons.Found;
import org.retour.person.PersonLexicon.Kind;
import org.retour.resource.ResourceLines;

/**
 * The family name a person known by a given name alone takes from the one they are told as kin of: « Monique Maquet
 * … Sa fille Aurélie » is Aurélie Maquet, "Aziz’s mother, Nasreen" is Nasreen Aziz, "His older brother Bilal" after
 * Hamza Dirani is Bilal Dirani. News names the members of a family by one surname, so the given name of a child,
 * sibling, parent or spouse (the nouns of {@code kin-surnames.txt}) is read with it.
 *
 * <p>The owner is the person whose surname the genitive writes ("Aziz’s"), or the one named after the kin noun and
 * a word of the resource's kind {@code of} before a comma (« Le frère de Salah, Lakhdar »), else, behind a
 * possessive of one owner (« sa », « son », "his", "her", „seine“; not « leur », "their"), the last person named by
 * a full name or a surname before it in its sentence or the one before, of a gender "his" or "her" allows; or in the
 * sentence before that when nobody else is named in between (« Nadia Belkacem a aligné les enveloppes. Une trentaine
 * de lettres … Toutes viennent de son frère Karim »). A given name the lexicon does not know, or one the text also
 * writes with a surname (« son fils Nassim » … « Nassim Sahraoui »), is left as it is.
 *
 * <p>Design decision: a mother or a wife may bear a name of her own; news that names her so writes it, and the
 * person then has it. A given name alone after a possessive is read as the family's.
 *
 * <p>Immutable and thread-safe.
 */
final class KinSurnames {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/person/kin-surnames.txt";

    /** How many tokens before a name, or after its comma, a role of its own may stand. */
    static final int ROLE_TOKENS = 3;

    /** What a word of the resource is. */
    enum Word { KIN, MODIFIER, OF }

    private static final KinSurnames BUNDLED = new KinSurnames(ResourceLines.classpath(RESOURCE));

    private final Map<String, Map<String, Word>> byLanguage;

    KinSurnames(List<String> lines) {
        this.byLanguage = ResourceLines.kindsByLanguage(lines, Word.class, "kin-surnames", false);
    }

    /** The bundled words. */
    static KinSurnames bundled() {
        return BUNDLED;
    }

    /**
     * Gives, in {@code order} (the persons of a document in the order of their first mention), each person known
     * by one given name that a kin noun and its owner stand right before the surname of that owner; a person of
     * that full name found elsewhere takes its mentions ({@link SharedSurnames#rename}).
     */
    void share(NameWords wd, List<Found> order, String lang) {
        Map<String, Word> words = byLanguage.get(lang);
        if (words == null) {
            return;
        }
        for (int k = 0; k < order.size(); k++) {
            Found single = order.get(k);
            String surname = single.canonical.indexOf(' ') < 0 && !opensFullName(single, order)
                    ? surnameOfOwner(wd, words, single, order) : null;
            if (surname != null && SharedSurnames.rename(order, k, single.canonical + ' ' + surname)) {
                k--;
            }
        }
    }

    /**
     * Whether a full name found elsewhere opens with {@code single}'s given name (« son fils Nassim » … « Nassim
     * Sahraoui est rentré »): the text gives the surname itself, and {@link GivenNames} joins the two.
     */
    private static boolean opensFullName(Found single, List<Found> order) {
        for (Found f : order) {
            if (f != single && f.canonical.length() > single.canonical.length()
                    && f.canonical.charAt(single.canonical.length()) == ' ' && f.canonical.startsWith(single.canonical)) {
                return true;
            }
        }
        return false;
    }

    /** The surname of the one {@code single}'s first mention is told as kin of, or null. */
    private static String surnameOfOwner(NameWords wd, Map<String, Word> words, Found single, List<Found> order) {
        int[] range = first(single);
        if (range == null || range[1] - range[0] != 1 || wd.givenName(range[0]) == null) {
            return null;
        }
        int k = range[0] - 1;
        boolean comma = k >= 0 && ",".equals(wd.lower(k));
        k = comma ? k - 1 : k;
        if (comma) {
            Found owner = namedAfterKin(wd, words, k, single, order);
            if (owner != null) {
                return surname(owner); // « Le frère de Salah, Lakhdar »
            }
        }
        k = k >= 0 && words.get(wd.lower(k)) == Word.MODIFIER ? k - 1 : k; // « sa sœur aînée, Leïla »
        if (k < 1 || words.get(wd.lower(k)) != Word.KIN) {
            return null;
        }
        k--;
        k = words.get(wd.lower(k)) == Word.MODIFIER && k > 0 ? k - 1 : k; // "his older brother Bilal"
        String owner = wd.lower(k);
        if (Tokens.possessive(wd.text, wd.entries.start(k), wd.entries.end(k))) {
            return genitive(wd.surface(k).substring(0, owner.length() - 2), single, order);
        }
        if (!wd.entries.is(Kind.POSSESSIVE, k) || wd.entries.is(Kind.SHARED, k)) {
            return null; // « leur », "their": a family, no one owner
        }
        Gender allowed = owner.equals("his") ? Gender.MALE : owner.equals("her") ? Gender.FEMALE : Gender.UNKNOWN;
        return lastNamedBefore(wd, words, k, allowed, single, order);
    }

    /**
     * The person named by a name that ends at token {@code end} and follows a kin noun (maybe with a modifier) and a
     * word of kind {@code of} (« le frère de Salah »), when that person has a surname; else null.
     */
    private static Found namedAfterKin(NameWords wd, Map<String, Word> words, int end, Found single, List<Found> order) {
        for (Found f : order) {
            if (f == single || surname(f) == null) {
                continue;
            }
            for (int[] r : f.tokenRanges) {
                int j = r[0] - 1;
                if (r[1] != end + 1 || j < 1 || words.get(wd.lower(j)) != Word.OF) {
                    continue;
                }
                j--;
                j = words.get(wd.lower(j)) == Word.MODIFIER && j > 0 ? j - 1 : j; // « le frère aîné de Salah »
                if (words.get(wd.lower(j)) == Word.KIN) {
                    return f;
                }
            }
        }
        return null;
    }

    /** The surname of the person whose surname is {@code written} ("Aziz" of "Aziz’s"), or null. */
    private static String genitive(String written, Found single, List<Found> order) {
        for (Found f : order) {
            String surname = surname(f);
            if (f != single && surname != null && surname.equals(written)) {
                return surname;
            }
        }
        return null;
    }

    /**
     * The surname of the person named last by a full name or a surname before the possessive at token {@code k}, in
     * its sentence or the one before (or in the paragraph before, when the possessive opens its paragraph: "Fatima
     * Haddad’s house … “…,” Fatima says." then "Her daughter, Rania, 31, …"), whose given name's gender is compatible
     * with {@code allowed}; or null, also when
     * that person is told by a role of their own (« Son avocat, Me Paul Durand, plaide. Sa sœur … »: the client's).
     */
    private static String lastNamedBefore(NameWords wd, Map<String, Word> words, int k, Gender allowed, Found single,
                                          List<Found> order) {
        int at = wd.entries.start(k);
        int near = sentenceBefore(wd, k, 2);
        int from = opensParagraph(wd.text, at) ? Math.min(near, paragraphBefore(wd.text, at))
                : sentenceBefore(wd, k, 3); // "Fatima Haddad’s house … “…,” Fatima says." then "Her daughter, Rania, 31, …"
        Found owner = null;
        Mention last = null;
        for (Found f : order) {
            if (f == single || surname(f) == null || !compatible(wd, f, allowed)) {
                continue;
            }
            for (Mention m : f.mentions) {
                if (m.span().end() <= at && m.span().start() >= from && (last == null || m.span().start() > last.span().start())) {
                    last = m;
                    owner = f;
                }
            }
        }
        if (owner == null || roleBeside(wd, words, last)
                || last.span().start() < near && !opensParagraph(wd.text, at) && namedBetween(order, single, last, at)) {
            return null; // the sentence before the one before: only when no one else is named since
        }
        return surname(owner);
    }

    /** Whether a person other than {@code single} is mentioned after {@code last} and before {@code at}. */
    private static boolean namedBetween(List<Found> order, Found single, Mention last, int at) {
        for (Found f : order) {
            for (Mention m : f.mentions) {
                if (f != single && m.span().start() >= last.span().end() && m.span().end() <= at) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether only white space stands between the line break before {@code at} (or the text's start) and it. */
    private static boolean opensParagraph(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** Where the paragraph before the one holding {@code at} starts (the text's start when there is none). */
    private static int paragraphBefore(String text, int at) {
        int own = text.lastIndexOf('\n', Math.max(0, at - 1));
        while (own > 0 && text.charAt(own - 1) == '\n') {
            own--;
        }
        return own <= 0 ? 0 : text.lastIndexOf('\n', own - 1) + 1;
    }

    /**
     * Where the sentence {@code back} - 1 sentences before the one of token {@code k} starts (2: the one before), or
     * the text's start when there is none.
     */
    private static int sentenceBefore(NameWords wd, int k, int back) {
        int ends = 0;
        for (int j = k - 1; j >= 0; j--) {
            String w = wd.lower(j);
            if ((w.equals(".") || w.equals("!") || w.equals("?")) && ++ends == back) {
                return wd.entries.end(j);
            }
        }
        return 0;
    }

    /**
     * Whether a role other than kin stands within {@value #ROLE_TOKENS} tokens before the name {@code m} or right after
     * its comma (« Son avocat, Me Paul Durand », "Paul Durand, the family's lawyer").
     */
    private static boolean roleBeside(NameWords wd, Map<String, Word> words, Mention m) {
        int first = wd.view().indexAt(m.span().start());
        int end = wd.view().indexAt(m.span().end());
        for (int j = Math.max(0, first - ROLE_TOKENS); j < first; j++) {
            if (role(wd, words, j)) {
                return true;
            }
        }
        if (end < wd.size() && ",".equals(wd.lower(end))) {
            for (int j = end + 1; j < Math.min(wd.size(), end + 1 + ROLE_TOKENS); j++) {
                if (role(wd, words, j)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether token {@code j} heads a role that is no kin, or is an honorific. */
    private static boolean role(NameWords wd, Map<String, Word> words, int j) {
        return (wd.entries.is(Kind.HEAD, j) || wd.entries.is(Kind.HONORIFIC, j)) && words.get(wd.lower(j)) == null;
    }

    /** Whether the gender of {@code f}'s given name, when the lexicon knows it, is compatible with {@code allowed}. */
    private static boolean compatible(NameWords wd, Found f, Gender allowed) {
        int[] range = first(f);
        Gender g = range == null || range[1] - range[0] < 2 ? null : wd.givenName(range[0]);
        return allowed == Gender.UNKNOWN || g == null || g.compatible(allowed);
    }

    /** The words of {@code f}'s name after its first, or null for a name of one word. */
    private static String surname(Found f) {
        int space = f.canonical.indexOf(' ');
        return space < 0 ? null : f.canonical.substring(space + 1);
    }

    /** The token range of {@code f}'s first name in the text, or null. */
    private static int[] first(Found f) {
        int[] first = null;
        for (int[] r : f.tokenRanges) {
            first = first == null || r[0] < first[0] ? r : first;
        }
        return first;
    }
}
