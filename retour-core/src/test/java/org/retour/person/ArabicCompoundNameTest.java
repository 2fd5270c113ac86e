package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * An Arabic name runs to three words of its own, not counting the honorific that opens it nor the particle of a
 * compound given name ("الدكتور عبد الرحمن الشمري"), and no further: a preposition or a word of the clause ends it.
 */
class ArabicCompoundNameTest {

    private static List<String> persons(String text) {
        List<Entity> persons = TestPipelines.analyze(text, "ar").get(Layers.PERSONS);
        return persons.stream().map(Entity::canonical).toList();
    }

    @Test
    void anHonorificAndACompoundGivenNameLeaveRoomForTheSurname() {
        assertThat(persons("وقال الدكتور عبد الرحمن الشمري، مدير البرامج في المركز، إن المركز استقبل 3300 مستفيد."))
                .contains("عبد الرحمن الشمري");
        assertThat(persons("وقال أبو محمد الحلبي إن الحياة كانت صعبة.")).contains("أبو محمد الحلبي");
    }

    @Test
    void aNameStillEndsAtThreeWordsOfItsOwn() {
        assertThat(persons("وقال محمد أحمد علي حسن إن الحياة كانت صعبة.")).doesNotContain("محمد أحمد علي حسن");
    }

    @Test
    void aPrepositionOrAWordOfTheClauseEndsTheName() {
        assertThat(persons("ويختم مفتاح الهمالي حديثه بالقول إنه يريد أن يعمل.")).containsExactly("مفتاح الهمالي");
        assertThat(persons("وقال خالد عند باب المحل إنه لا يعرف شيئا.")).containsExactly("خالد");
    }

    @Test
    void aRoleSetOffByAnArabicCommaIsThePersonsRole() {
        List<Entity> persons = TestPipelines.analyze("من جهته، قال عضو المجلس البلدي، سالم المنصوري، إن البلدية تعمل.", "ar")
                .get(Layers.PERSONS);
        Map<String, String> roles = persons.stream().filter(e -> e.role() != null)
                .collect(Collectors.toMap(Entity::canonical, Entity::role));
        assertThat(roles).containsEntry("سالم المنصوري", "عضو المجلس البلدي");
    }
}
