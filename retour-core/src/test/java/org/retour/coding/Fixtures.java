package org.retour.coding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.retour.lang.LanguageConfig;
import org.retour.lang.LanguageStage;
import org.retour.lang.LinguaLanguageIdentifier;
import org.retour.model.Attribution;
import org.retour.model.Cue;
import org.retour.model.Document;
import org.retour.model.Quote;
import org.retour.model.Span;
import org.retour.model.Speaker;
import org.retour.model.Voice;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.pipeline.Pipeline;
import org.retour.pipeline.Stage;
import org.retour.segment.RuleSentenceSplitter;
import org.retour.segment.SentenceStage;
import org.retour.segment.TokenStage;
import org.retour.segment.RuleTokenizer;

/** Builds analyses by hand: the real stages up to tokens, then a QUOTES layer with real spans. */
final class Fixtures {

    private static LinguaLanguageIdentifier identifier;

    private Fixtures() {
    }

    /** The stages before coding. */
    static synchronized List<Stage> prerequisites() {
        if (identifier == null) {
            identifier = LinguaLanguageIdentifier.forConfig(LanguageConfig.DEFAULT);
        }
        return List.of(new LanguageStage(identifier), new SentenceStage(RuleSentenceSplitter.bundled(), identifier),
                new TokenStage(RuleTokenizer.bundled()));
    }

    /** The analysis of {@code text} up to tokens. */
    static Analysis analyse(String text, String lang) {
        Pipeline.Builder b = Pipeline.builder();
        prerequisites().forEach(b::add);
        return b.build().analyze(Document.of(text).withLanguage(lang));
    }

    /** The founding article, read from the project's samples. */
    static String foundingArticle() {
        Path p = Path.of("..", "samples", "afp-2016-06-10-combattants-etrangers.txt");
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A speaker. */
    static Speaker speaker(String name, Voice voice) {
        return new Speaker(null, name, name == null ? "someone" : null, null, voice);
    }

    /** Collects quotes of one text, each found by its exact words. */
    static final class Quotes {
        private final String text;
        private final List<Quote> quotes = new ArrayList<>();

        Quotes(String text) {
            this.text = text;
        }

        /** Adds the quote whose words are exactly {@code words}, said by {@code speaker} with a cue. */
        Quotes add(String words, Speaker speaker, String cue) {
            return add(words, speaker, cue, null);
        }

        /** Adds a quote nested in {@code parent}. */
        Quotes add(String words, Speaker speaker, String cue, String parent) {
            int at = text.indexOf(words);
            if (at < 0 || text.indexOf(words, at + 1) >= 0) {
                throw new IllegalArgumentException("quote not found exactly once: " + words);
            }
            Span span = new Span(at, at + words.length());
            Attribution attribution;
            if (speaker == null) {
                attribution = new Attribution.Unattributed();
            } else if (cue == null) {
                attribution = new Attribution.Contextual(speaker);
            } else {
                int c = text.indexOf(cue, at);
                if (c < 0) {
                    c = text.lastIndexOf(cue, at);
                }
                attribution = new Attribution.Cued(speaker, new Cue(new Span(c, c + cue.length()), cue));
            }
            quotes.add(new Quote("Q" + (quotes.size() + 1), span, words, false, parent, null, attribution));
            return this;
        }

        /** The id of the last quote added. */
        String last() {
            return quotes.get(quotes.size() - 1).id();
        }

        /** The analysis with these quotes. */
        Analysis on(Analysis a) {
            return a.with(Layers.QUOTES, List.copyOf(quotes));
        }
    }
}
