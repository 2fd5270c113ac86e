package org.retour.speaker;

import java.util.List;
import java.util.function.BooleanSupplier;
import org.retour.model.Attribution;
import org.retour.model.Quote;
import org.retour.model.Speaker;
import org.retour.model.Voice;
import org.retour.speaker.VoiceContext.Signal;

/**
 * The voice of words no one was found to have spoken that tell, in the first person, of life inside the group: an
 * unnamed former member's (« L'un d'eux m'a dit : “On nous avait promis une maison, j'ai eu un matelas” », "One young
 * man told me: ‘We spent a year guarding a bridge nobody crossed’", „Einer erzählte: ‚Wir haben nur Wache
 * geschoben‘“), a returnee or a defector as the article's return and flight decide. Researchers, chaplains and mentors
 * pass on such words of the people they work with; the words, not who passes them on, say whose they are.
 *
 * <p>Stateless and thread-safe.
 */
final class SpeakerlessAccounts {

    private SpeakerlessAccounts() {
    }

    /**
     * The quotes with an unnamed former member as the speaker of each quote that has none and whose own words
     * ({@code own}, over the signals {@code sig} of the document's tokens) tell of life inside the group in the first
     * person, when the article is about the group ({@code aboutGroup}) and speaks of return or flight ({@code doc}).
     */
    static List<Quote> voiced(List<Quote> quotes, Signal[] sig, SentenceSignals tokens, OwnWords own, SignalCounts doc,
                              BooleanSupplier onGround, boolean aboutGroup) {
        if (!aboutGroup) {
            return quotes;
        }
        List<Quote> out = null;
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            if (q.attribution().speaker() != null) {
                continue;
            }
            SignalCounts said = own.count(sig, tokens, q);
            if (!insideAccount(said)) {
                continue;
            }
            Voice v = SignalVoices.formerMemberByDefault(said, doc, onGround);
            if (v == Voice.UNKNOWN) {
                continue;
            }
            out = out != null ? out : new java.util.ArrayList<>(quotes);
            out.set(i, q.withAttribution(new Attribution.Contextual(new Speaker(null, null, null, null, v))));
        }
        return out != null ? out : quotes;
    }

    /**
     * Whether words tell of life inside the group in their speaker's own person: a first person singular and a word of
     * life there, or a first person plural and two, with fewer third persons than first ones (not the news passed on of
     * someone else: « Il m'a dit que l'émir … »).
     */
    static boolean insideAccount(SignalCounts said) {
        int first = said.get(Signal.SELF) + said.get(Signal.WE);
        int experience = said.get(Signal.EXPERIENCE);
        boolean told = said.get(Signal.SELF) > 0 && experience > 0 || said.get(Signal.WE) > 0 && experience >= 2;
        return told && said.get(Signal.THIRD) < first;
    }
}
