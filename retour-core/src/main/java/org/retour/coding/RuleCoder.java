package org.retour.coding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Codes segments by the cues of the codebook, per language, leaving out cues under negation ("ce n'est
 * pas la vie dure qui…"), in a hypothesis ("if we were losing…") or denied afterwards ("das war nicht
 * der Grund"), beside another side's name ("le régime d'Assad massacrait"), cue words inside an idiom ("pendue au téléphone"), family words alone in testimony someone else reports (a mother's "my son" names the fighter), and
 * cues a code's {@link DroppedBeside} rule drops beside another code's (brutality that only tells how those who
 * flee are punished).
 *
 * <p>Immutable and thread-safe.
 */
public final class RuleCoder extends SegmentCoder {

    /** How the rules' name as a coder begins ({@code rules@retour-default-36}). */
    static final String PREFIX = "rules@";

    /** How many words before a cue a negation reaches. */
    static final int NEGATION_WINDOW = 5;
    /** How many words before a cue a hypothesis reaches. */
    static final int HYPOTHESIS_WINDOW = 8;
    /** How many words after a conditional word a cue in the clause that follows it may start. */
    static final int CONSEQUENT_WINDOW = 16;
    /** How many words before or after a cue another side's name reaches. */
    static final int OTHER_SIDE_WINDOW = 5;
    /** How many words after a cue a denial reaches. */
    static final int DENIAL_WINDOW = 14;

    /** What the cues found for one code in one segment. */
    record Hit(String code, String evidence, int matches) {
    }

    private final Codebook codebook;
    private final String name;

    /** A rule coder for {@code codebook}, with every voice's views or only defectors' and returnees'. */
    public RuleCoder(Codebook codebook, CodingLexicon lexicon, boolean allVoices) {
        super(new TestimonySegmenter(new CueIndex(Objects.requireNonNull(codebook), lexicon), allVoices));
        this.codebook = codebook;
        this.name = PREFIX + codebook.id() + "-" + codebook.version();
    }

