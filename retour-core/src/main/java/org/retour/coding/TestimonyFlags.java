package org.retour.coding;

import java.util.List;
import org.retour.model.Voice;

/**
 * The kinds of testimony words a segment holds, as bits: whether it speaks of defectors or returnees,
 * of what they say or why they left, in the first person, or as reported speech whose subject is not
 * an official, researcher or journalist.
 */
final class TestimonyFlags {

    static final int DEFECTOR = 1;
    static final int RETURNEE = 2;
    static final int SPEECH = 4;
    static final int MOTIVE = 8;
    static final int TESTIMONY = 16;
    static final int FIRST_PERSON = 32;
    static final int REPORTED = 64;
    static final int REPORTER = 128;
    /** Words of someone giving their own view ("à mon avis", "I think", "meiner Meinung nach"). */
    static final int OPINION = 256;
    /** Words of narration weighing what someone says ("estime-t-il", "is cautious about", "ويرى"). */
    static final int WEIGHING = 512;
    /** Words of someone who saw or was sent ("j'ai vu", "I saw", "they made us"): in a first-person quote, a former fighter's. */
    static final int WITNESS = 1024;
    /** Words of a lawyer who speaks for a client ("avocate", "defence counsel", „Verteidiger“): the client's account, told for them. */
    static final int COUNSEL = 2048;
    /** Words of many telling the same ("they describe", « d'autres racontent », „sie berichten“): beside defectors, their testimony. */
    static final int COLLECTIVE = 4096;
    /** How many words before reported speech its subject may be ("Le ministre de l'Intérieur dit avoir…"). */
    static final int SUBJECT_WINDOW = 6;
    static final String DEFECTOR_LABEL = Voice.DEFECTOR.label();
    static final String RETURNEE_LABEL = Voice.RETURNEE.label();
    static final String JOURNALIST_LABEL = Voice.JOURNALIST.label();

    private TestimonyFlags() {
    }

    /** The bit of a testimony kind of {@code testimony.txt}. */
    static int flag(String kind) {
        return switch (kind) {
            case "defector" -> DEFECTOR;
            case "returnee" -> RETURNEE;
            case "speech" -> SPEECH;
            case "motive" -> MOTIVE;
            case "testimony" -> TESTIMONY;
            case "first-person" -> FIRST_PERSON;
            case "reported" -> REPORTED;
            case "reporter" -> REPORTER;
            case "opinion" -> OPINION;
            case "weighing" -> WEIGHING;
            case "witness" -> WITNESS;
            case "counsel" -> COUNSEL;
            case "collective" -> COLLECTIVE;
            default -> throw new IllegalArgumentException("not a testimony kind: " + kind);
        };
    }

    /**
     * The flags of the testimony words {@code found} in {@code tokens}; reported speech whose subject is a
     * reporter (by a role word or by one of {@code persons}) does not count.
     */
    static int of(CueTokens tokens, CueIndex.Found found, PersonRoles.Marks persons, String lang) {
        int f = 0;
        List<PatternIndex.Match<CueIndex.Label>> matches = found.testimony();
        for (int i = 0; i < matches.size(); i++) {
            PatternIndex.Match<CueIndex.Label> m = matches.get(i);
            int k = m.label().flag();
            if (k == REPORTED && subject(tokens, matches, m, persons, lang) == REPORTER) {
                continue;
            }
            f |= k;
        }
        return f;
    }

    /** The holder a segment with {@code flags} gives its view: returnee when it names returnees, else defector. */
    static String holder(int flags) {
        return (flags & RETURNEE) != 0 ? RETURNEE_LABEL : DEFECTOR_LABEL;
    }

