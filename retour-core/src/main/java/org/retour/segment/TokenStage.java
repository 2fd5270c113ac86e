package org.retour.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.retour.entity.TokenView;
import org.retour.model.Sentence;
import org.retour.model.Token;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layer;
import org.retour.pipeline.Layers;
import org.retour.pipeline.Stage;

/**
 * Provides the tokens of every sentence, each sentence tokenized by the rules of its own language, and
 * their words ({@link Layers#WORDS}), which later stages read by token index.
 */
public final class TokenStage implements Stage {

    private final Tokenizer tokenizer;

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
        // about one token in six characters of news text
        List<Token> out = new ArrayList<>(text.length() / 5 + 16);
        for (Sentence s : analysis.get(Layers.SENTENCES)) {
            tokenizer.tokenize(text, s.span().start(), s.span().end(), s.language(), out);
        }
        Analysis tokens = analysis.with(Layers.TOKENS, out);
        return tokens.with(Layers.WORDS, new TokenView(text, tokens.get(Layers.TOKENS)));
    }
}
