package org.retour.speaker;

import java.util.Locale;
import java.util.Objects;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.model.Token;
import org.retour.person.Gender;
import org.retour.person.PersonLexicon;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;

/**
 * Surname speakers: the person a surname alone stands for when several people share it ("Her uncle,
 * Samir Haddad, …" after "Nour Haddad": "Mr Haddad said" is the uncle). The surname goes to the person
 * of that surname named in full most recently before it, at most {@link #FULL_NAME_PARAGRAPHS} paragraphs
 * back, whose gender fits the title before it (Mr, Mme) and the pronoun of its cue or of the clause it reports
 * ({@link SurnamePronouns}); however far back when the person it is linked to has the other gender or while that
 * person, once given words by the surname alone, spoke the last quote given a speaker; further on it keeps the person
 * it was linked to. A word the person stage joined to someone whose name ends otherwise is their given name, not a
 * surname ("Mr Rosli Hamid" … "said Mr Rosli": {@code org.retour.person.TitledGivenNames}), and stays theirs.
 *
 * <p>Design decision: news names a relative in full right before quoting them by surname, so the latest
 * full name wins over the first one the text met; once the relative has been quoted, the text calls them
 * by their given name ("Khalid remembers the phone call") and the surname alone goes back to the person
 * the article is about ("Haq is under no illusion about how he is seen"). A person the text has called by their given
 * name alone leaves the surname to the one of that name it never so calls ({@link GivenNameCalls}).
 *
 * <p>Immutable and thread-safe.
 */
final class SurnameSpeakers {

    /** How many paragraphs back a full name still takes over its surname alone. */
    static final int FULL_NAME_PARAGRAPHS = 2;

    private final PersonLexicon lexicon;
    private final org.retour.person.PronounLinker pronouns;

    SurnameSpeakers(PersonLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon);
        this.pronouns = new org.retour.person.PronounLinker(lexicon);
    }

    /** The referent with the person its surname stands for, or the referent itself. */
    Referent latest(SpeakerDocument d, Referent r) {
        return latest(d, r, Gender.UNKNOWN);
    }

    /**
     * As {@link #latest(SpeakerDocument, Referent)}, for a speaker whom a pronoun of gender {@code cued}
     * names ("Warsame also described life in Raqqa. “…,” he wrote": not his sister Hodan Warsame).
     */
    Referent latest(SpeakerDocument d, Referent r, Gender cued) {
        if (r == null || r.person() == null) {
            return r;
        }
        String surface = r.span().of(d.text);
        if (surface.indexOf(' ') >= 0 || surface.isEmpty()) {
            return r; // a full name says who
        }
        String surname = surface.toLowerCase(Locale.ROOT);
        if (r.person().canonical() != null && r.person().canonical().indexOf(' ') > 0
                && !surname.equals(lastWord(r.person().canonical()))) {
            return r; // "Mr Rosli" for Mr Rosli Hamid: a given name the person stage read, not Muhammad Irfan Rosli's surname
        }
        Gender titled = titleGender(d, r.span().start());
        cued = cued != Gender.UNKNOWN ? cued : SurnamePronouns.after(d, pronouns, r); // "Mercer told agents that he …"
        boolean contradicted = !lexicon.genderOf(r.person(), d.lang).compatible(cued); // not his mother, Linda Mercer
        Bearer latest = latestBearer(d, r, surname, new Gender[] {titled, cued}, lexicon, e -> e.canonical().indexOf(' ') < 0);
        Entity best = latest == null ? null : latest.person();
        int bestAt = latest == null ? -1 : latest.at();
        Entity plain = GivenNameCalls.surnameHolder(d, r, surname, titled, cued, lexicon);
        if (plain != null) {
            return new Referent(r.span(), plain, r.description(), r.gender().or(lexicon.genderOf(plain, d.lang)));
        }
        if (best == null || best.id().equals(r.person().id())) {
            return r;
        }
        if (d.paragraph(r.span().start()) - d.paragraph(bestAt) > FULL_NAME_PARAGRAPHS && !contradicted) {
            if (!holdsFloor(d, best)) {
                return r;
            }
        } else {
            d.surnamed.add(best.id());
        }
        Gender gender = contradicted ? lexicon.genderOf(best, d.lang).or(cued) : r.gender().or(lexicon.genderOf(best, d.lang));
        return new Referent(r.span(), best, r.description(), gender);
    }

    /**
     * Whether {@code e} spoke the last quote given a speaker and has been given words through the surname alone before
     * ("Her uncle, Samir Haddad, …" then "“…,” Mr Haddad said"): the surname goes on naming the relative so quoted,
     * however far back their full name stands ("The older Mr Haddad, a taxi driver, said …"). A relative whose words
     * came through a pronoun or a given name ("Samir remembers") leaves the surname to the one the article is about.
     */
    private static boolean holdsFloor(SpeakerDocument d, Entity e) {
        return d.surnamed.contains(e.id()) && d.lastSpeaker != null && d.lastSpeaker.person() != null
                && d.lastSpeaker.person().id().equals(e.id());
    }

    /** The gender of the honorific right before a surname ("Mr", "Mme", "Ms."), else UNKNOWN. */
    private Gender titleGender(SpeakerDocument d, int start) {
        int k = d.tokenAt(start) - 1;
        if (k >= 0 && Tokens.is(d.text, d.tokens.get(k), ".")) {
            k--;
        }
        if (k < 0) {
            return Gender.UNKNOWN;
        }
        Token t = d.tokens.get(k);
        Gender g = lexicon.gender(PersonLexicon.Kind.HONORIFIC, t.span().of(d.text), d.lang);
        if (g == null) {
            g = lexicon.gender(PersonLexicon.Kind.HONORIFIC, t.span().of(d.text) + ".", d.lang);
        }
        return g == null ? Gender.UNKNOWN : g;
    }

    /**
     * The person named in full with {@code surname} as their last word whose full name was written last before
     * {@code r}, of a gender compatible with both {@code genders} (a title's and a cue pronoun's), among those
     * {@code excluded} does not rule out, with where that full name stands; else null.
     */
    static Bearer latestBearer(SpeakerDocument d, Referent r, String surname, Gender[] genders, PersonLexicon lexicon,
                               java.util.function.Predicate<Entity> excluded) {
        Entity best = null;
        int bestAt = -1;
        if (d.surnames == null) { // read once per document, not once per person and quote
            d.surnames = d.persons.stream().map(e -> lastWord(e.canonical())).toArray(String[]::new);
        }
        String[] surnames = d.surnames;
        for (int i = 0; i < surnames.length; i++) {
            Entity e = d.persons.get(i);
            if (!surname.equals(surnames[i]) || excluded.test(e)
                    || !lexicon.genderOf(e, d.lang).compatible(genders[0]) || !lexicon.genderOf(e, d.lang).compatible(genders[1])) {
                continue;
            }
            for (Mention m : e.mentions()) {
                int at = m.span().start();
                if (at < r.span().start() && at > bestAt && m.text().indexOf(' ') >= 0) {
                    best = e;
                    bestAt = at;
                }
            }
        }
        return best == null ? null : new Bearer(best, bestAt);
    }

    /** A bearer of a surname and where their full name was written last. */
    record Bearer(Entity person, int at) {
    }

    /** The last word of a name, lower-cased ("" for none). */
    static String lastWord(String name) {
        if (name == null) {
            return "";
        }
        int sp = name.lastIndexOf(' ');
        return name.substring(sp + 1).toLowerCase(Locale.ROOT);
    }
}