    /**
     * Who the subject of reported speech {@code m} is: {@link #REPORTER} when a person mention within its
     * words (the pronoun of « dit-il », "he says"; not in German), else the nearest person word or person mention before it
     * in its sentence (in Arabic, when there is none, the word right after the verb), is an official's,
     * researcher's or journalist's; {@link #DEFECTOR} when it is a former fighter's;
     * 0 when unknown.
     */
    private static int subject(CueTokens tokens, List<PatternIndex.Match<CueIndex.Label>> matches,
                               PatternIndex.Match<CueIndex.Label> m, PersonRoles.Marks persons, String lang) {
        int k = m.start();
        while (k > 0 && m.start() - k < SUBJECT_WINDOW && tokens.boundaryBefore(k) != CueTokens.SENTENCE) {
            k--;
        }
        int best = -1;
        int who = 0;
        if (k < m.start()) {
            int from = tokens.start(k);
            int to = tokens.start(m.start());
            for (int j = 0; j < matches.size(); j++) {
                PatternIndex.Match<CueIndex.Label> x = matches.get(j);
                int kx = x.label().flag();
                if ((kx & (REPORTER | DEFECTOR | RETURNEE)) != 0 && x.start() >= k && x.end() <= m.start()
                        && tokens.end(x.end() - 1) > best) {
                    best = tokens.end(x.end() - 1);
                    who = kx == REPORTER ? REPORTER : DEFECTOR;
                }
            }
            int p = persons.lastEndIn(from, to);
            if (p >= 0 && persons.end(p) > best) {
                best = persons.end(p);
                who = persons.kind(p);
            }
        }
        int inside = lang.equals("de") ? -1 : persons.lastEndIn(tokens.start(m.start()), tokens.end(m.end() - 1));
        if (inside >= 0) {
            // the subject stands in the words of the speech itself: a pronoun after the verb (« dit-il », "he says");
            // not in German, whose pronoun after the verb is too often someone else's (see subjectAfterVerb)
            return persons.kind(inside);
        }
        if (who == 0 && lang.equals("ar") && m.start() + 1 < tokens.size()
                && tokens.boundaryBefore(m.start() + 1) == CueTokens.NONE) {
            int next = m.start() + 1;
            for (int j = 0; j < matches.size(); j++) {
                PatternIndex.Match<CueIndex.Label> x = matches.get(j);
                if (x.start() == next && x.label().flag() == REPORTER) {
                    return REPORTER;
                }
            }
            int p = persons.lastEndIn(tokens.start(next), tokens.end(next));
            if (p >= 0) {
                who = persons.kind(p);
            }
        }
        if (who == 0 && lang.equals("de")) {
            who = subjectAfterVerb(tokens, matches, m);
        }
        return who;
    }

    /** How many words after a German finite verb its subject may end („habe die zuständige Bundesanwältin …“). */
    static final int INVERTED_WINDOW = 4;

    /**
     * Who the subject of German reported speech is when it follows the verb (verb-second order after an adverb,
     * „Demnach habe die Bundesanwältin …“): {@link #REPORTER} or {@link #DEFECTOR} by the first role word in the
     * next {@link #INVERTED_WINDOW} words of its clause, 0 when there is none. Design decision: person mentions
     * are not read there, as a pronoun right after the verb („habe er …“) is too often linked to someone else.
     */
    private static int subjectAfterVerb(CueTokens tokens, List<PatternIndex.Match<CueIndex.Label>> matches,
                                        PatternIndex.Match<CueIndex.Label> m) {
        int last = m.start() + 1;
        while (last < tokens.size() && last - m.start() <= INVERTED_WINDOW && tokens.boundaryBefore(last) == CueTokens.NONE) {
            last++;
        }
        if (last == m.start() + 1) {
            return 0;
        }
        int first = Integer.MAX_VALUE;
        int who = 0;
        for (int j = 0; j < matches.size(); j++) {
            PatternIndex.Match<CueIndex.Label> x = matches.get(j);
            int kx = x.label().flag();
            if ((kx & (REPORTER | DEFECTOR | RETURNEE)) != 0 && x.start() > m.start() && x.start() < last
                    && tokens.start(x.start()) < first) {
                first = tokens.start(x.start());
                who = kx == REPORTER ? REPORTER : DEFECTOR;
            }
        }
        return who;
    }
}
