package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Whether a head noun is the French feminine in -e of a word of a role is found by searching the role for
 * the masculine as a whole word, and answers as cutting the role into words at spaces and commas did.
 */
class FeminineHeadTest {

    /** The answer of cutting the role into its words. */
    private static boolean byWords(String head, String role) {
        if (head.length() < 5 || !head.endsWith("e")) {
            return false;
        }
        String base = head.substring(0, head.length() - 1);
        for (String w : role.split("[\\s,]+")) {
            if (w.equals(base)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void answersAsCuttingTheRoleIntoWords() {
        String[] heads = {"avocate", "présidente", "juge", "élue", "avocat", "procureure", "présidente\u00a0",
            "a,vocate", "av ocate", "سيدةe", "😊avocate", "chefe", "adjointe"};
        String[] roles = {"avocat", "président du tribunal", "avocat,président", "l'avocat", "avocats",
            " avocat ", "\tavocat\n", "vice-président", "président\u00a0", "présidentavocat avocat", "",
            "avocat de la défense", "procureur,  adjoint", "adjoint du maire, avocat", "😊avocat", "a,vocat",
            "av ocat", "سيدة", "chef", "x\u000Bavocat\fprésident\r"};
        int feminine = 0;
        for (String head : heads) {
            for (String role : roles) {
                boolean expected = byWords(head, role);
                assertThat(DescriptionNames.feminineOf(head, role)).as("%s / %s", head, role).isEqualTo(expected);
                feminine += expected ? 1 : 0;
            }
        }
        assertThat(feminine).isGreaterThan(8);
    }
}
