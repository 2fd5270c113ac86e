package org.retour.speaker;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.retour.model.Offsets;
import org.retour.person.Tokens;
import org.retour.resource.ResourceLines;

/**
 * Finds the organisation that a definite article and a plain noun beside a verb cue take up: named earlier with that
 * noun as the head of its name ("Kuwait's Ministry of Interior released the video. The ministry said …", « Le
 * ministère de la Justice … . Le ministère, dans un communiqué, indique que … », "« … », précise la préfecture" after
 * la préfecture du Rhône). The noun is the cue's subject right before the verb or past a clause set off by commas,
 * or stands right after a verb that follows its quote. The head of a name is its word before a preposition of
 * {@code organisation-heads.txt} ("ministry" of "Ministry of Interior") or its first or last word, as the language
 * puts it.
 *
 * <p>Looks back at most {@link #REACH} characters and at the organisations there, by a binary search. Stateless and
 * thread-safe.
 */
final class OrganisationHeadNouns {

    /** How far back (in characters) a plain noun looks for the organisation whose name it heads. */
    static final int REACH = 3000;

    /** The most tokens between the noun and the verb when a clause set off by commas stands between them. */
    private static final int CLAUSE_TOKENS = 2 * OrganisationClauses.MAX_WORDS;

    /** Runs of white space between a name's words (compiled once, not per name). */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static final Map<String, Map<String, Set<String>>> WORDS = ResourceLines.wordsByKind(
            ResourceLines.classpath("org/retour/speaker/organisation-heads.txt"), Set.of("article", "of", "head"),
            "organisation-heads.txt");

    private OrganisationHeadNouns() {
    }

    /**
     * The organisation named earlier whose head the plain noun subject of {@code cue} is, right before its verb or
     * past a clause set off by commas ("the ministry said", « le ministère, interrogé par l'AFP, assure »), or null.
     */
    static SpeakerDocument.OrganisationMention subject(SpeakerDocument d, CueMatch cue) {
        if (cue == null || cue.source() || cue.first() < 2 || !WORDS.get("article").containsKey(d.lang)
                || cue.pronoun() != null && !OrganisationVerbSubjects.pronounAfterVerb(cue)) {
            return null;
        }
        int cs = OrganisationVerbStarts.of(d, cue); // « le ministère se félicite »
        int verb = d.tokenAt(cs);
        int noun = verb - 1;
        if (noun < 1 || !Tokens.isWord(d.tokens.get(noun)) || !OrganisationVerbSubjects.blank(d.text, d.tokens.get(noun).span().end(), cs)) {
            noun = -1;
            int stop = Math.max(1, verb - CLAUSE_TOKENS);
            for (int k = verb - 2; k >= stop && noun < 0; k--) {
                if (Tokens.is(d.text, d.tokens.get(k), ",") && k - 1 >= 1
                        && OrganisationClauses.setOff(d, d.tokens.get(k - 1).span().end(), cs)) {
                    noun = k - 1; // "the ministry, in a statement, said"
                }
            }
        }
        return noun < 1 ? null : named(d, noun, noun - 1);
    }

    /**
     * The organisation named earlier whose head the plain noun right after the verb of {@code cue} is, when that verb
     * follows its quote (« « … », précise la préfecture », "“…,” said the ministry"), or null.
     */
    static SpeakerDocument.OrganisationMention inverted(SpeakerDocument d, CueMatch cue) {
        if (cue == null || cue.source() || cue.pronoun() != null || !WORDS.get("article").containsKey(d.lang)) {
            return null;
        }
        int noun = cue.last() + 2;
        if (noun >= d.tokens.size() || !Tokens.adjacent(d.text, d.tokens.get(cue.last()), d.tokens.get(cue.last() + 1))) {
            return null;
        }
        int p = cue.span().start() - 1;
        while (p >= 0 && Character.isWhitespace(d.text.charAt(p))) {
            p--;
        }
        if (p >= 0 && Character.isLetterOrDigit(d.text.charAt(p))) {
            return null; // a subject before the verb: the noun after it is its object
        }
        int next = noun + 1;
        if (next < d.tokens.size() && Tokens.isWord(d.tokens.get(next)) && Tokens.adjacent(d.text, d.tokens.get(noun), d.tokens.get(next))
                && !Character.isLowerCase(d.text.charAt(d.tokens.get(next).span().start()))) {
            return null; // « précise le ministère Untel »: a name goes on
        }
        return named(d, noun, noun - 1);
    }

