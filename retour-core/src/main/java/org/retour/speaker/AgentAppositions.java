package org.retour.speaker;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;
import org.retour.resource.ResourceLines;

/**
 * The name in apposition after a description and a participle with its agent, read from {@code
 * org/retour/speaker/apposition-agents.txt}: « L'experte désignée par le tribunal, le docteur Anne Roy » and "the
 * psychiatrist appointed by the court, Dr Anne Roy" are Anne Roy, not the court nor a judge named in the agent's
 * phrase.
 *
 * <p>Immutable and thread-safe.
 */
final class AgentAppositions {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/apposition-agents.txt";

    private static final Map<String, Set<String>> AGENTS = ResourceLines.byLanguage(
            ResourceLines.classpath(RESOURCE), true);

    /** A participle, an agent's preposition, its phrase up to a comma: group 1 is the preposition. */
    private static final Pattern AGENT = Pattern.compile(
            "\\s+\\p{Ll}[\\p{L}-]*\\s+(\\p{Ll}+)\\s+[^,.;:!?«»\"“”\\n]{1,40},\\s+");

    /** What may stand between the agent's phrase and the name: a title in lower case after its article, capitalised titles. */
    private static final Pattern TITLES = Pattern.compile(
            "(?:(?:le|la|the)\\s+\\p{Ll}[\\p{L}-]*\\s+|l['’]\\p{Ll}[\\p{L}-]*\\s+)?(?:\\p{Lu}[\\p{L}.-]*\\.?\\s+){0,2}");

    /** What {@link #agentWord} gives when a character outside the basic plane leaves the pattern to decide. */
    private static final String UNSURE = new String("?");

    private AgentAppositions() {
    }

    /**
     * The word that group 1 of {@link #AGENT} would be, read in {@code text[from, to)} without matching: a participle
     * after white space, white space and the run of lower-case letters after it, followed by white space; null when
     * the text does not so start, {@link #UNSURE} when a surrogate stands there.
     *
     * <p>Design decision: the pattern is tried for every description a speaker's reading looks at, and mostly fails
     * on its first words; its participle and preposition are each one run that no backtracking changes, so they are
     * read here first, and the pattern only runs when the preposition is an agent's.
     */
    private static String agentWord(String text, int from, int to) {
        int i = from;
        if (i >= to || !space(text.charAt(i))) {
            return null;
        }
        while (i < to && space(text.charAt(i))) {
            i++;
        }
        if (i >= to) {
            return null;
        }
        char c = text.charAt(i);
        if (Character.isSurrogate(c)) {
            return UNSURE;
        }
        if (Character.getType(c) != Character.LOWERCASE_LETTER) {
            return null;
        }
        for (i++; i < to; i++) {
            c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                return UNSURE;
            }
            if (!Character.isLetter(c) && c != '-') {
                break;
            }
        }
        if (i >= to || !space(text.charAt(i))) {
            return null;
        }
        while (i < to && space(text.charAt(i))) {
            i++;
        }
        int start = i;
        for (; i < to; i++) {
            c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                return UNSURE;
            }
            if (Character.getType(c) != Character.LOWERCASE_LETTER) {
                break;
            }
        }
        return i == start || i >= to || !space(text.charAt(i)) ? null : text.substring(start, i);
    }

    /** Whether {@code c} is white space as {@code \s} reads it in a pattern without Unicode classes. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * The person named in apposition after the description {@code r} past a participle and its agent, each
     * within {@link DefiniteReferents#APPOSED_REACH} characters, as {@code r}; else null.
     */
    static Referent named(SpeakerDocument d, Referent r) {
        Set<String> agents = AGENTS.get(d.lang);
        if (agents == null) {
            return null;
        }
        int end = r.span().end();
        int to = Math.min(d.text.length(), end + DefiniteReferents.APPOSED_REACH);
        String agent = agentWord(d.text, end, to);
        if (agent != UNSURE && (agent == null || !agents.contains(agent))) {
            return null; // most descriptions: no participle and agent's preposition after them
        }
        Matcher m = AGENT.matcher(d.text).region(end, to);
        if (!m.lookingAt() || !agents.contains(m.group(1))) {
            return null;
        }
        for (Referent n : d.referents.within(m.end(), Math.min(d.text.length(), m.end() + DefiniteReferents.APPOSED_REACH))) {
            if (n.person() != null && n.description() != null) {
                continue; // "le docteur" before the name it titles
            }
            if (n.person() == null || !TITLES.matcher(d.text.substring(m.end(), n.span().start())).matches()
                    || Tokens.opensClauseAfterName(d.text, n.span().end())) {
                return null;
            }
            return new Referent(r.span(), n.person(), r.description(), n.gender().or(r.gender()));
        }
        return null;
    }
}
