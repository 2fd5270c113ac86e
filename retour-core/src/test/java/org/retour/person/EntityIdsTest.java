package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * No two entities of a document share an id, a public figure named only by its own forms included: the store keys
 * entities by document and id, and refuses a document whose ids repeat.
 */
class EntityIdsTest {

    @Test
    void aFigureAfterPersonsWhoseNumbersHaveAGapTakesANewNumber() {
        List<Entity> persons = List.of(person("P1"), person("P2"), person("P6"));
        assertThat(PublicFigures.highestId(persons)).isEqualTo(6);
        assertThat(PublicFigures.highestId(List.of(person("P1"), person("P2")))).isEqualTo(2);
    }

    @Test
    void everyDevelopmentArticleHasDistinctEntityIds() throws IOException {
        List<String> repeated = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("..", "gold", "dev"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(f);
                String lang = text.contains("\nlang: ") ? text.substring(text.indexOf("\nlang: ") + 7,
                        text.indexOf("\nlang: ") + 9) : "en";
                Analysis a = TestPipelines.analyze(text, lang);
                Set<String> ids = new HashSet<>();
                for (Entity e : entities(a)) {
                    if (!ids.add(e.id())) {
                        repeated.add(f.getFileName() + " " + e.id());
                    }
                }
            }
        }
        assertThat(repeated).isEmpty();
    }

    private static List<Entity> entities(Analysis a) {
        List<Entity> all = new ArrayList<>(a.get(Layers.PERSONS));
        all.addAll(a.find(Layers.ORGANIZATIONS).orElse(List.of()));
        all.addAll(a.find(Layers.PLACES).orElse(List.of()));
        return all;
    }

    private static Entity person(String id) {
        return new Entity(id, org.retour.model.EntityType.PERSON, "X " + id, List.of(), null, null, List.of());
    }
}
