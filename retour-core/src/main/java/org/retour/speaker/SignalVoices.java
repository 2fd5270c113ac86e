package org.retour.speaker;

import java.util.Objects;
import org.retour.model.Voice;
import org.retour.speaker.VoiceContext.Signal;

/**
 * The rules that turn counts of context signals into a speaker's voice: one who tells of life inside the group
 * went there (a defector, a returnee once back home), one who speaks of "mon fils" is a relative, a relative who
 * tells of her own life inside went there too. {@link VoiceContext} counts the signals and applies these rules.
 *
 * <p>Immutable and thread-safe.
 */
final class SignalVoices {

    private final WordSignals words;
    private final VoiceLexicon voices;

    /** The rules reading roles with the context words {@code words} and the role words of {@code voices}. */
    SignalVoices(WordSignals words, VoiceLexicon voices) {
        this.words = Objects.requireNonNull(words);
        this.voices = Objects.requireNonNull(voices);
    }

    /**
     * The voice of a speaker nothing else decided: one who speaks of themselves or of life in the group,
     * in an article about the group (it names the group or tells of life in it) and of return or flight, is
     * one of the former members it is about (a returnee when the article speaks more of return than of
     * flight and is not datelined on the group's ground), otherwise unknown.
     *
     * <p>Design decision: people with a profession, an office or a family tie are decided before this by
     * their role or by what they say; a private person quoted in such an article with nothing said of them
     * is, in the development gold, a returnee or a defector far more often than anything else (voices
     * 0.783 to 0.802 there), while "unknown" is never right.
     */
    static Voice formerMemberByDefault(SignalCounts said, SignalCounts doc, boolean onGround) {
        return formerMemberByDefault(said, doc, () -> onGround);
    }

    /** The voice of a speaker nothing else decided, asking {@code onGround} only when it matters. */
    static Voice formerMemberByDefault(SignalCounts said, SignalCounts doc, java.util.function.BooleanSupplier onGround) {
        boolean speaksFromInside = said.get(Signal.SELF) + said.get(Signal.WE) + said.get(Signal.EXPERIENCE) > 0;
        int returned = doc.get(Signal.RETURNED);
        int left = doc.get(Signal.LEFT);
        if (!speaksFromInside || returned + left == 0) {
            return Voice.UNKNOWN;
        }
        return returned >= left && !onGround.getAsBoolean() ? Voice.RETURNEE : Voice.DEFECTOR;
    }

    /**
     * Whether a speaker's own words tell of their own life inside the group: two words of it or more, and more
     * first persons than twice the third persons ("On m'avait parlé de jihad, j'ai compté des sacs"), not the
     * news a mother passes on of her son ("Il m'a dit que l'émir …").
     */
    static boolean ownLifeInside(SignalCounts said) {
        return said.get(Signal.EXPERIENCE) >= 2 && 2 * said.get(Signal.THIRD) < said.get(Signal.SELF) + said.get(Signal.WE);
    }

    /**
     * The voice the signals give a speaker whose role gave {@code base}: what they {@code said} in their quotes, what
     * the sentences {@code around} their mentions and the words {@code near} their name say, and the whole
     * document's signals {@code doc}; a {@code writer} of a letter read out by another is away from home unless
     * their story is one of return.
     */
    Voice decide(Voice base, SignalCounts said, SignalCounts around, SignalCounts near, SignalCounts doc, String role, String lang,
                         boolean writer, boolean onGround, boolean datelinedElsewhere) {
        return decide(base, said, around, near, doc, role, lang, writer, () -> onGround, datelinedElsewhere);
    }

