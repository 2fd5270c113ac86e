package org.retour.person;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.model.OffsetRuns;
import org.retour.model.Span;

/**
 * The people a pronoun may refer to, in text order: every name mention of a PERSON entity and every
 * description of an unnamed person, outside the given quotes. A description that stands for a named
 * person ({@link DescriptionNames}: "le chercheur" after "le chercheur Peter Neumann", "Steven Rosenthal, a
 * tax specialist") refers to that person.
 *
 * <p>Immutable once built; lookups are reads of an {@link OffsetRuns} table plus a short backward scan.
 *
 * <p>Design decision: the starts and ends of the referents' spans are also kept as {@code int[]}, searched
 * without reading a record per step, since the speakers' stage asks for the referents before and within
 * every quote's neighbourhood.
 */
public final class Referents {

    /** How far back (in characters) a pronoun looks for its referent. */
    public static final int MAX_DISTANCE = 1500;
    /** How many referents back a pronoun looks past incompatible ones. */
    static final int MAX_BACK = 12;
    /** How far after an unnamed description a definite one of the same head may name the same person. */
    static final int ANAPHOR_REACH = 2000;

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

    /** Referents in the order of their spans (start, then end), as {@link Span#compareTo} orders them. */
    static final Comparator<Referent> BY_SPAN = (a, b) -> a.span().compareTo(b.span());

    private final List<Referent> list;
    /** The referents of {@link #list} in an array, which {@link #within} answers runs of. */
    private final Referent[] array;
    /** Where each referent of {@link #list} starts, in the same order. */
    private final int[] starts;
    /** Where each referent of {@link #list} ends, in the same order. */
    private final int[] ends;
    /** The index of {@link #starts}, which finds the referents before an offset without a search. */
    private final OffsetRuns runs;
    /** The persons the referents were found among, in the order given. */
    private final List<Entity> persons;

    private Referents(List<Referent> list, List<Entity> persons) {
        this.array = list.toArray(new Referent[0]);
        for (Referent r : array) {
            java.util.Objects.requireNonNull(r);
        }
        this.list = new ReferentRun(array, 0, array.length); // all of them, read in place: no second copy
        this.persons = List.copyOf(persons);
        this.starts = new int[this.list.size()];
        this.ends = new int[this.list.size()];
        for (int i = 0; i < starts.length; i++) {
            Span s = this.list.get(i).span();
            starts[i] = s.start();
            ends[i] = s.end();
        }
        this.runs = new OffsetRuns(starts, starts.length == 0 ? 0 : ends[ends.length - 1]);
    }

    /** The referents {@code list}, at the very spans of {@code same}'s in the same order, sharing its offsets and index. */
    private Referents(List<Referent> list, List<Entity> persons, Referents same) {
        this.array = list.toArray(new Referent[0]);
        for (Referent r : array) {
            java.util.Objects.requireNonNull(r);
        }
        this.list = new ReferentRun(array, 0, array.length);
        this.persons = List.copyOf(persons);
        this.starts = same.starts;
        this.ends = same.ends;
        this.runs = same.runs;
    }

    /**
     * These referents with each of their persons replaced by the entity at the same place in {@code after}
     * (the same persons with more mentions, as pronoun linking gives them): the referents that
     * {@link #of} finds among {@code after}, without finding them again. A referent of a person whose name and role
     * gave no gender takes the one the pronouns linked to the person give ({@link PronounGenders}).
     */
    public Referents relinked(List<Entity> after, PersonLexicon lexicon, String lang) {
        if (after.size() != persons.size()) {
            throw new IllegalArgumentException("relinked to " + after.size() + " persons instead of " + persons.size());
        }
        Map<Entity, Entity> to = new IdentityHashMap<>();
        for (int i = 0; i < after.size(); i++) {
            to.put(persons.get(i), after.get(i));
        }
        boolean changed = false;
        for (Map.Entry<Entity, Entity> e : to.entrySet()) {
            changed |= e.getKey() != e.getValue();
        }
        if (!changed) {
            return this; // the same persons: the same referents
        }
        Map<Entity, Gender> linkedGenders = new IdentityHashMap<>();
        List<Referent> out = new ArrayList<>(list.size());
        for (Referent r : array) {
            Entity p = r.person() == null ? null : to.get(r.person());
            if (p == r.person()) {
                out.add(r); // a person unchanged keeps its referent
                continue;
            }
            Gender g = r.gender() != Gender.UNKNOWN ? r.gender()
                    : linkedGenders.computeIfAbsent(p, e -> PronounGenders.of(e, lexicon, lang));
            out.add(new Referent(r.span(), p, r.description(), g));
        }
        return new Referents(out, after, this); // the same spans: their offsets and index are shared
    }