    /** A rule coder with the standard lexicon, coding only defectors' and returnees' views. */
    public static RuleCoder of(Codebook codebook) {
        return new RuleCoder(codebook, CodingLexicon.standard(), false);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Codebook codebook() {
        return codebook;
    }

    @Override
    List<Judgement> judge(CueTokens tokens, CueIndex.Found found, String text, String language, boolean direct) {
        List<Hit> hits = hitList(tokens, found, text, direct);
        List<Judgement> out = new ArrayList<>(hits.size());
        for (int k = 0; k < hits.size(); k++) {
            Hit h = hits.get(k);
            out.add(new Judgement(h.code(), confidence(h, direct), name, h.evidence()));
        }
        return out;
    }

    /** The confidence of a rule hit before any model is combined with it. */
    static double confidence(Hit h, boolean direct) {
        double base = direct ? 0.88 : 0.8;
        return Math.min(0.97, base + 0.03 * (h.matches() - 1));
    }

    /** The codes whose cues hold in {@code tokens}, by code in codebook order of first match. */
    Map<String, Hit> hits(CueTokens tokens, String text, String language) {
        return hits(tokens, segmenter().index().find(tokens, language), text, true);
    }

    /**
     * The codes whose cues {@code found} in {@code tokens} hold, by code in order of first match; {@code direct}
     * when the segment is the holder's own words rather than testimony someone else reports.
     */
    static Map<String, Hit> hits(CueTokens tokens, CueIndex.Found found, String text, boolean direct) {
        List<Hit> held = hitList(tokens, found, text, direct);
        if (held.isEmpty()) {
            return Map.of();
        }
        Map<String, Hit> out = new LinkedHashMap<>();
        for (Hit h : held) {
            out.put(h.code(), h);
        }
        return out;
    }

    /**
     * The hits of {@link #hits(CueTokens, CueIndex.Found, String, boolean)}, one per code, in order of first match.
     * Design decision: a list, as the coders read the few hits of a segment in order and a map cost a table and
     * entries for each segment with a cue.
     */
    static List<Hit> hitList(CueTokens tokens, CueIndex.Found found, String text, boolean direct) {
        List<PatternIndex.Match<CueIndex.Label>> matches = found.codes();
        if (matches.isEmpty()) {
            return List.of();
        }
        List<PatternIndex.Match<CueIndex.Label>> scopes = found.scopes();
        List<Hit> held = null;
        for (int i = 0; i < matches.size(); i++) {
            PatternIndex.Match<CueIndex.Label> m = matches.get(i);
            if (outOfScope(m, scopes, tokens, direct) || droppedBeside(m, matches, scopes, tokens) || droppedIn(m, scopes, tokens)) {
                continue;
            }
            String code = m.label().name();
            if (held == null) {
                held = new ArrayList<>(4);
            }
            int k = indexOf(held, code);
            if (k < 0) {
                String ev = text.substring(tokens.start(m.start()), tokens.end(m.end() - 1));
                held.add(new Hit(code, ev, 1));
            } else {
                held.set(k, new Hit(code, held.get(k).evidence(), held.get(k).matches() + 1));
            }
        }
        return held == null ? List.of() : held;
    }

    /** The position in {@code hits} of the hit of {@code code}, or -1. */
    private static int indexOf(List<Hit> hits, String code) {
        for (int k = 0; k < hits.size(); k++) {
            if (hits.get(k).code().equals(code)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether {@code cue} is dropped by its code's {@link DroppedBeside} rule: a cue of the rule's code, of at least
     * its number of words, stands in the same sentence ("ils exécutaient ceux qui tentaient de fuir"), or within the
     * rule's number of sentences of it, and none of the rule's {@code unless} words stands as near.
     */
    private static boolean droppedBeside(PatternIndex.Match<CueIndex.Label> cue, List<PatternIndex.Match<CueIndex.Label>> matches,
                                         List<PatternIndex.Match<CueIndex.Label>> scopes, CueTokens tokens) {
        DroppedBeside rule = cue.label().rule();
        if (rule == null) {
            return false;
        }
        boolean beside = false;
        for (int j = 0; j < matches.size(); j++) {
            PatternIndex.Match<CueIndex.Label> m = matches.get(j);
            if (m.label().name().equals(rule.code()) && m.end() - m.start() >= rule.minWords()
                    && near(m, cue, tokens, rule.sentences())) {
                beside = true;
                break;
            }
        }
        if (!beside) {
            return false;
        }
        for (int j = 0; j < scopes.size(); j++) {
            PatternIndex.Match<CueIndex.Label> s = scopes.get(j);
            if (s.label().rule() == rule && near(s, cue, tokens, rule.sentences())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code cue} stands in a sentence that holds one of its code's {@code dropped-in} words (« Dans le camp
     * d'al-Hol, il n'y a pas de médecins »: hardship in a camp after the group, not life under it).
     */
    private static boolean droppedIn(PatternIndex.Match<CueIndex.Label> cue, List<PatternIndex.Match<CueIndex.Label>> scopes,
                                     CueTokens tokens) {
        for (int j = 0; j < scopes.size(); j++) {
            PatternIndex.Match<CueIndex.Label> s = scopes.get(j);
            if (s.label().name().equals(CueIndex.DROPPED_IN) && s.label().codes().contains(cue.label().name())
                    && sameSentence(s, cue, tokens)) {
                return true;
            }
        }
        return false;
    }

    /** Whether at most {@code most} sentence boundaries lie between matches {@code a} and {@code b}. */
    private static boolean near(PatternIndex.Match<CueIndex.Label> a, PatternIndex.Match<CueIndex.Label> b, CueTokens tokens,
                                int most) {
        int from = Math.min(a.start(), b.start()) + 1;
        int to = Math.max(a.start(), b.start());
        int apart = 0;
        for (int i = from; i <= to && i < tokens.size(); i++) {
            if (tokens.boundaryBefore(i) == CueTokens.SENTENCE && ++apart > most) {
                return false;
            }
        }
        return true;
    }

    /** Whether no sentence boundary lies between matches {@code a} and {@code b}. */
    private static boolean sameSentence(PatternIndex.Match<CueIndex.Label> a, PatternIndex.Match<CueIndex.Label> b, CueTokens tokens) {
        return near(a, b, tokens, 0);
    }

    private static boolean outOfScope(PatternIndex.Match<CueIndex.Label> cue, List<PatternIndex.Match<CueIndex.Label>> scopes,
                                      CueTokens tokens, boolean direct) {
        for (int j = 0; j < scopes.size(); j++) {
            PatternIndex.Match<CueIndex.Label> s = scopes.get(j);
            switch (s.label().name()) {
                case CodingLexicon.OTHER_SIDE -> {
                    if (s.label().codes().contains(cue.label().name()) && (before(s, cue, tokens, OTHER_SIDE_WINDOW)
                            || following(s, cue, tokens, OTHER_SIDE_WINDOW))) {
                        return true;
                    }
                }
                case "negation" -> {
                    if (before(s, cue, tokens, NEGATION_WINDOW) && !reversed(s, cue, scopes)) {
                        return true;
                    }
                }
                case "hypothetical" -> {
                    if (before(s, cue, tokens, HYPOTHESIS_WINDOW) || consequent(s, cue, tokens, scopes)) {
                        return true;
                    }
                }
                case "hypothetical-initial" -> {
                    if (tokens.boundaryBefore(s.start()) != CueTokens.NONE && (before(s, cue, tokens, HYPOTHESIS_WINDOW)
                            || consequent(s, cue, tokens, scopes))) {
                        return true;
                    }
                }
                case "denial" -> {
                    if (after(s, cue, tokens)) {
                        return true;
                    }
                }
                case "address" -> {
                    if (addressed(s, cue, tokens)) {
                        return true;
                    }
                }
                case "idiom" -> {
                    if (idiomatic(s, cue)) {
                        return true;
                    }
                }
                case "kin" -> {
                    if (!direct && s.start() <= cue.start() && cue.end() <= s.end()) {
                        return true;
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** Whether scope word {@code s} ends before the cue, close enough and in the same clause. */
    private static boolean before(PatternIndex.Match<CueIndex.Label> s, PatternIndex.Match<CueIndex.Label> cue, CueTokens tokens, int window) {
        if (s.end() > cue.start() || cue.start() - s.end() >= window) {
            return false;
        }
        for (int i = s.end(); i <= cue.start(); i++) {
            if (i < tokens.size() && tokens.boundaryBefore(i) != CueTokens.NONE) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the cue lies in the clause that follows a conditional clause opening its sentence or clause, and that
     * clause holds a {@code consequent} word, a mood of what would or should be ("If your son is still out there,
     * tell him to come home", "If I had to bet, I'd say…"); a plain consequent tells what happened each time ("If you
     * asked questions, they called you a spy").
     */
    private static boolean consequent(PatternIndex.Match<CueIndex.Label> s, PatternIndex.Match<CueIndex.Label> cue, CueTokens tokens,
                                      List<PatternIndex.Match<CueIndex.Label>> scopes) {
        if (s.end() > cue.start() || cue.start() - s.end() >= CONSEQUENT_WINDOW || !opensClause(s.start(), tokens)) {
            return false;
        }
        int clause = -1;
        for (int i = s.end(); i <= cue.start() && i < tokens.size(); i++) {
            byte b = tokens.boundaryBefore(i);
            if (b == CueTokens.SENTENCE || (b == CueTokens.CLAUSE && clause >= 0)) {
                return false;
            }
            clause = b == CueTokens.CLAUSE ? i : clause;
        }
        if (clause < 0) {
            return false;
        }
        for (int j = 0; j < scopes.size(); j++) {
            PatternIndex.Match<CueIndex.Label> m = scopes.get(j);
            if (m.label().name().equals("consequent") && m.start() >= clause && sameClause(m.start(), cue.start(), tokens)) {
                return true;
            }
        }
        return false;
    }

    /** Whether no boundary lies between words {@code a} and {@code b}. */
    private static boolean sameClause(int a, int b, CueTokens tokens) {
        for (int i = Math.min(a, b) + 1; i <= Math.max(a, b) && i < tokens.size(); i++) {
            if (tokens.boundaryBefore(i) != CueTokens.NONE) {
                return false;
            }
        }
        return true;
    }

    /** Whether word {@code k} opens its clause, or follows its start by one word ("Even if", "And if"). */
    private static boolean opensClause(int k, CueTokens tokens) {
        return tokens.boundaryBefore(k) != CueTokens.NONE || k == 1 || (k > 1 && tokens.boundaryBefore(k - 1) != CueTokens.NONE);
    }

    /** Whether scope word {@code s} starts after the cue, close enough and in the same clause. */
    private static boolean following(PatternIndex.Match<CueIndex.Label> s, PatternIndex.Match<CueIndex.Label> cue, CueTokens tokens,
                                     int window) {
        if (s.start() < cue.end() || s.start() - cue.end() >= window) {
            return false;
        }
        for (int i = cue.end(); i <= s.start(); i++) {
            if (i < tokens.size() && tokens.boundaryBefore(i) != CueTokens.NONE) {
                return false;
            }
        }
        return true;
    }

    /** Whether a denial follows the cue in the same sentence or the next. */
    private static boolean after(PatternIndex.Match<CueIndex.Label> s, PatternIndex.Match<CueIndex.Label> cue, CueTokens tokens) {
        if (s.start() < cue.end() || s.start() - cue.end() >= DENIAL_WINDOW) {
            return false;
        }
        int sentences = 0;
        for (int i = cue.end(); i <= s.start(); i++) {
            if (tokens.boundaryBefore(i) == CueTokens.SENTENCE && ++sentences > 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the cue lies within a form of address {@code s} that stands as a clause of its own ("Maman, ils
     * nous envoient…", "Mum, I made a mistake"): words addressed to someone, not about them.
     */
    private static boolean addressed(PatternIndex.Match<CueIndex.Label> s, PatternIndex.Match<CueIndex.Label> cue, CueTokens tokens) {
        return s.start() <= cue.start() && cue.end() <= s.end() && tokens.boundaryBefore(s.start()) != CueTokens.NONE
                && (s.end() >= tokens.size() || tokens.boundaryBefore(s.end()) != CueTokens.NONE);
    }

    /**
     * Whether the cue opens or ends inside an idiom {@code s} that holds one of its words (« pendue au téléphone »,
     * "hung up on everyone", „am Telefon gehangen“): the word does not mean what the cue looks for.
     */
    private static boolean idiomatic(PatternIndex.Match<CueIndex.Label> s, PatternIndex.Match<CueIndex.Label> cue) {
        return (s.start() <= cue.start() && cue.start() < s.end()) || (s.start() < cue.end() && cue.end() <= s.end());
    }

    private static boolean reversed(PatternIndex.Match<CueIndex.Label> neg, PatternIndex.Match<CueIndex.Label> cue,
                                    List<PatternIndex.Match<CueIndex.Label>> scopes) {
        for (int j = 0; j < scopes.size(); j++) {
            PatternIndex.Match<CueIndex.Label> r = scopes.get(j);
            if (r.label().name().equals("reverser") && r.start() >= neg.end() && r.end() <= cue.start()) {
                return true;
            }
        }
        return false;
    }
}
