package org.retour.entity;

/**
 * Where an organisation's name begins inside a run of capitalised words whose first words are no part of it: past a
 * weekday or a month and the small words after it ("Monday and the University of Leeds"), or, in English, past the
 * last "of" before the name's first head word when no head comes before it ("Senior Asst Comm Razali Hamdan of the
 * Counter Terrorism Division": a person and a title, then the name). Stateless and thread-safe.
 */
final class NameStarts {

    private NameStarts() {
    }

    /**
     * The first token of the name in the run that begins at token {@code first} and whose first head word is token
     * {@code orgWord}: {@code first} when the run begins with the name.
     */
    static int start(TokenView v, int first, int orgWord, WordSet calendar, String lang) {
        if (calendar.contains(v, first) && v.isCapitalised(first)) {
            return nextCapitalised(v, first + 1, orgWord);
        }
        if ("en".equals(lang)) {
            for (int k = orgWord - 1; k > first; k--) {
                if ("of".equals(v.key(k))) {
                    return nextCapitalised(v, k + 1, orgWord);
                }
            }
        }
        return first;
    }

    /** The first capitalised token from {@code k} on, at the latest {@code limit}. */
    private static int nextCapitalised(TokenView v, int k, int limit) {
        while (k < limit && !v.isCapitalised(k)) {
            k++;
        }
        return k;
    }
}