    /**
     * Whether these referents were found among {@code persons} less its public figures named only by a form
     * of their own ({@link PublicFigures}): the persons they were found among are, in the same order and as
     * the same entities, the first of {@code persons}, and the rest are such figures.
     */
    public boolean foundAmong(List<Entity> persons) {
        if (persons.size() < this.persons.size()) {
            return false;
        }
        for (int i = 0; i < this.persons.size(); i++) {
            if (persons.get(i) != this.persons.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** The persons these referents were found among: the ones pronouns and cues may refer to. */
    public List<Entity> persons() {
        return persons;
    }

    /**
     * The gender a title right before one of a person's names gives ("Mme Marchal", "Ms Lodhi", "M. Dufour"),
     * UNKNOWN when none does.
     */
    static Gender titleGender(String text, Entity e, PersonLexicon lexicon, String lang) {
        for (Mention m : e.mentions()) {
            if (m.kind() != Mention.Kind.NAME) {
                continue;
            }
            int sp = m.text().indexOf(' ');
            Gender g = sp > 0 ? lexicon.gender(PersonLexicon.Kind.HONORIFIC, m.text().substring(0, sp), lang) : null;
            int end = m.span().start();
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            int start = end;
            while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
                start--;
            }
            if (g == null && start < end) {
                g = lexicon.gender(PersonLexicon.Kind.HONORIFIC, text.substring(start, end), lang);
            }
            if (g != null && g != Gender.UNKNOWN) {
                return g;
            }
        }
        return Gender.UNKNOWN;
    }

    /**
     * The referents of a document.
     *
     * @param quotes spans to leave out (the text of top-level quotes), ordered by start
     */
    public static Referents of(String text, List<Entity> persons, List<PersonDescription> descriptions,
                               List<Span> quotes, PersonLexicon lexicon, String lang) {
        List<Referent> described = new ArrayList<>();
        List<Referent> named = new ArrayList<>();
        for (Entity e : persons) {
            Gender known = lexicon.genderOf(e, lang);
            // the title before a name is read only when the name and role tell no gender: Gender.or, lazily
            Gender g = known != Gender.UNKNOWN ? known : titleGender(text, e, lexicon, lang);
            for (Mention m : e.mentions()) {
                if (m.kind() == Mention.Kind.NAME && !inside(quotes, m.span())) {
                    named.add(new Referent(m.span(), e, null, g));
                }
            }
        }
        named.sort(BY_SPAN);
        for (int i = 0; i < descriptions.size(); i++) {
            PersonDescription d = descriptions.get(i);
            if (inside(quotes, d.span())) {
                continue;
            }
            Entity same = DescriptionNames.personOf(text, named, d, descriptions.subList(i + 1, descriptions.size()),
                    lexicon, lang);
            if (same != null) {
                described.add(new Referent(d.span(), same, d, lexicon.genderOf(same, lang).or(d.gender())));
            } else if (!DescriptionNames.overlapsName(named, d.span())) {
                described.add(new Referent(d.span(), null, d, d.gender()));
            }
        }
        described.sort(BY_SPAN);
        return new Referents(GenericNouns.bundled().joined(text, sameAsLater(merged(named, described)), lang), persons);
    }

    /**
     * The two lists, each in {@link #BY_SPAN} order, merged in that order, a referent of {@code first} before an
     * equal one of {@code second}: what a stable sort of {@code first} then {@code second} gives.
     */
    static List<Referent> merged(List<Referent> first, List<Referent> second) {
        List<Referent> out = new ArrayList<>(first.size() + second.size());
        int i = 0;
        int j = 0;
        while (i < first.size() && j < second.size()) {
            if (BY_SPAN.compare(second.get(j), first.get(i)) < 0) {
                out.add(second.get(j++));
            } else {
                out.add(first.get(i++));
            }
        }
        while (i < first.size()) {
            out.add(first.get(i++));
        }
        while (j < second.size()) {
            out.add(second.get(j++));
        }
        return out;
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
            String head = DescriptionNames.lastWord(r.description().role());
            for (int j = i + 1; j < out.size() && out.get(j).span().start() - r.span().end() <= ANAPHOR_REACH; j++) {
                Referent later = out.get(j);
                if (later.person() != null && later.description() != null && later.description().definite()
                        && (heads[j] != null ? heads[j] : (heads[j] = DescriptionNames.lastWord(later.description().role()))).equals(head)
                        && later.gender().compatible(r.gender())
                        && !NewcomerOrdinals.opens(later.description())) { // "a man at a mosque" … "The third man, X"
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
            if (offset - ends[k] > MAX_DISTANCE) {
                return null;
            }
            Referent r = list.get(k);
            if (r.gender().compatible(gender)) {
                return r;
            }
        }
        return null;
    }

    /**
     * The referent reached from {@code from} by stepping back to the {@link #mostRecent} one before it whose gender
     * fits, while {@code pass} holds of the one reached and at most {@code steps} times: {@code from} itself when it
     * does not pass, null when the look back runs out (a complement, a nickname, an asker passed over).
     */
    public Referent backWhile(Referent from, Gender gender, int steps, Predicate<Referent> pass) {
        Referent r = from;
        for (int n = 0; r != null && n < steps && pass.test(r); n++) {
            r = mostRecent(r.span().start(), gender);
        }
        return r;
    }

    /**
     * The named referents before {@code offset}, most recent first, of distinct persons whose gender fits,
     * at most {@code reach} characters back.
     */
    public List<Referent> namedBefore(int offset, Gender gender, int reach) {
        List<Referent> out = new ArrayList<>();
        int k = indexBefore(offset);
        for (int back = 0; k >= 0 && back < MAX_BACK * 2; k--, back++) {
            if (offset - ends[k] > reach) {
                break;
            }
            Referent r = list.get(k);
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

    /**
     * The referents whose mention lies inside {@code [from, to)}, in order; the list cannot be changed.
     *
     * <p>Design decision: when they follow one another, as they mostly do, the answer is a view of the
     * referents in place ({@link ReferentRun}); only a stretch where a longer referent interrupts them gets a
     * list of its own.
     */
    public List<Referent> within(int from, int to) {
        int first = -1;
        int last = -1;
        int k = indexBefore(from) + 1;
        for (; k < starts.length && starts[k] < to; k++) {
            if (starts[k] >= from && ends[k] <= to) {
                if (first < 0) {
                    first = k;
                } else if (last != k) {
                    return scattered(first, last, k, from, to);
                }
                last = k + 1;
            }
        }
        return first < 0 ? Collections.emptyList() : new ReferentRun(array, first, last);
    }

    /**
     * The referents {@code [first, last)} and those from {@code k} on that lie inside {@code [from, to)}: the
     * answer of {@link #within} where some referent between them does not.
     */
    private List<Referent> scattered(int first, int last, int k, int from, int to) {
        List<Referent> out = new ArrayList<>(last - first + 4);
        for (int i = first; i < last; i++) {
            out.add(array[i]);
        }
        for (; k < starts.length && starts[k] < to; k++) {
            if (starts[k] >= from && ends[k] <= to) {
                out.add(array[k]);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The index of the last referent ending at or before {@code offset}, or -1. */
    private int indexBefore(int offset) {
        int best = offset == Integer.MIN_VALUE ? -1 : runs.lastAtOrBefore(offset - 1); // the last starting before it
        while (best >= 0 && ends[best] > offset) {
            best--;
        }
        return best;
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
