package org.retour.speaker;

import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.person.Referents.Referent;

/**
 * The kin of a letter's reader and writer: who among the persons of a text is the writer a reader's words
 * point to (the one who shares the reader's family name, the person named before an unnamed writer), whether
 * two referents are one, and the note that a reader's letter comes from their child or sibling. Split out of
 * {@link LetterWriters}, which finds a letter's writer.
 *
 * <p>Stateless and thread-safe.
 */
final class LetterKin {

    private LetterKin() {
    }

    /** Whether a person is mentioned before {@code offset}. */
    static boolean mentionedBefore(Entity person, int offset) {
        for (Mention m : person.mentions()) {
            if (m.span().start() < offset) {
                return true;
            }
        }
        return false;
    }

    /**
     * The person who bears the reader's family name nearest {@code open} ("her daughter" of Ruth Okafor is
     * Grace Okafor), else the child's description itself.
     */
    static Referent family(SpeakerDocument d, Referent child, Entity reader, int open) {
        if (reader == null || reader.canonical().indexOf(' ') < 0) {
            return child;
        }
        String family = reader.canonical().substring(reader.canonical().lastIndexOf(' ') + 1);
        Referent best = null;
        for (Referent r : d.referents.all()) {
            if (r.person() != null && r.person() != reader && r.person().canonical().endsWith(' ' + family)
                    && (best == null || Math.abs(r.span().start() - open) < Math.abs(best.span().start() - open))) {
                best = r;
            }
        }
        return best == null ? child : new Referent(child.span(), best.person(), child.description(), best.gender());
    }

    /**
     * The person named before an unnamed writer ("ihr Mandant", "her client") whose role leaves them open
     * to be the writer, or the description itself; an indefinite one is someone new ("a letter that a detained
     * fighter had sent … The man, a Belgian citizen, wrote"), whom no name before stands for.
     */
    static Referent namedBefore(SpeakerDocument d, Referent r, Entity reader) {
        if (r.description() != null && d.opensIndefinite(r.description())) {
            return r;
        }
        for (Referent p : d.referents.namedBefore(r.span().start(), r.gender(), CueSpeakerResolver.NAMED_REACH)) {
            if (p.person() != reader && !LetterWriters.READERS.contains(d.voiceOf(p.person().role()))) {
                return new Referent(r.span(), p.person(), r.description(), p.gender().or(r.gender()));
            }
        }
        return r;
    }

    /** Notes a reader whose letter comes from their child or sibling: a relative when nothing else is said. */
    static void kin(SpeakerDocument d, Referent reader) {
        if (reader != null) {
            d.kinReaders.add(reader.person() != null ? reader.person() : reader.description());
        }
    }

    /** Whether two referents are one: the same, at the same place, or descriptions of one role. */
    static boolean same(Referent a, Referent b) {
        return b != null && (a == b || a.span().equals(b.span())
                || a.description() != null && b.description() != null && a.description().role().equals(b.description().role()));
    }
}
