package org.retour.coding;

import java.util.Objects;

/**
 * A coder's verdict that a segment carries a code.
 *
 * @param code       the code id
 * @param confidence in [0,1]
 * @param coder      who judged ({@code rules@retour-default-1}, {@code model@3fa2c1d09b7e}, or both joined by {@code +})
 * @param evidence   the cue matched or the strongest features
 */
public record Judgement(String code, double confidence, String coder, String evidence) {

    public Judgement {
        Objects.requireNonNull(code, "code");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
    }
}
