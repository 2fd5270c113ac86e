package org.retour.speaker;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.retour.model.Entity;
import org.retour.model.Voice;

/**
 * The speakers who are relatives of the former member an article is about by the family name they share
 * with him: news names a fighter's family by his surname (« Léa Morel » and « Marc Morel » beside « Hugo
 * Morel, parti pour la Syrie »; "Abdul Idris" beside "his son Sami Idris, who fled Raqqa"), so a speaker of that
 * surname whom neither their role nor an account of their own time inside makes a former member, and about whom
 * the text tells far less of leaving, fleeing or coming back than about a relative who is not himself a
 * relative by voice, is that relative's kin.
 *
 * <p>The fate of a person is the number of words of return, flight and life inside the group in the sentences
 * that mention them. Stateless and thread-safe.
 */
final class FamilyVoices {

    /** How many words of fate the relative needs to be the member the article is about. */
    static final int MEMBER_FATE = 2;
    /** How many times the speaker's fate the member's must be. */
    static final int FATE_RATIO = 2;

    /**
     * A speaker's voice as their role and signals decided it: {@code person} null for an unnamed speaker,
     * {@code byRole} the voice of their role's words alone, {@code ownAccount} whether they told of their own
     * time inside the group.
     */
    record Speaking(Entity person, Voice voice, Voice byRole, boolean ownAccount) {
    }

    private FamilyVoices() {
    }

    /**
     * The persons among {@code speaking} who are relatives of another of {@code persons} of their family name: their
     * voice leaves them a former member or unknown, their role says nothing or makes them kin, they did not tell
     * of their own time inside, and that other, no relative by the voice decided for them, has at least
     * {@value #MEMBER_FATE} words of {@code fate}, more than theirs and {@value #FATE_RATIO} times as many.
     */
    static Set<Entity> relatives(List<Speaking> speaking, List<Entity> persons, ToIntFunction<Entity> fate) {
        if (!anyCandidate(speaking)) {
            return Set.of();
        }
        Map<Entity, Voice> voiced = new IdentityHashMap<>();
        Map<String, Integer> bySurname = new java.util.HashMap<>();
        for (Speaking s : speaking) {
            if (s.person() != null) {
                voiced.put(s.person(), s.voice());
            }
        }
        for (Entity p : persons) {
            String surname = FamilyNames.surname(p);
            if (surname != null) {
                bySurname.merge(surname, 1, Integer::sum);
            }
        }
        Set<Entity> out = new HashSet<>();
        for (Speaking s : speaking) {
            if (candidate(s) && bySurname.getOrDefault(FamilyNames.surname(s.person()), 0) > 1
                    && memberBeside(s.person(), persons, voiced, fate)) {
                out.add(s.person());
            }
        }
        return out;
    }

    /** Whether one of {@code speaking} is a {@link #candidate}: most documents have none. */
    private static boolean anyCandidate(List<Speaking> speaking) {
        for (Speaking s : speaking) {
            if (candidate(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean candidate(Speaking s) {
        Voice v = s.voice();
        return s.person() != null && !s.ownAccount()
                && (v == Voice.DEFECTOR || v == Voice.RETURNEE || v == Voice.UNKNOWN)
                && (s.byRole() == Voice.UNKNOWN || s.byRole() == Voice.RELATIVE)
                && FamilyNames.surname(s.person()) != null;
    }

    /** Whether another person of {@code person}'s family name is the member the article tells the fate of. */
    private static boolean memberBeside(Entity person, List<Entity> persons, Map<Entity, Voice> voiced,
                                        ToIntFunction<Entity> fate) {
        String surname = FamilyNames.surname(person);
        int own = fate.applyAsInt(person);
        for (Entity other : persons) {
            if (other == person || voiced.get(other) == Voice.RELATIVE || !surname.equals(FamilyNames.surname(other))) {
                continue;
            }
            int theirs = fate.applyAsInt(other);
            if (theirs >= MEMBER_FATE && theirs >= FATE_RATIO * own && theirs > own) {
                return true;
            }
        }
        return false;
    }
}
