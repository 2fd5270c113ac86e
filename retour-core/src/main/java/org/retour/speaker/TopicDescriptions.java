package org.retour.speaker;

import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.retour.model.Voice;
import org.retour.person.Gender;
import org.retour.person.Referents.Referent;

/**
 * Whom a definite description that says nothing of the person's voice stands for, when it speaks: a decade noun
 * (« le trentenaire », « la quinquagénaire ») stands for the person named before it whose age in figures falls in
 * its decade (« Karim Haddad, 34 ans »), else, as a French noun of no voice does (« la retraitée »), for the person
 * who opens its paragraph as subject, when no age of theirs says otherwise (« Sa mère, Nadia Bensaïd, a témoigné …
 * « … », a confié la quinquagénaire »); a noun of sex alone, in any language, stands for that topic when the text
 * gave their role or age (« Sa fille aînée, Inès, 24 ans, … « … », dit la jeune femme », "His sister, Amira, 24, …
 * “…,” the young woman said"). A writer names a person so right after telling of them, not the protagonist named
 * paragraphs before.
 *
 * <p>Stateless and thread-safe.
 */
final class TopicDescriptions {

    /** An age in figures in apposition right after a name: ", 34 ans", " (34 ans)". */
    private static final Pattern AGE = Pattern.compile("\\s*[,(]\\s*(\\d{2})\\s+ans\\b");

    /** Voices of persons named by their office rather than their age. */
    private static final java.util.Set<Voice> OFFICE = java.util.EnumSet.of(Voice.OFFICIAL, Voice.RESEARCHER,
            Voice.JOURNALIST);

    private TopicDescriptions() {
    }

    /**
     * The named person the decade noun or French noun of no voice {@code r} stands for, or null when {@code r} is
     * neither or no person fits; {@code tie} gives the named person an unnamed description stands for ("Sa mère"
     * in "Sa mère, Nadia").
     */
    static Referent named(SpeakerDocument d, SubjectRules rules, Referent r, UnaryOperator<Referent> tie) {
        if (r.description() == null || !r.description().definite()) {
            return null;
        }
        RoleAges ages = d.descriptionMemo.ages(r.description().role(), d.lang);
        int decade = ages.decade();
        boolean plain = ages.plain();
        boolean bare = decade == 0 && d.voiceOf(r.description().role()) == Voice.UNKNOWN
                && ("fr".equals(d.lang) && !plain || plain && !ages.aged() && !ages.figure()); // « la retraitée », « la jeune femme »
        if (decade == 0 && !bare) {
            return null;
        }
        Gender gender = articleGender(r);
        int start = r.span().start();
        for (Referent p : d.referents.namedBefore(start, gender, CueSpeakerResolver.NAMED_REACH)) {
            if (!bare && fits(age(d, p), decade, false)) {
                return new Referent(r.span(), p.person(), r.description(), p.gender().or(gender));
            }
        }
        Referent topic = rules.paragraphTopic(d, QuoteOpenedParagraphs.topicOffset(d, start), gender); // « « … », raconte le jeune homme »
        topic = topic == null || rules.governed(d, topic) ? null : tie.apply(topic); // not "Interrogée par son avocate, X"
        if (topic != null && topic.person() != null && !rules.governed(d, topic) && topic.gender().compatible(gender)
                && !OFFICE.contains(d.voiceOf(topic.person().role())) && (bare || fits(age(d, topic), decade, true))
                && (!(bare && plain) || introduced(d, topic) && !subjectSince(d, rules, topic, start, gender))) {
            return new Referent(r.span(), topic.person(), r.description(), topic.gender().or(gender));
        }
        return null;
    }

    /**
     * Whether the text says who or how old a named person is: a role (« sa belle-fille, Samira ») or an age in
     * figures (« Samira, 30 ans »). A description of sex alone takes up only such a person as its paragraph's topic,
     * not a capitalised run that opens a paragraph with nothing said of it (a town: « Ben Arous, à vingt kilomètres »).
     */
    private static boolean introduced(SpeakerDocument d, Referent p) {
        return p.person().role() != null || age(d, p) > 0;
    }

