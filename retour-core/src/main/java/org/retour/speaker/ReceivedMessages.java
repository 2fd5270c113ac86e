package org.retour.speaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.retour.model.Attribution;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.model.Quote;
import org.retour.model.Speaker;
import org.retour.person.Tokens;
import org.retour.resource.KindWords;
import org.retour.resource.ResourceLines;

/**
 * The writer of a message its receiver keeps: words with no cue that come right after a sentence about a message
 * someone received ("The last message she received arrived at dawn." then "“…”", « Le dernier message qu'elle a reçu
 * date de mai. « … » »), or after a colon that follows a sentence about messages ("By then the messages were shorter.
 * In May: “…”"), are the message's, not those of its receiver, whom the context made the speaker; so are words that
 * address that speaker by name ("I'm not ok Maryam", "Thank you, Karim."), for no one calls themselves so. The words
 * go to the person the text last gave words with a verb of writing ("he wrote"), when that is someone else; for words
 * that address their speaker with no such writer, to the speaker of the quote before, when someone else. Words come
 * from {@code received-messages.txt}.
 *
 * <p>Reads the sentences between each quote with no cue and the one before it once: linear in the text. Stateless
 * and thread-safe.
 */
final class ReceivedMessages {

    private static final KindWords WORDS = KindWords.read(
            ResourceLines.classpath("org/retour/speaker/received-messages.txt"),
            Set.of("message", "receive", "from", "address"), "received messages");
    /**
     * How many tokens after a message's noun a verb of receiving may stand ("the message she had received", « le message
     * qu'elle a reçu », „die Nachricht, die sie bekam“).
     */
    private static final int AFTER = 5;
    /** How many tokens before a message's noun a verb of receiving may stand ("received a long message"). */
    private static final int BEFORE = 3;

    private ReceivedMessages() {
    }

    /** The quotes, those a receiver of a message was given handed to the message's writer. */
    static List<Quote> assign(SpeakerDocument d, List<Quote> quotes) {
        if (!WORDS.has("message", d.lang)) {
            return quotes;
        }
        LetterWords letters = LetterWords.bundled();
        List<Quote> out = null;
        Speaker writer = null;
        Speaker previous = null;
        int prevEnd = 0;
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            if (q.parent() != null) {
                continue;
            }
            Speaker now = q.attribution().speaker();
            int open = QuoteOffsets.openMark(d.text, q.span());
            if (!(q.attribution() instanceof Attribution.Cued)) {
                boolean addressed = now != null && addresses(d, q, now);
                Speaker to = received(d, open, prevEnd) || addressed ? writer : null;
                to = to == null && addressed ? previous : to;
                if (to != null && (now == null || !SpeakerDocument.sameSpeaker(to, now))) {
                    out = out != null ? out : new ArrayList<>(quotes);
                    out.set(i, q.withAttribution(new Attribution.Contextual(to)));
                    now = to;
                }
            }
            if (q.attribution() instanceof Attribution.Cued c && now != null && writes(d, letters, c.cue().text())) {
                writer = now; // "“…,” he wrote"
            }
            previous = now != null ? now : previous;
            prevEnd = QuoteOffsets.outerEnd(d.text, q.span());
        }
        return out != null ? out : quotes;
    }

    /** Whether a cue's last word is a verb of writing ("wrote", « a écrit », „schrieb“). */
    private static boolean writes(SpeakerDocument d, LetterWords letters, String cue) {
        int end = cue.length();
        int start = end;
        while (start > 0 && Character.isLetter(cue.charAt(start - 1))) {
            start--;
        }
        String verb = cue.substring(start, end).toLowerCase(java.util.Locale.ROOT);
        return letters.kind(verb, d.lang) == LetterWords.Kind.WRITE;
    }

    /**
     * Whether the sentences right before the quote at {@code open} speak of a message received: in its paragraph
     * after the quote before it, or in the paragraph before when the quote opens its own, a message's noun with a
     * verb of receiving near it and no author after it, or any message's noun when a colon opens the quote.
     */
    static boolean received(SpeakerDocument d, int open, int prevEnd) {
        int paragraph = d.paragraph(open);
        int from = d.paragraphStarts.get(paragraph);
        if (QuoteOffsets.blank(d.text, from, open) && paragraph > 0) {
            from = d.paragraphStarts.get(paragraph - 1);
        }
        from = Math.max(from, prevEnd);
        int last = QuoteOffsets.lastNonBlankBefore(d.text, open);
        boolean colon = last >= from && d.text.charAt(last) == ':';
        int first = d.tokenAt(from);
        int end = d.tokenAt(open);
        for (int k = first; k < end; k++) {
            if (!d.wordOf(WORDS, "message", k) || d.wordOf(WORDS, "from", k + 1)) {
                continue;
            }
            if (colon) {
                return true; // "By then the messages were shorter. In May: “…”"
            }
            for (int j = Math.max(first, k - BEFORE); j <= Math.min(end - 1, k + AFTER); j++) {
                if (j != k && d.wordOf(WORDS, "receive", j)) {
                    return true; // "the message she received", "received a message"
                }
            }
        }
        return false;
    }

    /**
     * Whether the words call their speaker by a name of theirs: a name set off by a comma before it, or heading the
     * words before a comma, or after a word of address ("thank you Karim", "I'm not ok Maryam"), with a comma or a
     * sentence's end after it.
     */
    static boolean addresses(SpeakerDocument d, Quote q, Speaker s) {
        Entity e = s.entity() == null ? null : d.person(s.entity());
        if (e == null) {
            return false;
        }
        int first = d.tokenAt(q.span().start());
        for (int k = first; k < d.tokens.size() && d.tokens.get(k).span().end() <= q.span().end(); k++) {
            if (!Tokens.isWord(d.tokens.get(k)) || !Character.isUpperCase(d.text.charAt(d.tokens.get(k).span().start()))
                    || !nameWord(e, d.tokens.get(k).span().of(d.text))) {
                continue;
            }
            boolean closed = k + 1 >= d.tokens.size() || d.tokens.get(k + 1).span().start() >= q.span().end()
                    || isAny(d, k + 1, ",", ".", "!", "?");
            boolean setOff = k > first ? isAny(d, k - 1, ",") : isAny(d, k + 1, ",", "!");
            boolean called = k > first && d.wordOf(WORDS, "address", k - 1);
            if (closed && (setOff || called)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAny(SpeakerDocument d, int k, String... marks) {
        if (k < 0 || k >= d.tokens.size()) {
            return false;
        }
        for (String m : marks) {
            if (Tokens.is(d.text, d.tokens.get(k), m)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} is one of the words of a name the person is given in the text. */
    private static boolean nameWord(Entity e, String word) {
        for (Mention m : e.mentions()) {
            if (m.kind() == Mention.Kind.NAME) {
                if (SplitWords.hasWord(m.text(), word, SplitWords.SPACES)) {
                    return true;
                }
            }
        }
        return false;
    }
}
