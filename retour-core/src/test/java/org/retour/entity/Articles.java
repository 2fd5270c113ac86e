package org.retour.entity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.retour.analyze.AnalyzerConfig;
import org.retour.analyze.StandardPipeline;
import org.retour.lang.LanguageConfig;
import org.retour.lang.LanguageStage;
import org.retour.lang.LinguaLanguageIdentifier;
import org.retour.model.Document;
import org.retour.model.Entity;
import org.retour.model.SourceMetadata;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Pipeline;
import org.retour.pipeline.Stage;
import org.retour.segment.RuleSentenceSplitter;
import org.retour.segment.RuleTokenizer;
import org.retour.segment.SentenceStage;
import org.retour.segment.TokenStage;

/** The founding article, short test articles and the pipeline that analyses them, for the entity, date and figure tests. */
public final class Articles {

    /** Language, sentences and tokens: what the entity, date and figure stages need first. */
    public static final List<Stage> BASICS = List.of(
            new LanguageStage(LinguaLanguageIdentifier.forConfig(LanguageConfig.DEFAULT)),
            new SentenceStage(RuleSentenceSplitter.bundled(), null),
            new TokenStage(RuleTokenizer.bundled()));

    private static final Pipeline STANDARD = StandardPipeline.create(AnalyzerConfig.DEFAULT);

    /** The basic stages with the bundled organisations and places after them. */
    public static final Pipeline PLACES = withPlaces();

    private static Pipeline withPlaces() {
        Pipeline.Builder b = Pipeline.builder();
        BASICS.forEach(b::add);
        return b.add(OrganizationStage.bundled(AliasTable.bundled())).add(PlaceStage.bundled()).build();
    }

    /** An English article with the hard cases of organisations, places, dates and figures. */
    public static final String ENGLISH = """
            About 850 Britons have travelled to Syria and Iraq to join ISIS, the Home Office said on Tuesday, June 14. \
            Nearly half of them have returned to the UK, according to the Metropolitan Police.
            The Islamic State of Iraq and the Levant lost Manbij last month. At least 400 fighters were killed near \
            Raqqa in the summer of 2015, said Rami Abdel Rahman, director of the Syrian Observatory for Human Rights (SOHR).
            A Belgian left Molenbeek two years ago. Two dozen militants of Jabhat al-Nusra were arrested in 2014. \
            ISIS's fighters are young; the group is not what it was. Some 1,200 foreign fighters came from Tunisia.
            """;

    /** A German article. */
    public static final String GERMAN = """
            Rund 1000 Deutsche sind nach Syrien und in den Irak ausgereist, sagte der Präsident des Bundesamts für \
            Verfassungsschutz, Hans-Georg Maaßen, am Freitag, 10. Juni 2016. Etwa ein Drittel ist zurückgekehrt.
            Die IS-Miliz verlor Mossul im Sommer 2017. Dutzende Kämpfer des Islamischen Staates wurden getötet, so die \
            Syrische Beobachtungsstelle für Menschenrechte. Vor zwei Jahren war eine Deutsche aus Dinslaken nach Rakka \
            gereist. Letzten Monat kehrten Kämpfer der Armee zurück; das Ei ist kein Zeichen. Die IS-Kämpfer schweigen.
            """;

    /** An Arabic article. */
    public static final String ARABIC = """
            قال مدير الاستخبارات إن 244 شخصا عادوا إلى فرنسا من سوريا والعراق في منتصف مايو 2016.
            وقتل عشرات المقاتلين من تنظيم الدولة الإسلامية في الرقة الشهر الماضي، بحسب المرصد السوري لحقوق الإنسان. \
            وأعلن داعش أن الدولة الإسلامية في العراق والشام باقية. وقال مقاتل سابق لداعش إنه عاد قبل عامين.
            """;

    private Articles() {
    }

    /** The founding article, from the samples folder of the project. */
    public static String founding() {
        for (Path p : List.of(Path.of("../samples/afp-2016-06-10-combattants-etrangers.txt"),
                Path.of("samples/afp-2016-06-10-combattants-etrangers.txt"))) {
            if (Files.exists(p)) {
                try {
                    return Files.readString(p, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("the founding article is missing from samples/");
    }

    /** The standard analysis of {@code text} in {@code lang}, published on {@code published} (or unknown). */
    public static Analysis analyze(String text, String lang, LocalDate published) {
        return STANDARD.analyze(new Document(null, text, lang, published, SourceMetadata.NONE));
    }

    /** The entity one of whose names or mentions is {@code name}, or null. */
    public static Entity entity(List<Entity> entities, String name) {
        for (Entity e : entities) {
            if (e.canonical().equals(name) || e.aliases().contains(name)
                    || e.mentions().stream().anyMatch(m -> m.text().equals(name))) {
                return e;
            }
        }
        return null;
    }

    /** The texts of the organisation mentions the standard pipeline finds in {@code text}, published on 1 May 2021. */
    public static List<String> organisationMentions(String text, String lang) {
        List<Entity> orgs = analyze(text, lang, LocalDate.of(2021, 5, 1)).get(org.retour.pipeline.Layers.ORGANIZATIONS);
        return orgs.stream().flatMap(e -> e.mentions().stream()).map(m -> m.text()).toList();
    }

    /** The canonical names of the organisations the standard pipeline finds in {@code text}, published on 1 May 2021. */
    public static List<String> organisationCanonicals(String text, String lang) {
        return analyze(text, lang, LocalDate.of(2021, 5, 1)).get(org.retour.pipeline.Layers.ORGANIZATIONS).stream()
                .map(Entity::canonical).toList();
    }
}
