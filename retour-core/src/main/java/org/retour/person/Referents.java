package org.retour.person;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.model.Span;

/**
 * The people a pronoun may refer to, in text order: every name mention of a PERSON entity and every
 * description of an unnamed person, outside the given quotes. A definite description whose head noun is
 * in the role of a person named nearby ("le chercheur" after "le chercheur Peter Neumann") stands for
 * that person, and so does a description in apposition right after a name ("Steven Rosenthal, a tax
 * specialist").
 *
 * <p>Immutable once built; lookups are binary searches plus a short backward scan.
 */
public final class Referents {

    /** How far back (in characters) a pronoun looks for its referent. */
    public static final int MAX_DISTANCE = 1500;
    /** How many referents back a pronoun looks past incompatible ones. */
    static final int MAX_BACK = 12;
    /** How near a named person must be for a definite description to stand for them. */
    static final int DESCRIPTION_REACH = 250;
    /** The most characters (", ") between a name and a description in apposition to it. */
    static final int APPOSITION_GAP = 2;
    /** How far after an unnamed description a definite one of the same head may name the same person. */
    static final int ANAPHOR_REACH = 1000;
    /** How far after a description a naming phrase and its name may come ("…, who asked to be identified as X"). */
    static final int NAMING_REACH = 160;
    /** How far into the paragraph after a lead the name of the lead's unnamed person may start. */
    static final int LEAD_NAME_REACH = 2;
    private static final NamingPhrases NAMING = NamingPhrases.bundled();
    /** The most characters between a description and the name in apposition after it (", Mrs Justice "). */
    static final int APPOSITION_AFTER = 24;
    /**
     * What may stand between a description and its name: a space, or up to two adjectives and a comma, then
     * at most two capitalised titles ("Seine Schwester Aylin T.", "Sa sœur aînée, Leïla"); the comma may be
     * Arabic ("المتهم، يزن العبادي").
     */
    private static final java.util.regex.Pattern TITLES_BETWEEN =
            java.util.regex.Pattern.compile("(?:(?:\\s+\\p{Ll}+){0,2}[,\u060C])?\\s+(?:\\p{Lu}[\\p{L}.]*\\s+){0,2}");

    /**
     * One possible referent.
     *
     * @param span        where it is mentioned
     * @param person      the PERSON entity, or null for an unnamed person
     * @param description the description of an unnamed person, or null
     * @param gender      the gender known for it
     */
    public record Referent(Span span, Entity person, PersonDescription description, Gender gender) {
    }

    private final List<Referent> list;
    /** The persons the referents were found among, in the order given. */
    private final List<Entity> persons;

    private Referents(List<Referent> list, List<Entity> persons) {
        this.list = List.copyOf(list);
        this.persons = List.copyOf(persons);
    }

    /**
     * These referents with each of their persons replaced by the entity at the same place in {@code after}
     * (the same persons with more mentions, as pronoun linking gives them): the referents that
     * {@link #of} finds among {@code after}, without finding them again.
     */
    public Referents relinked(List<Entity> after) {
        if (after.size() != persons.size()) {
            throw new IllegalArgumentException("relinked to " + after.size() + " persons instead of " + persons.size());
        }
        Map<Entity, Entity> to = new IdentityHashMap<>();
        for (int i = 0; i < after.size(); i++) {
            to.put(persons.get(i), after.get(i));
        }
        List<Referent> out = new ArrayList<>(list.size());
        for (Referent r : list) {
            out.add(r.person() == null ? r : new Referent(r.span(), to.get(r.person()), r.description(), r.gender()));
        }
        return new Referents(out, after);
    }

