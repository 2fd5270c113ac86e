package org.retour.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;

/** A military branch before a rank and a name is the person's title: the organisation does not swallow the name. */
class RankTitleTest {

    private static List<String> names(String text, String layer) {
        var key = layer.equals("org") ? Layers.ORGANIZATIONS : Layers.PERSONS;
        return Articles.analyze(text, "en", LocalDate.of(2022, 6, 1)).get(key).stream().map(Entity::canonical).toList();
    }

    @Test
    void aBranchBeforeAnAbbreviatedRankEndsAtTheRank() {
        String text = "Air Force Maj. Gen. Paul Okafor said the base would close. Navy Cmdr. Lena Hart declined to comment.";
        assertThat(names(text, "org")).containsExactly("Air Force");
        assertThat(String.join(" ", names(text, "org"))).doesNotContain("Okafor", "Hart");
    }

    @Test
    void aNameWithGeneralInsideStaysWhole() {
        assertThat(names("The United Nations General Assembly voted on Tuesday.", "org"))
                .anyMatch(n -> n.contains("General Assembly"));
    }
}
