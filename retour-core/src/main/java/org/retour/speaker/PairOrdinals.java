package org.retour.speaker;

import static org.retour.speaker.QuoteOffsets.skipSpaces;
import static org.retour.speaker.QuoteOffsets.wordStarts;
import static org.retour.speaker.QuoteOffsets.spacesBack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.retour.person.Gender;
import org.retour.person.Referents.Referent;
import org.retour.resource.ResourceLines;

/**
 * Speakers named by their rank among the two persons just named, next to a speech cue ("« … », a résumé le
 * premier", "La seconde a complété :", "the former said"): of the last two persons of a compatible gender
 * named before the phrase, the one named first or second. The phrases come from {@code pair-ordinals.txt}.
 *
 * <p>Immutable and thread-safe.
 */
final class PairOrdinals {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/pair-ordinals.txt";

    /** How many mentions back the two persons are looked for: a bounded window. */
    private static final int MAX_MENTIONS = 12;
    /** How many characters may stand between two joined names (", son avocat, et Me "). */
    private static final int MAX_JOIN = 40;

    /** One phrase: its language, the rank it names (1 or 2), the gender it gives and its lower-case words. */
    private record Phrase(String lang, int rank, Gender gender, String text) {
    }

    private final List<Phrase> phrases;

    PairOrdinals(List<String> lines) {
        List<Phrase> out = new ArrayList<>();
        for (String line : lines) {
            String[] p = line.trim().split("\\s+", 4);
            if (p.length < 4 || !p[1].equals("1") && !p[1].equals("2")) {
                throw new IllegalArgumentException("pair-ordinals line needs 'lang rank gender word…': " + line);
            }
            Gender g = Gender.fromCode(p[2]);
            out.add(new Phrase(p[0], Integer.parseInt(p[1]), g, p[3].toLowerCase(Locale.ROOT)));
        }
        this.phrases = List.copyOf(out);
    }

    /** The bundled phrases. */
    static PairOrdinals bundled() {
        return new PairOrdinals(ResourceLines.classpath(RESOURCE));
    }

    /**
     * The person a rank phrase stands for when it stands alone right after the cue ending at {@code cueEnd}
     * (then a mark or the end follows it) or right before the cue starting at {@code cueStart} (only spaces
     * between); else null.
     */
    Referent speaker(SpeakerDocument d, int cueStart, int cueEnd) {
        LowerText lower = d.lowerText();
        int after = skipSpaces(d.text, cueEnd); // the same for every phrase: read once
        int back = spacesBack(d.text, cueStart);
        for (Phrase p : phrases) {
            if (!p.lang().equals(d.lang)) {
                continue;
            }
            int afterEnd = after + p.text().length();
            if (after > cueEnd && lower.startsWith(p.text(), after) && markFollows(d.text, afterEnd)) {
                return ranked(d, after, p);
            }
            int before = back - p.text().length();
            if (before >= 0 && before + p.text().length() < cueStart && lower.startsWith(p.text(), before)
                    && wordStarts(d.text, before)) {
                return ranked(d, before, p);
            }
        }
        return null;
    }

    /**
     * The one of the phrase's rank in the pair named last before {@code at}: the last two persons when the text joins
     * them ("Me Paul Dubois et Me Claire Martin … « … », estime le premier") and that one has the phrase's gender;
     * else, of the last two distinct persons of the phrase's gender, the one of its rank.
     */
    private static Referent ranked(SpeakerDocument d, int at, Phrase p) {
        Referent joined = joined(d, at, p);
        return joined != null ? joined : sameGender(d, at, p);
    }

    /**
     * Of the last two distinct persons named before {@code at} whatever their gender, the one of the phrase's rank when
     * a word that joins ("et", "and", "und") stands between their names and it fits the phrase's gender; else null.
     */
    private static Referent joined(SpeakerDocument d, int at, Phrase p) {
        Pair pair = lastTwo(d, at, Gender.UNKNOWN);
        if (pair == null || !joins(d, pair.first().span().end(), pair.second().span().start())) {
            return null;
        }
        Referent one = pair.of(p.rank());
        return one.gender().compatible(p.gender()) ? one : null;
    }

    /** Whether the text between two names is short and holds a conjunction ("et", "and", "und"). */
    private static boolean joins(SpeakerDocument d, int from, int to) {
        if (to < from || to - from > MAX_JOIN) {
            return false;
        }
        for (int k = d.tokenAt(from); k < d.tokens.size() && d.tokens.get(k).start() < to; k++) {
            if (d.conjunction(k)) {
                return true;
            }
        }
        return false;
    }

    /** Of the last two distinct persons of the phrase's gender named before {@code at}, the one of its rank. */
    private static Referent sameGender(SpeakerDocument d, int at, Phrase p) {
        Pair pair = lastTwo(d, at, p.gender());
        return pair == null ? null : pair.of(p.rank());
    }

    /** Two persons in the order the text named them. */
    private record Pair(Referent first, Referent second) {

        /** The one of rank 1 (named first) or 2. */
        Referent of(int rank) {
            return rank == 1 ? first : second;
        }
    }

    /**
     * The last two distinct persons of a gender fitting {@code gender} named before {@code at}, within
     * {@link #MAX_MENTIONS} mentions back; else null.
     */
    private static Pair lastTwo(SpeakerDocument d, int at, Gender gender) {
        Referent later = null;
        int seen = 0;
        for (Referent r = d.referents.mostRecent(at, gender); r != null && seen < MAX_MENTIONS;
                r = d.referents.mostRecent(r.span().start(), gender), seen++) {
            if (r.person() == null) {
                continue;
            }
            if (later == null) {
                later = r;
            } else if (!SpeakerDocument.same(r, later)) {
                return new Pair(r, later);
            }
        }
        return null;
    }

    private static boolean markFollows(String text, int i) {
        int j = skipSpaces(text, i);
        return j >= text.length() || ".,;:!?)»".indexOf(text.charAt(j)) >= 0 || text.charAt(j) == '\n';
    }
}