    /**
     * Whether another person than the topic is named, ungoverned and of the gender, between the topic and the
     * description at {@code start} (« Son frère aîné, Mourad, tient l'épicerie. Aymen lui doit son retour. « … »,
     * raconte le jeune homme »: Aymen, named as a subject since, not the topic).
     */
    private static boolean subjectSince(SpeakerDocument d, SubjectRules rules, Referent topic, int start, Gender gender) {
        for (Referent p : d.referents.namedBefore(start, gender, start - topic.span().end())) {
            int before = d.tokenAt(p.span().start()) - 1;
            if (p.person() != topic.person() && p.span().start() > topic.span().start() && !rules.governed(d, p)
                    && (before < 0 || !rules.opensPhrase(d, before)) // « Parti quelques mois après Nassim, il … »
                    && !d.quoted(p.span()) && NamedProtagonists.nameAt(p)) { // not a name the words hold (« « Nassim, ils
                // l'ont mis … », raconte le jeune homme »), nor a pronoun taken for someone else
                return true;
            }
        }
        return false;
    }

    /** Whether an age in figures (0 when none is given, which fits when {@code unknownFits}) falls in a decade. */
    private static boolean fits(int age, int decade, boolean unknownFits) {
        return age == 0 ? unknownFits : age >= decade && age < decade + 10;
    }

    /** The gender a description's article gives a noun of either gender (« la quinquagénaire »), else its own. */
    static Gender articleGender(Referent r) {
        if (!r.gender().equals(Gender.UNKNOWN)) {
            return r.gender();
        }
        String lower = r.description().text().toLowerCase(Locale.ROOT);
        int space = 0;
        while (space < lower.length() && !AgedReferents.space(lower.charAt(space))) {
            space++;
        }
        String first = lower.substring(0, space); // the text up to its first white space, as a split on \s+ gives it
        return switch (first) {
            case "la", "cette" -> Gender.FEMALE;
            case "le", "ce", "cet" -> Gender.MALE;
            default -> r.gender();
        };
    }

    /** The age in figures given in apposition to any mention of the person {@code p} names, or 0; read once per person. */
    private static int age(SpeakerDocument d, Referent p) {
        Integer kept = d.descriptionMemo.appositionAge(p.person());
        if (kept == null) {
            kept = read(d, p);
            d.descriptionMemo.appositionAge(p.person(), kept);
        }
        return kept;
    }

    /** {@link #age} read afresh. */
    private static int read(SpeakerDocument d, Referent p) {
        for (Referent m : d.referents.all()) {
            if (m.person() == p.person() && m.description() == null
                    && AgedReferents.apposedMark(d.text, m.span().end(), Math.min(d.text.length(), m.span().end() + 12))) {
                Matcher a = AGE.matcher(d.text).region(m.span().end(), Math.min(d.text.length(), m.span().end() + 12));
                if (a.lookingAt()) {
                    return Integer.parseInt(a.group(1));
                }
            }
        }
        return 0;
    }

    /**
     * The named person whose role has the noun of the unnamed topic {@code t}, the latest named within
     * {@link CueSpeakerResolver#NAMED_REACH} before the description {@code r}, as {@code r} ("La mère, de son
     * côté, … Josiane Marchal la relit. « … », ironise la retraitée": the mother named before); else {@code t}
     * itself.
     */
    static Referent holderOf(SpeakerDocument d, Referent t, Referent r) {
        if (t.person() != null || t.description() == null || t.description().role() == null) {
            return t;
        }
        for (Referent p : d.referents.namedBefore(r.span().start(), t.gender(), CueSpeakerResolver.NAMED_REACH)) {
            if (p.person().role() != null && Inflection.shareNoun(p.person().role(), t.description().role(), d.lang)) {
                return new Referent(r.span(), p.person(), r.description(), p.gender().or(r.gender()));
            }
        }
        return t;
    }
}
