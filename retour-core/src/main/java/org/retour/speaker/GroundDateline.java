package org.retour.speaker;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.retour.entity.TokenView;
import org.retour.resource.ResourceLines;

/**
 * The places of a dateline that put an article on the ground the Islamic State held, or in the border
 * towns where its deserters wait ("MOSUL, Iraq (Reuters) -", « RAQQA (Syrie) — », "الأنبار (العراق) -"):
 * a former member quoted there is away from a home abroad, or a local who never left his own country, and
 * so a defector however much the article speaks of coming home, courts or reintegration; a dateline
 * elsewhere ("KARACHI:", « TUNIS — ») is where the reporter met him, home when the article speaks no more of
 * flight than of return. An article that names one of the group's regional branches ("Iswap", "Maute") is
 * on its ground too. Words come from
 * {@code org/retour/speaker/ground-places.txt} and {@code local-branches.txt}, lines {@code "lang word…"}.
 * Immutable and thread-safe.
 */
final class GroundDateline {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/ground-places.txt";
    /** How far into the text a dateline's dash may stand ("ROJ CAMP, Syria (AP) —"). */
    static final int REACH = 12;
    /** How many words may stand between a return word and its preposition of place, and between that and the place. */
    static final int HELD_REACH = 3;

    /** The bundled names of regional branches. */
    static final String BRANCHES = "org/retour/speaker/local-branches.txt";

    private final Map<String, Set<String>> byLanguage;
    /** Per language, its own branch names with the common ones of {@code "*"}, read in one look-up per word. */
    private final Map<String, Set<String>> branches;
    /** The common branch names, for a language without names of its own. */
    private final Set<String> commonBranches;
    /**
     * A filter of every branch name of every language: a word it turns away names no branch.
     *
     * <p>Design decision: the whole text is read word by word for a branch's name, and nearly no word is one, so a
     * bit test turns the words away where a set lookup would compare them with the names in its buckets.
     */
    private final WordFilter anyBranch;

    GroundDateline(List<String> lines, List<String> branchLines) {
        this.byLanguage = read(lines);
        Map<String, Set<String>> own = read(branchLines);
        this.commonBranches = own.getOrDefault("*", Set.of());
        own.replaceAll((lang, words) -> {
            Set<String> all = new HashSet<>(words);
            all.addAll(commonBranches);
            return all;
        });
        this.branches = own;
        Set<String> all = new HashSet<>(commonBranches);
        own.values().forEach(all::addAll);
        this.anyBranch = new WordFilter(all);
    }

    private static Map<String, Set<String>> read(List<String> lines) {
        Map<String, Set<String>> byLanguage = new HashMap<>();
        for (String line : lines) {
            String[] p = line.trim().split("\\s+");
            if (p.length < 2) {
                throw new IllegalArgumentException("ground place line needs 'lang word…': " + line);
            }
            Set<String> words = byLanguage.computeIfAbsent(p[0], k -> new HashSet<>());
            for (int i = 1; i < p.length; i++) {
                words.add(p[i].toLowerCase(Locale.ROOT));
            }
        }
        return byLanguage;
    }

    /** The bundled places. */
    static GroundDateline bundled() {
        return new GroundDateline(ResourceLines.classpath(RESOURCE), ResourceLines.classpath(BRANCHES));
    }

    /**
     * Whether a document with this {@code dateline} and these words puts its speakers on the group's ground: its
     * dateline is there ("MOSUL, Iraq (Reuters) -": no one came home there) or it names a local branch (« ont quitté
     * l'État islamique au Sahel »: locals). Read on the first question, then kept.
     *
     * <p>Design decision: only a former member's voice turns on it, so most documents need not read their words for
     * a branch's name. Not thread-safe: one per document.
     */
    java.util.function.BooleanSupplier onGround(Where dateline, String[] lowered, String lang) {
        return new java.util.function.BooleanSupplier() {
            private Boolean known;

            @Override
            public boolean getAsBoolean() {
                if (known == null) {
                    known = dateline == Where.GROUND || namesLocalBranch(lowered, lang);
                }
                return known;
            }
        };
    }

