package org.retour.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.retour.entity.TokenView;
import org.retour.model.Sentence;
import org.retour.model.Token;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.FrozenList;
import org.retour.pipeline.Layer;
import org.retour.pipeline.Layers;
import org.retour.pipeline.Stage;

/**
 * Provides the tokens of every sentence, each sentence tokenized by the rules of its own language, and
 * their words ({@link Layers#WORDS}), which later stages read by token index.
 */
public final class TokenStage implements Stage {

    private final Tokenizer tokenizer;
    private static final Token[] NO_TOKENS = new Token[0];
    /**
     * The tokens of the document being read on this thread, copied once to the layer's array of their
     * number. Design decision: a buffer kept per thread (it grows to the longest document's tokens) instead
     * of a list sized by a guess per document, grown when the guess falls short and copied again by
     * {@link Analysis#with}.
     */
    private static final ThreadLocal<List<Token>> SCRATCH = ThreadLocal.withInitial(() -> new ArrayList<>(2048));

    public TokenStage(Tokenizer tokenizer) {
        this.tokenizer = Objects.requireNonNull(tokenizer);
    }

    @Override
    public String name() {
        return "tokens";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.TOKENS, Layers.WORDS);
    }

    @Override
    public Analysis apply(Analysis analysis) {
        String text = analysis.text();
        List<Token> out = SCRATCH.get();
        FrozenList<Token> list;
        try {
            for (Sentence s : analysis.get(Layers.SENTENCES)) {
                tokenizer.tokenize(text, s.span().start(), s.span().end(), s.language(), out);
            }
            list = FrozenList.handOver(out.toArray(NO_TOKENS));
        } finally {
            out.clear();
        }
        Analysis tokens = analysis.with(Layers.TOKENS, list);
        return tokens.with(Layers.WORDS, new TokenView(text, tokens.get(Layers.TOKENS)));
    }
}
