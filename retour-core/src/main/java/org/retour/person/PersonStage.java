package org.retour.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.retour.entity.Demonyms;
import org.retour.entity.TokenView;
import org.retour.model.Entity;
import org.retour.model.Quote;
import org.retour.model.Span;
import org.retour.model.Token;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layer;
import org.retour.pipeline.Layers;
import org.retour.pipeline.Stage;
import org.retour.quote.SpeechWords;

/**
 * Provides the people of a document: PERSON entities with their names, surnames alone, pronouns outside
 * quotes linked to them, and the role an apposition gives them; and the descriptions of unnamed people. Needs the quotes so that pronouns and
 * names inside someone's words do not count as the narrator's.
 */
public final class PersonStage implements Stage {

    /** Descriptions of unnamed people ("un ancien combattant"), which speakers may be. */
    public static final Layer<List<PersonDescription>> DESCRIPTIONS =
            Layer.listOf("person-descriptions", PersonDescription.class);

    /**
     * The people pronouns and cues may refer to, outside the top-level quotes, among the persons of the
     * {@link Layers#PERSONS} layer: the speakers' stage finds its speakers among them without finding them again.
     */
    public static final Layer<Referents> REFERENTS = Layer.of("person-referents", Referents.class);

    private final LexiconPersonFinder finder;
    private final DescriptionFinder descriptions;
    private final PronounLinker pronouns;
    private final PersonLexicon lexicon;
    private final InnerCueSpans innerCues;
    private final Demonyms demonyms = Demonyms.bundled();
    private final CountryFromPlace origins = CountryFromPlace.bundled();
    private final PublicFigures figures = PublicFigures.bundled();
    private final InstitutionRuns institutions = new InstitutionRuns(org.retour.entity.NameShapes.bundled());

    public PersonStage(PersonLexicon lexicon, SpeechWords speech) {
        this.lexicon = Objects.requireNonNull(lexicon);
        this.finder = new LexiconPersonFinder(lexicon, speech);
        this.descriptions = new DescriptionFinder(lexicon, speech);
        this.pronouns = new PronounLinker(lexicon);
        this.innerCues = new InnerCueSpans(speech);
    }

    @Override
    public String name() {
        return "persons";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.LANGUAGE, Layers.TOKENS, Layers.MARKED_QUOTES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.PERSONS, DESCRIPTIONS, REFERENTS);
    }

    @Override
    public Analysis apply(Analysis analysis) {
        String text = analysis.text();
        String lang = analysis.get(Layers.LANGUAGE).code();
        List<Token> tokens = analysis.get(Layers.TOKENS);
        TokenView view = TokenView.of(analysis);
        String[] lower = Tokens.lowered(text, tokens, view);
        TokenArrays arrays = TokenArrays.claim(tokens.size());
        List<Entity> linked;
        List<PersonDescription> described;
        Referents referents;
        PublicFigures.Named named;
        try {
            TokenEntries entries = new TokenEntries(lexicon, lang, text, tokens, lower, view, arrays);
            List<Entity> places = analysis.find(Layers.PLACES).orElse(List.of());
            boolean[] taken = TakenTokens.of(view, analysis.find(Layers.ORGANIZATIONS).orElse(List.of()), places,
                    arrays.taken);
            named = figures.apply(view, institutions.persons(finder.find(view, tokens, lang, taken, entries, arrays)),
                    taken, arrays.covered);
            List<Entity> persons = CountryFromDemonym.apply(demonyms, view, named.persons());
            persons = origins.apply(view, persons, places, lang, arrays.placeAt);
            List<Span> quotes = innerCues.of(text, tokens, lower, topLevelSpans(analysis.get(Layers.MARKED_QUOTES)), lang);
            described = descriptions.find(text, tokens, lower, lang, view, entries);
            referents = Referents.of(text, persons, described, quotes, lexicon, lang);
            linked = List.copyOf(pronouns.link(text, tokens, entries, persons, referents, quotes, lang));
        } finally {
            arrays.release();
        }
        // a figure named only by its own forms is talked about ("fight Assad"): no referent of pronouns and cues
        List<Entity> all = new ArrayList<>(linked);
        all.addAll(named.named());
        return analysis.with(Layers.PERSONS, List.copyOf(all)).with(DESCRIPTIONS, described)
                .with(REFERENTS, referents.relinked(linked, lexicon, lang));
    }

    /** The spans of the top-level quotes, in order. */
    public static List<Span> topLevelSpans(List<Quote> quotes) {
        List<Span> out = new ArrayList<>();
        for (Quote q : quotes) {
            if (q.parent() == null) {
                out.add(q.span());
            }
        }
        return out;
    }
}
