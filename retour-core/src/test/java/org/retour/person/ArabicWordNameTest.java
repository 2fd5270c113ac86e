package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * An Arabic given name that is also a common word (« كامل » whole, « أسماء » names, « آيات » verses) is a name
 * only when the text confirms it.
 */
class ArabicWordNameTest {

    private static List<String> persons(String text) {
        return TestPipelines.analyze(text, "ar").get(Layers.PERSONS).stream().map(Entity::canonical).toList();
    }

    @Test
    void aCommonWordBeforeANounWithTheArticleIsNoName() {
        assertThat(persons("كان يحفظ آيات الجهاد ويكرر فضل الانغماس على الشباب.")).isEmpty();
        assertThat(persons("استخدم المقاتلون أسماء مستعارة بالنصوص كاملة، والتزموا بها بشكل كامل بالنصوص.")).noneMatch(
                p -> p.contains("كامل"));
    }

    @Test
    void aCommonWordWithAFamilyNameAfterItIsAName() {
        assertThat(persons("وصل كامل الشمري إلى المخيم في الشتاء.")).contains("كامل الشمري");
        assertThat(persons("وصل الباحث حسن الأحمد إلى المخيم في الشتاء.")).contains("حسن الأحمد");
        assertThat(persons("وصل عمر فاضل إلى المخيم في الشتاء.")).contains("عمر فاضل");
    }

    @Test
    void aVerbOfSpeechOrANamingWordBeforeTheWordMakesItAName() {
        assertThat(persons("وقالت شهد إن الحياة في المخيم صعبة.")).contains("شهد");
        assertThat(persons("وقال شاب من القصرين يدعى أيمن، إنه ندم.")).contains("أيمن");
    }

    @Test
    void aNameReadWholeBeforeIsTheSamePersonAlone() {
        assertThat(persons("وصل كامل الشمري إلى المخيم. ويقول كامل إنه ندم على كل شيء. ثم سكت كامل طويلًا."))
                .containsExactly("كامل الشمري");
    }

    @Test
    void aGivenNameThatIsNoCommonWordNeedsNoConfirmation() {
        assertThat(persons("وصل يزن إلى المخيم في الشتاء.")).contains("يزن");
    }
}
