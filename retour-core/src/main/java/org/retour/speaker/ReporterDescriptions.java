package org.retour.speaker;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.retour.model.Voice;
import org.retour.person.Referents.Referent;
import org.retour.resource.ResourceLines;

/**
 * Descriptions the reporter's own possessive opens, read from {@code org/retour/speaker/reporter-words.txt}:
 * « lance notre interlocuteur », "said our host", „sagt unser Gesprächspartner“ name the person the text has
 * just brought in, named or not, whatever the noun says of them.
 *
 * <p>Immutable and thread-safe.
 */
final class ReporterDescriptions {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/reporter-words.txt";

    private static final ReporterDescriptions BUNDLED = new ReporterDescriptions(ResourceLines.classpath(RESOURCE));

    /** Voices of office holders, whom the reporter names by their office rather than as the person met. */
    private static final Set<Voice> OFFICE = EnumSet.of(Voice.OFFICIAL, Voice.RESEARCHER, Voice.JOURNALIST);

    /** The most preposition's complements passed over looking back for the person met. */
    private static final int COMPLEMENTS = 4;

    private final Map<String, Set<String>> possessives;
    private final Map<String, Set<String>> nouns;
    private final Map<String, Set<String>> authors;

    ReporterDescriptions(List<String> lines) {
        Map<String, Map<String, Set<String>>> kinds = ResourceLines.wordsByKind(lines, Set.of("possessive", "noun", "author"),
                "reporter-words");
        this.possessives = kinds.get("possessive");
        this.nouns = kinds.get("noun");
        this.authors = kinds.get("author");
    }

    /** The bundled words. */
    static ReporterDescriptions bundled() {
        return BUNDLED;
    }

    /** Whether a description opens with a reporter's possessive and a noun for the person met, of {@code lang}. */
    boolean opens(String description, String lang) {
        Set<String> p = possessives.get(lang);
        Set<String> n = nouns.get(lang);
        if (description == null || p == null || n == null) {
            return false;
        }
        // the first two words split at white space ({@code \s}), read without splitting the whole description
        String s = description.strip();
        int first = wordEnd(s, 0);
        if (first == s.length()) {
            return false;
        }
        int second = first;
        while (space(s.charAt(second))) {
            second++; // stripped, so a word follows
        }
        return p.contains(s.substring(0, first).toLowerCase(Locale.ROOT))
                && n.contains(s.substring(second, wordEnd(s, second)).toLowerCase(Locale.ROOT));
    }

    /** Whether a description opens with a reporter's first-person possessive of {@code lang} (« notre », "our", „unser“). */
    boolean ownedByReporter(String description, String lang) {
        Set<String> p = possessives.get(lang);
        if (description == null || p == null) {
            return false;
        }
        String s = description.strip();
        return p.contains(s.substring(0, wordEnd(s, 0)).toLowerCase(Locale.ROOT));
    }

    /** The offset of the first white space ({@code \s}) at or after {@code from} in {@code s}, or its length. */
    private static int wordEnd(String s, int from) {
        int i = from;
        while (i < s.length() && !space(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whether {@code c} is white space as {@code \s} of a pattern reads it. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * The person a reporter's description {@code r} stands for, when it is one; else null. A possessive
     * description of the person met stands for the person of the most recent mention before it of a compatible
     * gender when that mention is a name and no office holder's (« Abdelkader, la quarantaine, … » … « lance notre
     * interlocuteur »), else for itself, the unnamed person just brought in (« un ancien du groupe a accepté de nous
     * parler … confie notre interlocuteur »). A definite author's noun alone (« l'auteur », "the author") stands for
     * the most recent person named before it who holds no office (« Karim Fellah a choisi d'écrire … L'auteur ne
     * commente pas »). A definite description as the most recent mention stands for whom {@code readingOf} reads it as.
     */
    Referent named(SpeakerDocument d, SubjectRules rules, Referent r, java.util.function.UnaryOperator<Referent> readingOf) {
        if (opens(r.description().text(), d.lang)) {
            Referent last = metBefore(d, rules, r);
            if (last != null && last.person() == null && last.description() != null && last.description().definite()
                    && !NamedProtagonists.introducedBefore(d, r, false)) { // « Une source … soutient notre interlocuteur »
                last = readingOf.apply(last); // « raconte le jeune homme » … « affirme notre interlocuteur »: whom it stood for
            }
            return last == null || last.person() == null || OFFICE.contains(d.voiceOf(last.person().role())) ? r
                    : new Referent(r.span(), last.person(), r.description(), last.gender().or(r.gender()));
        }
        if (!author(r, d.lang)) {
            return null;
        }
        for (Referent p : d.referents.namedBefore(r.span().start(), r.gender(), CueSpeakerResolver.NAMED_REACH)) {
            if (d.voiceOf(p.person().role()) != Voice.OFFICIAL) { // the author's noun tells nothing of who they are
                return new Referent(r.span(), p.person(), null, p.gender().or(r.gender()));
            }
        }
        return null;
    }

    /**
     * The most recent mention before the reporter's description {@code r} of a compatible gender that is no
     * preposition's complement: the person met is not where or with whom they were met (« Rencontré chez un proche, en
     * présence de son frère aîné, il accepte … » … « raconte notre interlocuteur »: Abdelghani, named before), nor
     * anyone a quote speaks of.
     *
     * <p>Design decision: at most {@link #COMPLEMENTS} complements are passed over, each within the reach of
     * {@link org.retour.person.Referents#mostRecent}, so the look back stays bounded.
     */
    private static Referent metBefore(SpeakerDocument d, SubjectRules rules, Referent r) {
        return d.referents.backWhile(d.referents.mostRecent(r.span().start(), r.gender()), r.gender(), COMPLEMENTS,
                x -> rules.governed(d, x) || d.quoted(x.span())); // not « Le responsable » of the quote before
    }

    /** Whether {@code r} is a definite description of two words at most whose noun is an author's. */
    private boolean author(Referent r, String lang) {
        Set<String> nouns = authors.get(lang);
        if (nouns == null || !r.description().definite()) {
            return false;
        }
        String words = r.description().text().strip().toLowerCase(Locale.ROOT);
        return SplitWords.count(words, SplitWords.ELISIONS) <= 2 && nouns.contains(SplitWords.last(words, SplitWords.ELISIONS));
    }
}
