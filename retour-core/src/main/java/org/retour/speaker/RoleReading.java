package org.retour.speaker;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.retour.model.Voice;

/**
 * What the words of one role, read one after the other, tell of its voice: the voices their lexicon values
 * name and the markers between them (a fighter's noun, "former", "of", a possessive, a spokesperson, a state
 * body, a civil body, a name of the group and a word against it). Made for one role and dropped.
 *
 * <p>Not thread-safe: one reading per role and thread.
 */
final class RoleReading {

    /** How many words after an office a name of the group may stand and make it a post in the group. */
    static final int GROUP_AFTER = 3;

    private final Set<Voice> found = EnumSet.noneOf(Voice.class);
    /** Voices of former members named in a complement ("one of the returnees"). */
    private final Set<Voice> ofMembers = EnumSet.noneOf(Voice.class);
    private boolean fighter;
    private boolean former;
    private boolean kinOf;
    private boolean afterKin;
    private boolean possessive;
    private boolean spokes;
    private boolean civil;
    private boolean stateBody;
    private boolean of;
    /** Words of a former member in a complement ("head of the returnee unit"). */
    private boolean formerOf;
    private boolean fighterOf;
    /** The index of the word being read, from 0. */
    private int word = -1;
    /** The indices of the words of an office or rank, of a name of the group, of a word against it. */
    private final List<Integer> offices = new java.util.ArrayList<>(2);
    private final List<Integer> groups = new java.util.ArrayList<>(2);
    private final List<Integer> against = new java.util.ArrayList<>(1);

    /** Moves to the next word of the role: the values noted from now on are that word's. */
    void nextWord() {
        word++;
    }

    /**
     * Notes the lexicon value {@code v} of the current word of the role, or of the pair of words it ends when
     * {@code pair} holds ("islamic state" stands where "islamic" does).
     */
    void note(String v, boolean pair) {
        int at = pair ? word - 1 : word;
        if (of && !afterKin
                && (v.equals(VoiceLexicon.FIGHTER) || v.equals(VoiceLexicon.FORMER) || VoiceLexicon.member(v))) {
            if (VoiceLexicon.member(v)) {
                ofMembers.add(Voice.fromLabel(v));
            } else if (v.equals(VoiceLexicon.FORMER)) {
                formerOf = true;
            } else {
                fighterOf = true;
            }
            return;
        }
        if (v.equals(VoiceLexicon.RANK) || v.equals(VoiceLexicon.STATE) || v.equals(Voice.OFFICIAL.label())) {
            offices.add(at);
        }
        switch (v) {
            case VoiceLexicon.GROUP -> groups.add(at);
            case VoiceLexicon.AGAINST -> against.add(at);
            case VoiceLexicon.FIGHTER -> fighter = true;
            case VoiceLexicon.FORMER -> former = true;
            case VoiceLexicon.OF -> {
                kinOf |= afterKin;
                of = true;
            }
            case VoiceLexicon.POSS -> possessive = true;
            case VoiceLexicon.SPOKES -> spokes = true;
            case VoiceLexicon.STATE -> {
                found.add(Voice.OFFICIAL);
                stateBody = true;
            }
            case VoiceLexicon.RANK -> found.add(Voice.OFFICIAL);
            case VoiceLexicon.ARMY -> { } // a state's army names a side, not a post: only a rank beside it is the state's
            case VoiceLexicon.CIVIL -> civil = true;
            default -> {
                Voice voice = Voice.fromLabel(v);
                found.add(voice);
                if (voice == Voice.RELATIVE) {
                    afterKin = true;
                    kinOf |= possessive;
                }
            }
        }
    }

    /** The voice the role's words show, the first of {@code order} found, or UNKNOWN when none. */
    Voice voice(List<Voice> order) {
        if (groupPost()) { // "a former IS judge", « un ancien émir de l'EI », „der frühere IS-Richter“: a post in the group
            found.remove(Voice.OFFICIAL);
            stateBody = false;
            fighter = true;
        }
        boolean office = found.contains(Voice.OFFICIAL) || found.contains(Voice.RESEARCHER)
                || found.contains(Voice.JOURNALIST) || found.contains(Voice.ORGANISATION) || found.contains(Voice.OTHER)
                || spokes || stateBody;
        if (!office) { // "l'un des revenants", "one of the former fighters": one of them after all
            found.addAll(ofMembers);
            former |= formerOf;
            fighter |= fighterOf;
        }
        if (fighter) {
            found.add(former ? Voice.DEFECTOR : Voice.OTHER);
        }
        if (civil && !spokes && !stateBody && found.contains(Voice.OFFICIAL)) {
            found.remove(Voice.OFFICIAL); // "la présidente de l'association", "the director of a nonprofit": no office of state
            found.add(Voice.OTHER);
        }
        if (civil && spokes && !stateBody && found.isEmpty()) {
            return Voice.OTHER; // « porte-parole du collectif Familles unies »: a citizens' group, no office
        }
        if (spokes && found.contains(Voice.ORGANISATION) && !found.contains(Voice.OFFICIAL)) {
            return Voice.ORGANISATION; // "une porte-parole de l'Unicef" speaks for the organisation
        }
        if (spokes) {
            found.add(Voice.OFFICIAL); // "the spokesman", "der Sprecher der Behörde"
        }
        if (found.contains(Voice.RELATIVE) && !kinOf
                && (found.contains(Voice.DEFECTOR) || found.contains(Voice.RETURNEE))) {
            found.remove(Voice.RELATIVE); // "the elder brother, a former fighter": no one's relative here
        }
        for (Voice v : order) {
            if (found.contains(v)) {
                return v;
            }
        }
        return found.isEmpty() ? Voice.UNKNOWN : found.iterator().next();
    }

    /**
     * Whether an office or rank of the role is one in the group: a name of the group in the same word or the
     * word before it ("IS judge", „IS-Richter“), or at most {@value #GROUP_AFTER} words after it ("commander in
     * the Islamic State", « juge de l'EI », "مسؤول سابق في داعش"), with no word against the group up to two
     * words before that name ("head of the anti-IS unit", « chargé de la lutte contre l'EI »).
     */
    private boolean groupPost() {
        for (int g : groups) {
            if (opposed(g)) {
                continue;
            }
            for (int o : offices) {
                if (g == o || g == o - 1 || g > o && g - o <= GROUP_AFTER) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean opposed(int group) {
        for (int a : against) {
            if (a <= group && group - a <= 2) {
                return true;
            }
        }
        return false;
    }
}