    /**
     * Whether a word of the text names one of the group's regional branches or the local groups that pledged
     * to it ("Iswap", "l'État islamique au Sahel", "the Maute group"), whose members fought at home.
     */
    boolean namesLocalBranch(String[] lowered, String lang) {
        Set<String> names = branches.getOrDefault(lang, commonBranches);
        for (String w : lowered) {
            if (w != null && anyBranch.mayHave(w) && names.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words before the dash at {@code dash} make a dateline that names a place of the ground: a
     * lower-case word in Latin letters outside parentheses and away from a number ends it, for that is a
     * sentence ("He spent two years in Mosul, Iraq, and then -"), not a place with its agency and date.
     */
    private static Where placeBefore(TokenView v, int dash, Set<String> own, Set<String> common) {
        boolean found = false;
        int depth = 0;
        for (int j = 0; j < dash; j++) {
            String surface = v.surface(j);
            if (surface.equals("(")) {
                depth++;
            } else if (surface.equals(")")) {
                depth = Math.max(0, depth - 1);
            } else if (v.isWord(j)) {
                String lower = v.lower(j);
                found |= own.contains(lower) || common.contains(lower);
                if (depth == 0 && lowerLatin(surface) && !number(v, j - 1) && !number(v, j + 1)) {
                    return Where.NONE;
                }
            }
        }
        return found ? Where.GROUND : Where.ELSEWHERE;
    }

    private static boolean lowerLatin(String surface) {
        int c = surface.codePointAt(0);
        return Character.isLowerCase(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    private static boolean number(TokenView v, int j) {
        return j >= 0 && j < v.size() && Character.isDigit(v.surface(j).charAt(0));
    }

    /**
     * The signals {@code sig} with each return word that stands where the group held ground turned into one of
     * flight ("a Kurdish-run prison in Hasakah", « jugé à Bagdad », "detention in al-Hol"): held or tried there
     * is away from home. The return word takes a preposition of place ({@code at} in voice-context.txt) within
     * {@link #HELD_REACH} words after it, with no other context word between, and a place of this list within as
     * many words after that, in one run of words ("rentré de Syrie" has no such preposition). {@code sig} is changed in place and returned.
     */
    VoiceContext.Signal[] heldThere(VoiceContext.Signal[] sig, String[] lowered, String lang) {
        Set<String> own = byLanguage.getOrDefault(lang, Set.of());
        Set<String> common = byLanguage.getOrDefault("*", Set.of());
        for (int k = 0; k < sig.length; k++) {
            if (sig[k] != VoiceContext.Signal.RETURNED) {
                continue;
            }
            int at = within(sig, lowered, k, j -> sig[j] != null); // "brought home from camps in Syria": the camps are there
            at = at >= 0 && sig[at] == VoiceContext.Signal.AT ? at : -1;
            if (at >= 0 && within(sig, lowered, at, j -> own.contains(lowered[j]) || common.contains(lowered[j])) >= 0) {
                sig[k] = VoiceContext.Signal.LEFT;
            }
        }
        return sig;
    }

    /** The first of the {@link #HELD_REACH} words after {@code k}, in its run of words, that {@code is}, or -1. */
    private static int within(VoiceContext.Signal[] sig, String[] lowered, int k, java.util.function.IntPredicate is) {
        for (int j = k + 1; j <= k + HELD_REACH && j < sig.length && lowered[j] != null; j++) {
            if (is.test(j)) {
                return j;
            }
        }
        return -1;
    }

    /** Where a dateline puts the text: on the group's ground, elsewhere, or nowhere for want of a dateline. */
    enum Where { GROUND, ELSEWHERE, NONE }

    /**
     * Where the text's dateline, words before a dash or colon on its first line within {@link #REACH} tokens,
     * puts it.
     */
    Where where(TokenView v, String lang) {
        Set<String> own = byLanguage.getOrDefault(lang, Set.of());
        Set<String> common = byLanguage.getOrDefault("*", Set.of());
        int reach = Math.min(v.size(), REACH);
        for (int k = 0; k < reach; k++) {
            if (k > 0 && v.lineBreakBefore(k)) {
                return Where.NONE;
            }
            if (k > 0 && (v.isDash(k) || v.surface(k).equals(":"))) {
                return placeBefore(v, k, own, common);
            }
        }
        return Where.NONE;
    }
}