    /**
     * The voice the signals give a speaker, as {@link #decide(Voice, SignalCounts, SignalCounts, SignalCounts,
     * SignalCounts, String, String, boolean, boolean, boolean)} gives it, asking {@code onGround} only when it matters.
     */
    Voice decide(Voice base, SignalCounts said, SignalCounts around, SignalCounts near, SignalCounts doc, String role,
                 String lang, boolean writer, java.util.function.BooleanSupplier onGround, boolean datelinedElsewhere) {
        Voice v = base;
        if (v == Voice.RECRUITER && role != null && voices.former(role, lang)
                && (around.get(Signal.RETURNED) + around.get(Signal.LEFT) > 0
                || said.get(Signal.SELF) > 0 && said.get(Signal.EXPERIENCE) >= 2)) {
            v = Voice.DEFECTOR; // a former recruiter who left or tells of his life inside: back home or not, below
        }
        if (v == Voice.UNKNOWN && near.get(Signal.RETURNED) + near.get(Signal.LEFT) > 0
                && (said.get(Signal.SELF) + said.get(Signal.WE) + said.get(Signal.EXPERIENCE) > 0
                || doc.get(Signal.EXPERIENCE) > 0)) {
            v = Voice.DEFECTOR; // "Un autre revenu, Samir", "Tariq, jailed on his return": fate beside the name
        }
        if (v == Voice.UNKNOWN && words.fateInRole(role, lang) && doc.get(Signal.EXPERIENCE) > 0) {
            v = Voice.DEFECTOR; // "the defendant", "le prévenu" in a story of life inside the group
        }
        boolean ownFate = around.get(Signal.RETURNED) + around.get(Signal.LEFT) > 0;
        if (v == Voice.RELATIVE && said.get(Signal.EXPERIENCE) >= (ownFate ? 1 : 2)
                && 2 * said.get(Signal.THIRD) < said.get(Signal.SELF) + said.get(Signal.WE)) {
            v = Voice.UNKNOWN; // a wife, daughter or "mother of three" who tells of her own life inside went there too
        }
        boolean fledOrBack = around.get(Signal.RETURNED) + around.get(Signal.LEFT) > 0;
        if (v == Voice.UNKNOWN || v == Voice.OTHER && said.get(Signal.EXPERIENCE) > 0
                && said.get(Signal.SELF) + said.get(Signal.WE) > 0
                || v == Voice.OTHER && role != null && words.inRole(role, lang, Signal.BYSTANDER) && fledOrBack
                && around.get(Signal.EXPERIENCE) > 0 && said.get(Signal.SELF) > 0) { // "Son voisin, Mehdi, a fui Raqqa"
            boolean self = said.get(Signal.SELF) > 0;
            boolean fate = fledOrBack;
            boolean inside = self && said.get(Signal.EXPERIENCE) > 0
                    || said.get(Signal.WE) > 0 && said.get(Signal.EXPERIENCE) >= 2
                    || fate && (self || said.get(Signal.EXPERIENCE) > 0)
                    || v == Voice.UNKNOWN && fate && around.get(Signal.EXPERIENCE) > 0 && around.kin() == 0;
            if (v == Voice.UNKNOWN && around.kin() > said.kin() && said.get(Signal.THIRD) > said.get(Signal.SELF)
                    && said.get(Signal.THIRD) > said.get(Signal.WE) && said.get(Signal.SELF) + said.get(Signal.THIRD) >= 2) {
                v = Voice.RELATIVE; // "Janet Pryce keeps her son's messages" … “He wrote that he was cold …”
            } else if (inside) {
                v = Voice.DEFECTOR;
            } else if (self && said.get(Signal.KIN) > 0) { // "mon fils", not "ma mère": a child may have gone
                v = Voice.RELATIVE;
            }
        }
        if (v == Voice.DEFECTOR && onGround.getAsBoolean()
                && !(around.get(Signal.RETURNED) > around.get(Signal.LEFT) && datelinedElsewhere)) {
            return v; // on the group's ground, a former member is away from home or never left it
        }
        if (v == Voice.DEFECTOR && writer) { // a letter home comes from away, unless their story is one of return
            return around.get(Signal.RETURNED) > around.get(Signal.LEFT) ? Voice.RETURNEE : Voice.DEFECTOR;
        }
        if (v == Voice.DEFECTOR) {
            int returned = around.get(Signal.RETURNED) > 0 ? 1
                    : doc.get(Signal.RETURNED) - doc.get(Signal.LEFT) - around.get(Signal.LEFT); // home is the last stage
            return returned > 0 || returned == 0 && datelinedElsewhere ? Voice.RETURNEE : Voice.DEFECTOR;
        }
        return v;
    }
}
