package org.retour.speaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.retour.model.Attribution;
import org.retour.model.Entity;
import org.retour.model.Quote;
import org.retour.model.Speaker;
import org.retour.model.Voice;
import org.retour.person.Gender;
import org.retour.person.Referents.Referent;
import org.retour.resource.ResourceLines;

/**
 * The speaker of words that address a kin (« Maman, je rentre », "Mum, I'm coming home", „Mama, ich komme heim“,
 * « C'est beau ici, papa, ne t'inquiète pas »): never that kin, but the person of the inverse relation, a parent's
 * son or daughter. The kin noun heads the words before a comma or stands set off by commas, from the words of
 * {@code vocatives.txt}. The speaker is the one person the family graph makes such a child (« son fils Yanis »,
 * "her son Kieran"), else, when the words were given to nobody or to the addressed kin, the last description of that
 * relation before them (« son fils », "her son").
 *
 * <p>Reads each quote's first words and its commas only. Immutable and thread-safe.
 */
final class KinVocatives {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/vocatives.txt";

    private static final Map<String, Map<String, FamilyGraph.Relation>> WORDS = ResourceLines.kindsByLanguage(
            ResourceLines.classpath(RESOURCE), FamilyGraph.Relation.class, "vocatives", false);

    /** The marks that open words nested in a quote. */
    private static final String QUOTE_MARKS = "«“„‘‚‹\"";

    private KinVocatives() {
    }

    /** The quotes, each one that addresses a kin given to the person of the inverse relation when the text names one. */
    static List<Quote> assign(SpeakerDocument d, SubjectRules rules, List<Quote> quotes) {
        Map<String, FamilyGraph.Relation> words = WORDS.get(d.lang);
        if (words == null) {
            return quotes;
        }
        List<Quote> out = null;
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            FamilyGraph.Relation addressed = addressed(q.text(), words);
            if (addressed == null) {
                continue;
            }
            Speaker now = q.attribution().speaker();
            Referent speaker = speaker(d, rules, addressed.inverse(), addressed, now, QuoteOffsets.openMark(d.text, q.span()));
            if (speaker == null) {
                continue;
            }
            Speaker s = d.speaker(speaker);
            if (s.entity() == null && s.voice() == Voice.RELATIVE) {
                s = new Speaker(null, null, s.description(), s.role(), Voice.UNKNOWN); // « son fils » speaks as himself
            }
            if (now != null && SpeakerDocument.sameSpeaker(now, s)) {
                continue;
            }
            out = out != null ? out : new ArrayList<>(quotes);
            out.set(i, q.withAttribution(new Attribution.Contextual(s)));
        }
        return out != null ? out : quotes;
    }

    /** The relation of the kin the words {@code text} of language {@code lang} address ({@link #addressed}), or null. */
    static FamilyGraph.Relation addressedIn(String lang, String text) {
        Map<String, FamilyGraph.Relation> words = WORDS.get(lang);
        return words == null ? null : addressed(text, words);
    }

    /**
     * The relation of the kin the words address: a kin noun that heads them before a comma or an exclamation mark, or
     * stands between a comma and a comma or a sentence's end; else null.
     */
    static FamilyGraph.Relation addressed(String text, Map<String, FamilyGraph.Relation> words) {
        if (text.indexOf(',') < 0 && text.indexOf('!') < 0) {
            return null; // a kin noun addressed stands before a comma or an exclamation mark, or after a comma
        }
        int n = text.length();
        int i = 0;
        boolean head = true;
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                if (!head && QUOTE_MARKS.indexOf(text.charAt(i)) >= 0) {
                    return null; // words nested in the words: someone else's
                }
                i++;
            }
            int start = i;
            while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) {
                i++;
            }
            if (start == i) {
                return null;
            }
            int after = skipBlanks(text, i);
            char next = after < n ? text.charAt(after) : '.';
            boolean set = head ? next == ',' || next == '!' : (next == ',' || next == '.' || next == '!' || next == '?')
                    && afterComma(text, start);
            if (set) {
                FamilyGraph.Relation r = words.get(text.substring(start, i).toLowerCase(Locale.ROOT));
                if (r != null) {
                    return r;
                }
            }
            head = false;
        }
        return null;
    }

    private static int skipBlanks(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whether a comma stands right before the word at {@code start}, past blanks. */
    private static boolean afterComma(String text, int start) {
        int k = start - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k >= 0 && text.charAt(k) == ',';
    }

    /**
     * The speaker of words addressed to the {@code addressed} kin. Words given to a person are that person's child's
     * when the family graph gives them exactly one (« Fatima Ouali … son fils Anis »), else, when the graph knows the
     * person only as no one's such child (a sister, an aunt), the one person of {@code relation}. Words given to nobody, to a
     * description of the addressed kin or of the child, or to a person whose role is the addressed kin, are the one
     * person of {@code relation} in the graph; else, unless they were the child description's already, the last
     * description of {@code relation} before {@code open} (the first after it when none stands before). A person the
     * text presents as a relative (« la mère de l'accusée ») is never taken for the child. Else null.
     */
    private static Referent speaker(SpeakerDocument d, SubjectRules rules, FamilyGraph.Relation relation,
                                    FamilyGraph.Relation addressed, Speaker now, int open) {
        FamilyGraph g = d.family(rules);
        Entity person = now == null || now.entity() == null ? null : d.person(now.entity());
        if (person != null && FamilyGraph.relation(d.lang, now.role()) != addressed) {
            Entity child = childOf(g, person, addressed);
            if (child == null && g.known(person) && !g.plays(person, relation)) {
                child = g.sole(relation, Gender.UNKNOWN); // the mother's sister who tells them: the one child's
            }
            return nearest(d, child, open);
        }
        if (now != null && now.entity() == null && FamilyGraph.relation(d.lang, now.role()) != addressed
                && FamilyGraph.relation(d.lang, now.role()) != relation) {
            return null;
        }
        Referent child = nearest(d, g.sole(relation, Gender.UNKNOWN), open);
        if (child != null || now != null && FamilyGraph.relation(d.lang, now.role()) != addressed) {
            return child;
        }
        Referent found = null;
        for (Referent r : d.referents.all()) {
            if (r.person() == null && r.description() != null && FamilyGraph.relation(d.lang, r.description().role()) == relation
                    && (found == null || r.span().start() < open)) {
                found = r;
            }
        }
        return found;
    }

    /** The one person the graph makes {@code person}'s child (the inverse of {@code addressed}), or null. */
    private static Entity childOf(FamilyGraph g, Entity person, FamilyGraph.Relation addressed) {
        Entity found = null;
        for (Entity child : g.kin(person, addressed.inverse())) {
            if (child != person && child != found) {
                if (found != null) {
                    return null;
                }
                found = child;
            }
        }
        return found;
    }

    /**
     * The mention of {@code person} last before {@code open} (the first after it when none stands before), or null when
     * there is none or the text presents the person as a relative.
     */
    private static Referent nearest(SpeakerDocument d, Entity person, int open) {
        if (person == null) {
            return null;
        }
        Referent nearest = null;
        for (Referent r : d.referents.all()) {
            if (r.person() == person && (nearest == null || r.span().start() < open)) {
                nearest = r;
            }
        }
        return nearest != null && d.speaker(nearest).voice() != Voice.RELATIVE ? nearest : null;
    }
}
