package org.retour.pipeline;

import java.util.List;
import org.retour.entity.TokenView;
import org.retour.model.Coding;
import org.retour.model.DateMention;
import org.retour.model.DetectedLanguage;
import org.retour.model.Entity;
import org.retour.model.Figure;
import org.retour.model.PublicationDate;
import org.retour.model.Quote;
import org.retour.model.Sentence;
import org.retour.model.Token;

/** The layers of the standard analysis, in the order the standard pipeline provides them. */
public final class Layers {

    /** The document's language. */
    public static final Layer<DetectedLanguage> LANGUAGE = Layer.of("language", DetectedLanguage.class);
    /** Sentences, each with its language. */
    public static final Layer<List<Sentence>> SENTENCES = Layer.listOf("sentences", Sentence.class);
    /** Tokens. */
    public static final Layer<List<Token>> TOKENS = Layer.listOf("tokens", Token.class);
    /**
     * The words of the tokens, read by token index: offsets, kind, written form, lookup key, lower case,
     * capital, script and {@link org.retour.entity.WordIds} number of each, worked out once per document by
     * the token stage so that later stages read them instead of building their own ({@link TokenView#of}
     * returns it). Dropped with {@link #TOKENS}.
     */
    public static final Layer<TokenView> WORDS = Layer.derivedFrom(TOKENS, "words", TokenView.class);
    /** People (PERSON entities) with their mentions and roles. */
    public static final Layer<List<Entity>> PERSONS = Layer.listOf("persons", Entity.class);
    /** Organisations (ORGANIZATION entities) with aliases and mentions. */
    public static final Layer<List<Entity>> ORGANIZATIONS = Layer.listOf("organizations", Entity.class);
    /** Places (PLACE entities). */
    public static final Layer<List<Entity>> PLACES = Layer.listOf("places", Entity.class);
    /** Quotes found by their quotation marks, before anyone is attributed. */
    public static final Layer<List<Quote>> MARKED_QUOTES = Layer.listOf("marked-quotes", Quote.class);
    /** Quotes with their speakers. */
    public static final Layer<List<Quote>> QUOTES = Layer.listOf("quotes", Quote.class);
    /** Dates resolved against the publication date. */
    public static final Layer<List<DateMention>> DATES = Layer.listOf("dates", DateMention.class);
    /** The publication date, declared or inferred. */
    public static final Layer<PublicationDate> PUBLICATION = Layer.of("publication", PublicationDate.class);
    /** Figures officials cite. */
    public static final Layer<List<Figure>> FIGURES = Layer.listOf("figures", Figure.class);
    /** Narrative codings. */
    public static final Layer<List<Coding>> CODINGS = Layer.listOf("codings", Coding.class);

    private Layers() {
    }
}
