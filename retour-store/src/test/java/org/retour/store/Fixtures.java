package org.retour.store;

import java.time.LocalDate;
import java.util.List;
import org.retour.model.Attribution;
import org.retour.model.Coding;
import org.retour.model.Cue;
import org.retour.model.DateMention;
import org.retour.model.DatePrecision;
import org.retour.model.DetectedLanguage;
import org.retour.model.Document;
import org.retour.model.Entity;
import org.retour.model.EntityType;
import org.retour.model.Figure;
import org.retour.model.Mention;
import org.retour.model.PublicationDate;
import org.retour.model.Quote;
import org.retour.model.Sentence;
import org.retour.model.SourceMetadata;
import org.retour.model.Span;
import org.retour.model.Speaker;
import org.retour.model.Voice;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;

/** Analyses built by hand with every layer, in French, German, Arabic and English. */
final class Fixtures {

    static final String FRENCH = "« Ils sentent que nous sommes entrés en phase finale 🙂 », a dit le coordonnateur "
            + "Didier Le Bret à Paris.\nSelon Patrick Calvar, 244 personnes sont rentrées en France depuis mai 2016. "
            + "L'État islamique considère les déserteurs comme des traîtres.";

    private Fixtures() {
    }

    static Span span(String text, String part) {
        int i = text.indexOf(part);
        if (i < 0) {
            throw new IllegalArgumentException("not in text: " + part);
        }
        return new Span(i, i + part.length());
    }

    /** The French article with sentences, persons, a place, a quote, a figure, a date and two codings. */
    static Analysis french() {
        String t = FRENCH;
        Document doc = new Document(null, t, null, LocalDate.of(2016, 6, 10),
                new SourceMetadata("file:/corpus/afp.txt", "Les combattants étrangers", "AFP"));
        Entity bret = new Entity("P1", EntityType.PERSON, "Didier Le Bret", List.of("Le Bret"), "coordonnateur", "FR",
                List.of(new Mention(span(t, "Didier Le Bret"), "Didier Le Bret", Mention.Kind.NAME)));
        Entity calvar = new Entity("P2", EntityType.PERSON, "Patrick Calvar", List.of(), null, "FR",
                List.of(new Mention(span(t, "Patrick Calvar"), "Patrick Calvar", Mention.Kind.NAME)));
        Entity paris = new Entity("L1", EntityType.PLACE, "Paris", List.of(), null, "FR",
                List.of(new Mention(span(t, "Paris"), "Paris", Mention.Kind.NAME)));
        Entity is = new Entity("O1", EntityType.ORGANIZATION, "État islamique", List.of("EI", "Daech"), null, null,
                List.of(new Mention(span(t, "État islamique"), "État islamique", Mention.Kind.NAME)));
        String quoted = "Ils sentent que nous sommes entrés en phase finale 🙂";
        Speaker speaker = new Speaker("P1", "Didier Le Bret", null, "coordonnateur", Voice.OFFICIAL);
        Quote q1 = new Quote("Q1", span(t, quoted), quoted, false, null, "fr",
                new Attribution.Cued(speaker, new Cue(span(t, "a dit"), "a dit")));
        Quote q2 = new Quote("Q2", span(t, "phase finale"), "phase finale", true, "Q1", "fr", new Attribution.Unattributed());
        Figure f = new Figure(span(t, "244 personnes"), "244 personnes", 244, null, null, false, "returned", "FR",
                "2016-05", "Patrick Calvar");
        DateMention d = new DateMention(span(t, "mai 2016"), "mai 2016", "2016-05", DatePrecision.MONTH);
        Coding c1 = new Coding("N2", span(t, quoted), "Q1", "official", null, 0.8, "rules@1", "phase finale");
        Coding c2 = new Coding("N7", span(t, "considère les déserteurs comme des traîtres"), null, "defector", null, 0.6,
                "model@abc123", "traîtres");
        int second = t.indexOf("Selon");
        return Analysis.of(doc)
                .with(Layers.LANGUAGE, new DetectedLanguage("fr", 0.99, false))
                .with(Layers.SENTENCES, List.of(new Sentence(new Span(0, second - 1), "fr"),
                        new Sentence(new Span(second, t.length()), "fr")))
                .with(Layers.PERSONS, List.of(bret, calvar))
                .with(Layers.PLACES, List.of(paris))
                .with(Layers.ORGANIZATIONS, List.of(is))
                .with(Layers.QUOTES, List.of(q1, q2))
                .with(Layers.FIGURES, List.of(f))
                .with(Layers.DATES, List.of(d))
                .with(Layers.PUBLICATION, new PublicationDate(LocalDate.of(2016, 6, 10), false))
                .with(Layers.CODINGS, List.of(c1, c2));
    }

    /** A plain analysis: language and one sentence, nothing else. */
    static Analysis plain(String text, String lang, LocalDate published, String outlet) {
        Document doc = new Document(null, text, null, published, new SourceMetadata(null, null, outlet));
        return Analysis.of(doc)
                .with(Layers.LANGUAGE, new DetectedLanguage(lang, 0.9, false))
                .with(Layers.SENTENCES, List.of(new Sentence(new Span(0, text.length()), lang)));
    }

    /** A German article with a defector's quote coded N1. */
    static Analysis german() {
        String t = "„Wir wollten nicht gegen andere Muslime kämpfen“, sagte ein ehemaliger Kämpfer in Berlin. "
                + "Die Rückkehrer berichten von Gewalt.";
        String quoted = "Wir wollten nicht gegen andere Muslime kämpfen";
        Speaker s = new Speaker(null, null, "ein ehemaliger Kämpfer", null, Voice.DEFECTOR);
        Quote q = new Quote("Q1", span(t, quoted), quoted, false, null, "de",
                new Attribution.Cued(s, new Cue(span(t, "sagte"), "sagte")));
        Coding c = new Coding("N1", span(t, quoted), "Q1", "defector", null, 0.9, "rules@1", "gegen andere Muslime");
        Entity berlin = new Entity("L1", EntityType.PLACE, "Berlin", List.of(), null, "DE",
                List.of(new Mention(span(t, "Berlin"), "Berlin", Mention.Kind.NAME)));
        return plain(t, "de", LocalDate.of(2017, 3, 2), "Der Spiegel")
                .with(Layers.QUOTES, List.of(q)).with(Layers.CODINGS, List.of(c)).with(Layers.PLACES, List.of(berlin));
    }

    static final String ARABIC = "قال المقاتل السابق إن الحياة في الرقة كانت صعبة ومخيبة للآمال، وإن الأجانب عادوا إلى بلدانهم.";

    static final String ENGLISH = "Returning fighters said the group was fighting other Muslims instead of the regime. "
            + "Officials in London counted 400 returnees.";
}