    /** Whether these referents were found among exactly {@code persons} (the same entities in the same order). */
    public boolean foundAmong(List<Entity> persons) {
        if (persons.size() != this.persons.size()) {
            return false;
        }
        for (int i = 0; i < persons.size(); i++) {
            if (persons.get(i) != this.persons.get(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The referents of a document.
     *
     * @param quotes spans to leave out (the text of top-level quotes), ordered by start
     */
    public static Referents of(String text, List<Entity> persons, List<PersonDescription> descriptions,
                               List<Span> quotes, PersonLexicon lexicon, String lang) {
        List<Referent> out = new ArrayList<>();
        List<Referent> named = new ArrayList<>();
        for (Entity e : persons) {
            Gender g = lexicon.genderOf(e, lang);
            for (Mention m : e.mentions()) {
                if (m.kind() == Mention.Kind.NAME && !inside(quotes, m.span())) {
                    named.add(new Referent(m.span(), e, null, g));
                }
            }
        }
        named.sort(Comparator.comparing(Referent::span));
        out.addAll(named);
        for (PersonDescription d : descriptions) {
            if (inside(quotes, d.span())) {
                continue;
            }
            Entity same = d.definite() ? namedNear(named, d) : null;
            if (same == null) {
                same = apposedTo(named, d);
            }
            if (same == null) {
                same = namedAfter(text, named, d);
            }
            if (same == null) {
                same = namedAs(text, named, d, lang);
            }
            if (same == null && !d.definite()) {
                same = namedInNextParagraph(text, named, d);
            }
            if (same != null) {
                out.add(new Referent(d.span(), same, d, lexicon.genderOf(same, lang).or(d.gender())));
            } else if (!overlapsName(named, d.span())) {
                out.add(new Referent(d.span(), null, d, d.gender()));
            }
        }
        out.sort(Comparator.comparing(Referent::span));
        return new Referents(sameAsLater(out), persons);
    }

    /**
     * The referents with each unnamed description joined to the person that a later definite description
     * of the same head noun stands for ("a 25-year-old woman" … "The woman, identified only as Ilse B.").
     */
    private static List<Referent> sameAsLater(List<Referent> refs) {
        List<Referent> out = new ArrayList<>(refs);
        String[] heads = new String[out.size()]; // the last word of each description's role, once worked out
        for (int i = 0; i < out.size(); i++) {
            Referent r = out.get(i);
            if (r.person() != null || r.description() == null || r.description().definite()) {
                continue;
            }
            String head = lastWord(r.description().role());
            for (int j = i + 1; j < out.size() && out.get(j).span().start() - r.span().end() <= ANAPHOR_REACH; j++) {
                Referent later = out.get(j);
                if (later.person() != null && later.description() != null && later.description().definite()
                        && (heads[j] != null ? heads[j] : (heads[j] = lastWord(later.description().role()))).equals(head)
                        && later.gender().compatible(r.gender())) {
                    out.set(i, new Referent(r.span(), later.person(), r.description(), later.gender()));
                    break;
                }
            }
        }
        return out;
    }

    /** All referents in text order. */
    public List<Referent> all() {
        return list;
    }

    /** The most recent referent ending before {@code offset} whose gender fits, or null. */
    public Referent mostRecent(int offset, Gender gender) {
        int k = indexBefore(offset);
        for (int back = 0; k >= 0 && back < MAX_BACK; k--, back++) {
            Referent r = list.get(k);
            if (offset - r.span().end() > MAX_DISTANCE) {
                return null;
            }
            if (r.gender().compatible(gender)) {
                return r;
            }
        }
        return null;
    }

    /**
     * The named referents before {@code offset}, most recent first, of distinct persons whose gender fits,
     * at most {@code reach} characters back.
     */
    public List<Referent> namedBefore(int offset, Gender gender, int reach) {
        List<Referent> out = new ArrayList<>();
        int k = indexBefore(offset);
        for (int back = 0; k >= 0 && back < MAX_BACK * 2; k--, back++) {
            Referent r = list.get(k);
            if (offset - r.span().end() > reach) {
                break;
            }
            if (r.person() != null && r.description() == null && r.gender().compatible(gender)
                    && !hasPerson(out, r.person())) {
                out.add(r);
            }
        }
        return out;
    }

    /** Whether one of the few {@code referents} is {@code person}'s. */
    private static boolean hasPerson(List<Referent> referents, Entity person) {
        for (int i = 0; i < referents.size(); i++) {
            if (referents.get(i).person() == person) {
                return true;
            }
        }
        return false;
    }

    /** The referents whose mention lies inside {@code [from, to)}, in order. */
    public List<Referent> within(int from, int to) {
        List<Referent> out = new ArrayList<>();
        for (int k = indexBefore(from) + 1; k < list.size(); k++) {
            Referent r = list.get(k);
            if (r.span().start() >= to) {
                break;
            }
            if (r.span().start() >= from && r.span().end() <= to) {
                out.add(r);
            }
        }
        return out;
    }

    /** The index of the last referent ending at or before {@code offset}, or -1. */
    private int indexBefore(int offset) {
        int lo = 0;
        int hi = list.size() - 1;
        int best = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).span().start() < offset) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        while (best >= 0 && list.get(best).span().end() > offset) {
            best--;
        }
        return best;
    }

    private static Entity namedNear(List<Referent> named, PersonDescription d) {
        String head = null; // worked out for the first name near enough
        Entity best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Referent r : near(named, d.span(), DESCRIPTION_REACH)) {
            int distance = r.span().start() >= d.span().end() ? r.span().start() - d.span().end()
                    : d.span().start() - r.span().end();
            if (distance < 0 || distance > DESCRIPTION_REACH || distance >= bestDistance || r.person().role() == null) {
                continue;
            }
            head = head == null ? lastWord(d.role()) : head;
            if (r.person().role().toLowerCase(Locale.ROOT).contains(head)) {
                best = r.person();
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * The person a description stands in apposition to: a name that ends at most {@link #APPOSITION_GAP}
     * characters before it ("Steven Rosenthal, a tax specialist"), or null.
     */
    private static Entity apposedTo(List<Referent> named, PersonDescription d) {
        for (Referent r : near(named, d.span(), APPOSITION_GAP)) {
            int gap = d.span().start() - r.span().end();
            if (gap >= 1 && gap <= APPOSITION_GAP && r.gender().compatible(d.gender())) { // not "la présidente, Anne V., le prévenu a …"
                return r.person();
            }
        }
        return null;
    }

    /**
     * The person named right after a description and a comma, titles allowed between ("The judge, Mrs
     * Justice Harriet Langley", "the 25-year-old, Tariq Hamdan", "Sa sœur aînée, Leïla"), or null.
     */
    private static Entity namedAfter(String text, List<Referent> named, PersonDescription d) {
        for (Referent r : near(named, d.span(), APPOSITION_AFTER)) {
            int gap = r.span().start() - d.span().end();
            if (gap >= 1 && gap <= APPOSITION_AFTER
                    && TITLES_BETWEEN.matcher(text.substring(d.span().end(), r.span().start())).matches()
                    && !subjectAfterComma(text, d.span().end(), r.span())) {
                return r.person();
            }
        }
        return null;
    }

    /**
     * Whether a name after a description and a comma opens a clause of its own rather than standing in
     * apposition: the name is followed by a word or an opening quotation mark ("According to an FBI agent
     * who testified, Warsame provided …"), where an apposition is closed by punctuation ("The judge, Mrs
     * Justice Harriet Langley, said").
     */
    private static boolean subjectAfterComma(String text, int from, Span name) {
        if (text.indexOf(',', from, name.start()) < 0 && text.indexOf('\u060C', from, name.start()) < 0) {
            return false;
        }
        int i = name.end();
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return Character.isLetter(c) || c == '«' || c == '“' || c == '"' || c == '„';
    }

    /**
     * The person whose name a naming phrase gives after a description in the same paragraph ("The
     * woman, identified only as Ilse B.", "a former fighter …, who gave his name as Abu Hamza"), or null.
     */
    private static Entity namedAs(String text, List<Referent> named, PersonDescription d, String lang) {
        int lineEnd = -2; // the first line break in reach after the description (-1: none), once a name is in reach
        for (Referent r : near(named, d.span(), NAMING_REACH)) {
            int gap = r.span().start() - d.span().end();
            if (gap > 0 && gap <= NAMING_REACH) {
                int from = d.span().end();
                int to = r.span().start();
                if (lineEnd == -2) {
                    lineEnd = text.indexOf('\n', from, Math.min(text.length(), from + NAMING_REACH));
                }
                if ((lineEnd < 0 || lineEnd >= to) && NAMING.introducesName(text, from, to, lang)) {
                    return r.person();
                }
            }
        }
        return null;
    }

    /**
     * The person named at the head of the next paragraph when an unnamed person is introduced in a lead
     * ("A Belgian returnee on trial … told judges that …" then "Yassin O., 27, from Vilvoorde, said …"):
     * news writes the name second. Only the document's first paragraph, and only a name among the first
     * words of the next one.
     */
    private static Entity namedInNextParagraph(String text, List<Referent> named, PersonDescription d) {
        int lineEnd = text.indexOf('\n', d.span().end());
        if (lineEnd < 0 || text.lastIndexOf('\n', d.span().start()) >= 0) {
            return null;
        }
        int next = lineEnd;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        for (Referent r : near(named, new Span(next, next), LEAD_NAME_REACH)) {
            if (r.span().start() >= next && r.span().start() - next <= LEAD_NAME_REACH) {
                return r.person();
            }
        }
        return null;
    }

    private static boolean overlapsName(List<Referent> named, Span s) {
        for (Referent r : near(named, s, 0)) {
            if (r.span().overlaps(s)) {
                return true;
            }
        }
        return false;
    }

    /** The few named referents within {@code reach} of {@code s} (a bounded slice of the ordered list). */
    private static List<Referent> near(List<Referent> named, Span s, int reach) {
        int lo = 0;
        int hi = named.size();
        int from = s.start() - reach;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (named.get(mid).span().end() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int to = Math.min(named.size(), lo + MAX_BACK);
        int end = lo;
        while (end < to && named.get(end).span().start() <= s.end() + reach) {
            end++;
        }
        return named.subList(lo, end);
    }

    private static String lastWord(String s) {
        String t = s.toLowerCase(Locale.ROOT).strip();
        int sp = t.lastIndexOf(' ');
        return sp < 0 ? t : t.substring(sp + 1);
    }

    /** Whether {@code s} lies inside one of the ordered, non-overlapping {@code spans}. */
    public static boolean inside(List<Span> spans, Span s) {
        int lo = 0;
        int hi = spans.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span q = spans.get(mid);
            if (q.end() <= s.start()) {
                lo = mid + 1;
            } else if (q.start() >= s.end()) {
                hi = mid - 1;
            } else {
                return q.contains(s);
            }
        }
        return false;
    }
}
