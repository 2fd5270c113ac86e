package org.retour.speaker;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.retour.model.Attribution;
import org.retour.model.Quote;
import org.retour.model.Span;
import org.retour.model.Speaker;
import org.retour.model.Voice;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;
import org.retour.resource.KindWords;
import org.retour.resource.ResourceLines;

/**
 * The parent whose words a son or daughter tells: « Ma mère m'a appelé. Elle m'a dit : “Reviens, même en prison.” »,
 * "My mother told me, ‘Your father asks for you every day’", „Meine Mutter sagte: ‚Komm nach Hause‘“. A quote no one
 * was found to have spoken, after a colon or a comma, whose paragraph names a parent behind a possessive (`mother`,
 * `father`, `parents` and `poss` in {@code parent-speakers.txt}) a few words before it, with no one else named between
 * and no subject pronoun of the other gender, is that parent's: an unnamed relative.
 *
 * <p>Reads a bounded number of tokens before each quote left without a speaker. Immutable and thread-safe.
 */
final class ParentSpeakers {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/parent-speakers.txt";
    /** How many word tokens before the quote's opening mark the parent's noun may stand. */
    static final int REACH = 20;

    private static final Set<String> KINDS = Set.of("poss", "mother", "father", "parents", "prep", "he", "she");
    private static final ParentSpeakers BUNDLED = new ParentSpeakers(ResourceLines.classpath(RESOURCE),
            org.retour.person.PersonLexicon.bundled());

    private final KindWords words;
    private final org.retour.person.PersonLexicon lexicon;

    /** The parents read from lines {@code "lang kind word…"}; {@code lexicon} knows the pronouns. */
    ParentSpeakers(Iterable<String> lines, org.retour.person.PersonLexicon lexicon) {
        this.words = KindWords.read(lines, KINDS, "parent-speakers");
        this.lexicon = java.util.Objects.requireNonNull(lexicon);
    }

    /** The parents of the bundled resource. */
    static ParentSpeakers bundled() {
        return BUNDLED;
    }

    private boolean is(String kind, String word, String lang) {
        return words.is(kind, word, lang);
    }

    /** The quotes, each one left without a speaker that a parent speaks given to that parent. */
    List<Quote> assign(SpeakerDocument d, List<Quote> quotes) {
        if (!words.has("parents", d.lang)) {
            return quotes;
        }
        List<Quote> out = null;
        int prevEnd = 0;
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            int open = QuoteOffsets.openMark(d.text, q.span());
            if (q.attribution().speaker() == null) {
                Span parent = parentBefore(d, open, q.parent() != null ? parentOpen(quotes, q) : prevEnd);
                if (parent != null) {
                    String description = parent.of(d.text);
                    String role = d.lowered[d.tokenAt(parent.end()) - 1];
                    out = out != null ? out : new java.util.ArrayList<>(quotes);
                    out.set(i, q.withAttribution(
                            new Attribution.Contextual(new Speaker(null, null, description, role, Voice.RELATIVE))));
                }
            }
            if (q.parent() == null) {
                prevEnd = Math.max(prevEnd, q.span().end());
            }
        }
        return out != null ? out : quotes;
    }

    /** Where the quote that holds the nested quote {@code q} opens, or 0. */
    private static int parentOpen(List<Quote> quotes, Quote q) {
        for (Quote p : quotes) {
            if (p.id().equals(q.parent())) {
                return p.span().start();
            }
        }
        return 0;
    }

    /**
     * The possessive and parent's noun (one word may stand between: „meine kleine Schwester“, "my poor mother") at most
     * {@link #REACH} word tokens before the mark at {@code open}, in its paragraph and after {@code from}, when a colon or
     * a comma stands right before the mark, no preposition before the possessive and no one else is named between; else
     * null.
     */
    private Span parentBefore(SpeakerDocument d, int open, int from) {
        int mark = QuoteOffsets.lastNonBlankBefore(d.text, open);
        if (mark < 0 || d.text.charAt(mark) != ':' && d.text.charAt(mark) != ',') {
            return null;
        }
        int start = Math.max(from, d.paragraphStarts.get(d.paragraph(open)));
        int first = d.tokenAt(start);
        int words = 0;
        for (int k = d.tokenAt(open) - 1; k >= first && words < REACH; k--) {
            if (!Tokens.isWord(d.tokens.get(k))) {
                continue;
            }
            words++;
            String w = d.lower(k);
            if (!is("mother", w, d.lang) && !is("father", w, d.lang) && !is("parents", w, d.lang)) {
                continue;
            }
            int poss = k - 1;
            if (poss >= first && !is("poss", d.lower(poss), d.lang) && poss - 1 >= first
                    && is("poss", d.lower(poss - 1), d.lang)) {
                poss--; // "my poor mother", „meine liebe Mutter“
            }
            if (poss < first || !is("poss", d.lower(poss), d.lang)
                    || poss > first && is("prep", d.lower(poss - 1), d.lang)) {
                return null; // « à ma mère », "to my mother": spoken to, not speaking
            }
            Span phrase = new Span(d.tokens.get(poss).span().start(), d.tokens.get(k).span().end());
            String other = is("mother", w, d.lang) ? "he" : is("father", w, d.lang) ? "she" : null;
            return nobodyElse(d, phrase.end(), open) && !between(d, other, k + 1, d.tokenAt(open)) ? phrase : null;
        }
        return null;
    }

    /** Whether a word of {@code kind} (none when null) stands among the tokens {@code from} to before {@code to}. */
    private boolean between(SpeakerDocument d, String kind, int from, int to) {
        for (int k = from; kind != null && k < to; k++) {
            if (Tokens.isWord(d.tokens.get(k)) && is(kind, d.lower(k), d.lang)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether no one but through a pronoun is named from {@code from} to {@code to}, nor described but as a preposition's
     * complement (« par un commerçant », "through a smuggler").
     */
    private boolean nobodyElse(SpeakerDocument d, int from, int to) {
        for (Referent r : d.referents.within(from, to)) {
            if (r.span().start() < from) {
                continue;
            }
            if (r.person() != null ? !pronoun(d, r) : r.description() != null && !complement(d, r)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a preposition stands right before a referent. */
    private boolean complement(SpeakerDocument d, Referent r) {
        int k = d.tokenAt(r.span().start()) - 1;
        return k >= 0 && Tokens.isWord(d.tokens.get(k)) && is("prep", d.lower(k), d.lang);
    }

    private boolean pronoun(SpeakerDocument d, Referent r) {
        int k = d.tokenAt(r.span().start());
        return k < d.tokens.size() && d.tokens.get(k).span().equals(r.span()) && lexicon.pronoun(d.lower(k), d.lang) != null;
    }
}
