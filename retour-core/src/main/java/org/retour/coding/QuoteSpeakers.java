package org.retour.coding;

import org.retour.model.Speaker;
import org.retour.model.Voice;

/**
 * What the segmenter reads of a quote's speaker: whether it has one of its own, whether its voice speaks
 * of others by trade, whether two quotes share it, and the name a testimony it reports goes by.
 */
final class QuoteSpeakers {

    private QuoteSpeakers() {
    }

    /** Whether a voice speaks of others by trade (an official, researcher, journalist, organisation, recruiter). */
    static boolean reports(Voice v) {
        return switch (v) {
            case OFFICIAL, RESEARCHER, JOURNALIST, ORGANISATION, RECRUITER -> true;
            default -> false;
        };
    }

    /** Who reports a testimony a quote tells: its speaker's name, else description, else {@code voice}'s label. */
    static String reporter(Speaker sp, Voice voice) {
        if (sp != null && sp.name() != null) {
            return sp.name();
        }
        if (sp != null && sp.description() != null) {
            return sp.description();
        }
        return voice.label();
    }

    /** Whether a quote has no speaker of its own: none found, or one with neither name nor description. */
    static boolean speakerless(Speaker sp) {
        return sp == null || sp.name() == null && sp.description() == null && sp.entity() == null;
    }

    /** Whether a speaker is an unnamed person of no voice of their own whom the words around tell of (« l'émir »). */
    static boolean toldOf(Speaker sp) {
        return sp != null && sp.name() == null && sp.entity() == null && sp.voice() == Voice.OTHER;
    }

    /** Whether two speakers are the same: the same entity when both have one, else the same name. */
    static boolean sameSpeaker(Speaker a, Speaker b) {
        if (a == null || b == null) {
            return false;
        }
        if (a.entity() != null && b.entity() != null) {
            return a.entity().equals(b.entity());
        }
        return a.name() != null && a.name().equals(b.name());
    }
}
