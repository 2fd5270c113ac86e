package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** In English, ", who" or ", a 31-year-old" right after a name no lexicon lists makes it a person's. */
class EnglishAppositionNameTest {

    private static List<String> persons(String text) {
        return TestPipelines.analyze(text, "en").get(Layers.PERSONS).stream().map(Entity::canonical).toList();
    }

    @Test
    void aWhoClauseOrAnAgeDescriptionAfterAnUnlistedNameMakesAPerson() {
        assertThat(persons("Outside the prison, I find Wassilatou, who walked out of Hawija on foot."))
                .containsExactly("Wassilatou");
        assertThat(persons("One of them spoke by video link. Fodil El A., a 31-year-old from Rotterdam, returned in 2018."))
                .containsExactly("Fodil El A.");
    }

    @Test
    void aTimeAPlaceOrAPeopleBeforeWhoIsNoPerson() {
        assertThat(persons("She appeared before a magistrate in Rotterdam on Friday, who will decide her case.")).isEmpty();
        assertThat(persons("Many had come from Qardho, who said they were hungry.")).isEmpty();
        assertThat(persons("Azerbaijanis, who made up a large contingent, were sent to the front.")).isEmpty();
        assertThat(persons("The Home Office, which runs the scheme, declined to comment.")).isEmpty();
    }
}
