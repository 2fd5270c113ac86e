package org.retour.coding;

import java.util.List;

/**
 * The codes the standard codebook's rules give a text: one coder shared by the cue tests, which check
 * what a wording is coded as in each language.
 */
final class RuleCodes {

    /** The rule coder of the standard codebook (immutable and thread-safe). */
    static final RuleCoder RULES = RuleCoder.of(Codebook.standard());

    private RuleCodes() {
    }

    /** The codes the rules give {@code text} in {@code lang}, in order, one per judgement. */
    static List<String> codes(String text, String lang) {
        return RULES.judge(text, lang).stream().map(Judgement::code).toList();
    }
}
