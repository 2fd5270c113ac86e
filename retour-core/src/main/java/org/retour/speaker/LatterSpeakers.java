package org.retour.speaker;

import static org.retour.speaker.QuoteOffsets.skipSpaces;
import static org.retour.speaker.QuoteOffsets.wordStarts;
import static org.retour.speaker.QuoteOffsets.wordEnds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.retour.person.Gender;
import org.retour.person.Referents.Referent;
import org.retour.resource.ResourceLines;

/**
 * Speakers named by a word for the person mentioned last, next to a speech cue ("« … », dit ce
 * dernier", "Celle-ci a répondu", "the latter said"): the most recent person of a compatible gender
 * before it. The words come from {@code latter.txt}. Immutable and thread-safe.
 */
final class LatterSpeakers {

    /** Words and white space only, no mark. */
    private static final Pattern WORDS_ONLY = Pattern.compile("[\\s\\p{L}'’]*");

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/latter.txt";
    /** How many characters may separate the phrase from the cue (spaces, an auxiliary). */
    private static final int GAP = 12;

    /** One phrase: its language, the gender it gives and its lower-case words. */
    record Phrase(String lang, Gender gender, String text) {

        /** The phrases of lines "lang gender word…"; {@code what} names the resource in the error of a short line. */
        static List<Phrase> parse(List<String> lines, String what) {
            List<Phrase> out = new ArrayList<>();
            for (String line : lines) {
                String[] p = line.trim().split("\\s+", 3);
                if (p.length < 3) {
                    throw new IllegalArgumentException(what + " line needs 'lang gender word…': " + line);
                }
                out.add(new Phrase(p[0], Gender.fromCode(p[1]), p[2].toLowerCase(Locale.ROOT)));
            }
            return List.copyOf(out);
        }
    }

    private static final LatterSpeakers BUNDLED = new LatterSpeakers(ResourceLines.classpath(RESOURCE));

    private final List<Phrase> phrases;

    LatterSpeakers(List<String> lines) {
        this.phrases = Phrase.parse(lines, "latter");
    }

    /** The bundled phrases. */
    static LatterSpeakers bundled() {
        return BUNDLED;
    }

    /**
     * The person a phrase for the one mentioned last stands for, when it follows the cue ending at
     * {@code cueEnd} or ends right before the cue starting at {@code cueStart}; else null.
     */
    Referent speaker(SpeakerDocument d, int cueStart, int cueEnd) {
        LowerText lower = d.lowerText();
        for (Phrase p : phrases) {
            if (!p.lang().equals(d.lang)) {
                continue;
            }
            int after = skipSpaces(d.text, cueEnd);
            if (lower.startsWith(p.text(), after) && wordEnds(d.text, after + p.text().length())) {
                return latest(d, after, p.gender());
            }
            int before = lastStartWithin(lower, p.text(), cueStart);
            if (before >= 0 && before + p.text().length() <= cueStart && cueStart - before - p.text().length() <= GAP
                    && wordStarts(d.text, before) && wordEnds(d.text, before + p.text().length())
                    && WORDS_ONLY.matcher(d.text.substring(before + p.text().length(), cueStart)).matches()) {
                return latest(d, before, p.gender());
            }
        }
        return null;
    }

    /**
     * The person a phrase for the one mentioned last stands for when it opens the sentence from {@code start}
     * to {@code end}, or follows a full stop inside it, and its gender fits {@code gender} ("L'avocat général a
     * demandé huit ans contre Mehdi L. Celui-ci a baissé la tête"); else null.
     */
    Referent opening(SpeakerDocument d, int start, int end, Gender gender) {
        if (!anyPhrase(d.lang, gender)) {
            return null; // no phrase of the language fits the gender: the sentence need not be read
        }
        LowerText lower = d.lowerText();
        int[] starts = new int[4];
        int n = 0;
        starts[n++] = skipSpaces(d.text, start);
        for (int i = starts[0]; i + 1 < end; i++) { // within the sentence only: linear in its length
            int after = d.text.charAt(i) == '.' && d.text.charAt(i + 1) == ' ' ? skipSpaces(d.text, i + 1) : end;
            if (after < end) {
                if (n == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, 2 * n);
                }
                starts[n++] = after; // "contre Mehdi L. Celui-ci": a full stop the sentences did not cut at
            }
        }
        for (Phrase p : phrases) {
            if (!p.lang().equals(d.lang) || !p.gender().compatible(gender)) {
                continue;
            }
            for (int j = 0; j < n; j++) {
                int at = starts[j];
                if (lower.startsWith(p.text(), at) && wordEnds(d.text, at + p.text().length())) {
                    return latest(d, at, p.gender());
                }
            }
        }
        return null;
    }

    /**
     * The person a phrase for the one mentioned last stands for when it starts exactly at {@code at}, a sentence's
     * subject (« Ce dernier a pris la parole. », "The latter nodded."); else null.
     */
    Referent at(SpeakerDocument d, int at) {
        LowerText lower = d.lowerText();
        for (Phrase p : phrases) {
            if (p.lang().equals(d.lang) && lower.startsWith(p.text(), at) && wordEnds(d.text, at + p.text().length())) {
                return latest(d, at, p.gender());
            }
        }
        return null;
    }

    /** Whether a phrase of {@code lang} fits {@code gender}. */
    private boolean anyPhrase(String lang, Gender gender) {
        for (Phrase p : phrases) {
            if (p.lang().equals(lang) && p.gender().compatible(gender)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The start of the last occurrence of {@code phrase} in {@code lower} at or before {@code cueStart}
     * when it starts no further than the phrase's length and {@link #GAP} before the cue, else -1.
     *
     * <p>Design decision: only the last occurrence may qualify, so looking back over the few offsets it
     * may start at gives what {@code lastIndexOf} over the whole text before the cue gives, without
     * scanning the document once per cue and phrase.
     */
    static int lastStartWithin(LowerText lower, String phrase, int cueStart) {
        int lowest = Math.max(0, cueStart - phrase.length() - GAP);
        for (int i = Math.min(cueStart, lower.length() - phrase.length()); i >= lowest; i--) {
            if (lower.startsWith(phrase, i)) {
                return i;
            }
        }
        return -1;
    }

    private static Referent latest(SpeakerDocument d, int at, Gender gender) {
        for (Referent r = d.referents.mostRecent(at, gender); r != null; r = d.referents.mostRecent(r.span().start(), gender)) {
            if (r.person() != null || r.description() != null) {
                return r;
            }
        }
        return null;
    }
}
