package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** A people's adjective after a verb of speech and before its noun ("said Dutch women") names no one. */
class DemonymBeforeNounTest {

    private static List<String> persons(String text) {
        return TestPipelines.analyze(text, "en").get(Layers.PERSONS).stream().map(Entity::canonical).toList();
    }

    @Test
    void aDemonymBeforeItsNounAfterSaidIsNoName() {
        assertThat(persons("Several ministers cited what returnees had told them. A senior official, NCTV, who briefed"
                + " journalists on condition of anonymity, said Dutch women who came back in 2018 had described \"a"
                + " caliphate that was shrinking every month\".")).doesNotContain("Dutch");
    }

    @Test
    void aNameAfterSaidIsStillAName() {
        assertThat(persons("\"We were hungry,\" said Kyari, who left the group in 2019.")).contains("Kyari");
    }
}