    /** The organisation before token {@code article} whose head is the lower-case noun at token {@code noun}, or null. */
    private static SpeakerDocument.OrganisationMention named(SpeakerDocument d, int noun, int article) {
        var t = d.tokens.get(noun);
        if (!Tokens.isWord(t) || !Character.isLowerCase(d.text.charAt(t.span().start()))
                || !WORDS.get("article").get(d.lang).contains(d.lower(article).replace('’', '\''))
                && !WORDS.get("article").get(d.lang).contains(d.lower(article))) {
            return null;
        }
        String word = d.lower(noun);
        int start = d.tokens.get(article).span().start();
        for (int i = Offsets.firstAtOrAfter(d.orgs, o -> o.span().start(), start) - 1; i >= 0; i--) {
            SpeakerDocument.OrganisationMention o = d.orgs.get(i);
            if (o.span().end() < start - REACH) {
                return null;
            }
            if (o.span().end() <= start && word.equals(headOf(d, i))) {
                return o;
            }
        }
        return null;
    }

    /** Per thread, the organisation mentions of the document read last and the heads of their names, each read once. */
    private static final ThreadLocal<Heads> HEADS = new ThreadLocal<>();

    /** The heads of the names of one document's organisation mentions, by index, null before they are read. */
    private record Heads(java.util.List<SpeakerDocument.OrganisationMention> orgs, String[] heads) {
    }

    /** The name a head is kept as when a name has none. */
    private static final String NO_HEAD = new String();

    /**
     * The {@link #head} of the name of the document's organisation mention {@code i}, read once per document.
     *
     * <p>Design decision: each cue with a plain noun before its verb reads the names of the organisations named up to
     * {@link #REACH} characters before it, a split of each name in words; a document's mentions are few and fixed, so
     * each name is read for the first cue that reaches it and kept for the document (known by its list of mentions).
     */
    private static String headOf(SpeakerDocument d, int i) {
        Heads h = HEADS.get();
        if (h == null || h.orgs() != d.orgs) {
            h = new Heads(d.orgs, new String[d.orgs.size()]);
            HEADS.set(h);
        }
        String head = h.heads()[i];
        if (head == null) {
            head = head(d.orgs.get(i).span().of(d.text), d.lang);
            head = head == null ? NO_HEAD : head;
            h.heads()[i] = head;
        }
        return head == NO_HEAD ? null : head;
    }

    /** The head noun of an organisation's name, lower-cased, as {@code lang} puts it, or null. */
    static String head(String name, String lang) {
        String[] words = SPACES.split(name.toLowerCase(Locale.ROOT));
        Set<String> of = WORDS.get("of").getOrDefault(lang, Set.of());
        for (int i = 1; i < words.length; i++) {
            if (of.contains(words[i])) {
                return bare(words[i - 1]);
            }
        }
        Set<String> heads = WORDS.get("head").getOrDefault(lang, Set.of());
        if (words.length < 2) {
            return null; // an acronym or a one-word name has no plain noun for a head
        }
        return heads.contains("first") ? bare(words[0]) : heads.contains("last") ? bare(words[words.length - 1]) : null;
    }

    /** A word without the possessive ending or the elided article it may carry ("Kuwait's", « l'Office »). */
    private static String bare(String w) {
        String s = w.endsWith("'s") || w.endsWith("’s") ? w.substring(0, w.length() - 2) : w;
        int apostrophe = Math.max(s.indexOf('\''), s.indexOf('’'));
        return apostrophe > 0 && apostrophe <= 2 ? s.substring(apostrophe + 1) : s;
    }
}
