package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cue families of the codebook's version 17, each in French, English, German and Arabic: a man beaten to death,
 * townspeople beaten like animals, houses and fields set on fire, a killing in front of the victim's children, an
 * imam or a shopkeeper shot, public executions, a man flogged for smoking (N2); leaders who lacked nothing, rules
 * that did not apply to them, loot kept for themselves (N3); grass and leaves boiled for food, houses and pay
 * promised, pots washed and streets swept (N4); a map that grew smaller, bombing day and night or coming closer,
 * coalition strikes, places falling one after another, fewer fighters every week, fighters deserting by the dozen,
 * nothing left of the state (N6); passports collected, no resigning from the group, a runaway brought back and
 * never seen again, caught with a forged permit, handed to the group's police, asking to go home taken for the
 * enemy's side, deserters hunted, a throat cut for running, a body left so that everyone would understand, talk of
 * leaving followed by arrest, no way out, fear of being caught on the way, "they would kill me if I left",
 * families held hostage, snipers at the border, an execution because the victim wanted to go home, in German
 * subordinate order too (N7). A spy named beside a desertion is the deserter's label, not corruption (N3). Each
 * family has look-alikes that are not coded: a husband who beat his wife, people treated like dogs by their own
 * side, a towel folded smaller and smaller, a passport taken to fly out, resigning from a job, a fake passport at
 * an airport, a coalition government, hostages freed.
 */
class ParityFamilyTest {

    static Stream<Arguments> wordings() {
        return Stream.of(
                Arguments.of("N2", "fr", "J'ai vu un homme mourir sous les coups dans la prison."),
                Arguments.of("N2", "en", "A man in our street died under the beatings of the hisba."),
                Arguments.of("N2", "de", "Ein Ladenbesitzer wurde auf offener Straße totgeprügelt."),
                Arguments.of("N2", "ar", "ضربوه حتى الموت في السجن"),
                Arguments.of("N2", "fr", "Ils frappaient des vieillards du quartier."),
                Arguments.of("N2", "en", "They were beating old fathers and neighbours in the street."),
                Arguments.of("N2", "de", "Sie verprügelten alte Männer und Nachbarn."),
                Arguments.of("N2", "ar", "كانوا يضربون الشيوخ والجيران"),
                Arguments.of("N2", "fr", "Ils ont brûlé les maisons des familles qui refusaient."),
                Arguments.of("N2", "en", "They torched the fields of the farmers who refused to pay."),
                Arguments.of("N2", "de", "Sie haben die Häuser der Familien niedergebrannt."),
                Arguments.of("N2", "ar", "أحرقوا بيوت العائلات التي رفضت"),
                Arguments.of("N2", "fr", "Il a été fusillé devant ses enfants."),
                Arguments.of("N2", "en", "The shepherd was shot in front of his sons."),
                Arguments.of("N2", "de", "Er wurde vor den Augen seiner Kinder erschossen."),
                Arguments.of("N2", "ar", "أعدموه أمام أطفاله"),
                Arguments.of("N2", "fr", "Ils ont abattu un imam devant sa mosquée."),
                Arguments.of("N2", "en", "They shot an imam outside his mosque."),
                Arguments.of("N2", "de", "Sie haben einen Imam vor seiner Moschee erschossen."),
                Arguments.of("N2", "de", "Die haben Muslime behandelt wie Vieh."),
                Arguments.of("N3", "fr", "Les émirs, eux, ne manquaient de rien."),
                Arguments.of("N3", "en", "The emirs never wanted for anything."),
                Arguments.of("N3", "de", "Den Emiren fehlte es an nichts."),
                Arguments.of("N3", "ar", "الأمراء لا ينقصهم شيء"),
                Arguments.of("N3", "fr", "Les interdits ne s'appliquaient pas aux émirs."),
                Arguments.of("N3", "en", "The rules did not apply to the commanders."),
                Arguments.of("N3", "de", "Für die galt keine einzige Regel."),
                Arguments.of("N3", "ar", "القواعد لا تطبق على الأمراء"),
                Arguments.of("N4", "fr", "On faisait bouillir des feuilles pour les enfants."),
                Arguments.of("N4", "en", "We boiled grass for the children."),
                Arguments.of("N4", "de", "Wir haben Gras gekocht."),
                Arguments.of("N4", "ar", "كنا نأكل أوراق الشجر"),
                Arguments.of("N4", "ar", "وعدونا بالبيوت والرواتب"),
                Arguments.of("N4", "fr", "Je pensais défendre des gens. J'ai surtout lavé des marmites."),
                Arguments.of("N4", "en", "For a year I was washing dishes for the emir's guards."),
                Arguments.of("N4", "de", "Ich habe ein Jahr lang Töpfe gespült."),
                Arguments.of("N4", "ar", "كنا نغسل الصحون للمقاتلين"),
                Arguments.of("N4", "ar", "كنت أكنس الشوارع طوال اليوم"),
                Arguments.of("N6", "fr", "Chaque mois la carte devenait plus petite."),
                Arguments.of("N6", "en", "Every month the territory got a bit smaller."),
                Arguments.of("N6", "de", "Die Gebiete sind Monat für Monat geschrumpft."),
                Arguments.of("N6", "ar", "كانت الخريطة أصغر كل شهر"),
                Arguments.of("N6", "fr", "Les avions frappaient jour et nuit."),
                Arguments.of("N6", "en", "The planes bombed us day and night."),
                Arguments.of("N6", "de", "Die Flugzeuge kamen Tag und Nacht."),
                Arguments.of("N6", "ar", "كانت الطائرات تقصف ليل نهار"),
                Arguments.of("N6", "fr", "Les quartiers tombaient les uns après les autres."),
                Arguments.of("N6", "en", "The villages fell one after another."),
                Arguments.of("N6", "de", "Ein Viertel nach dem anderen ist gefallen."),
                Arguments.of("N6", "ar", "كانت الأحياء تسقط واحداً بعد الآخر"),
                Arguments.of("N6", "en", "The men at the front were fewer every week."),
                Arguments.of("N6", "de", "Es waren jede Woche weniger."),
                Arguments.of("N6", "ar", "والمقاتلون يقلّون كل يوم"),
                Arguments.of("N7", "fr", "À l'arrivée, ils ont pris nos passeports."),
                Arguments.of("N7", "en", "They kept our passports from the first day."),
                Arguments.of("N7", "de", "Sie nahmen uns die Pässe gleich am ersten Tag ab."),
                Arguments.of("N7", "ar", "أخذوا منا جوازات السفر"),
                Arguments.of("N7", "fr", "On ne quitte pas l'organisation comme ça."),
                Arguments.of("N7", "en", "You didn't resign from the Dawla."),
                Arguments.of("N7", "de", "Beim IS kündigt man nicht."),
                Arguments.of("N7", "ar", "لا استقالة من الدولة"),
                Arguments.of("N7", "en", "They brought him back to the base and he was dealt with."),
                Arguments.of("N7", "de", "Er wurde zurückgebracht und ist dann verschwunden."),
                Arguments.of("N7", "ar", "أعادوه إلى المقر ثم اختفى"),
                Arguments.of("N7", "fr", "Il a été arrêté au barrage avec une fausse autorisation."),
                Arguments.of("N7", "en", "He was taken off a bus near Manbij with a forged permit."),
                Arguments.of("N7", "de", "Er wurde mit gefälschten Papieren erwischt."),
                Arguments.of("N7", "ar", "أمسكوا به وتصريحه مزور"),
                Arguments.of("N7", "en", "The smuggler handed her over to the Islamic police."),
                Arguments.of("N7", "de", "Der hat sie bei der Polizei des IS abgeliefert."),
                Arguments.of("N7", "ar", "الشرطة الإسلامية سلموه"),
                Arguments.of("N7", "fr", "Ceux qui voulaient rentrer étaient traités en ennemis."),
                Arguments.of("N7", "en", "They treated anyone who asked to go home as an enemy."),
                Arguments.of("N7", "de", "Wer nach Hause wollte, galt als Verräter und Feind."),
                Arguments.of("N7", "ar", "من طلب العودة اعتبروه خائنا"),
                Arguments.of("N7", "fr", "Ils traquaient les déserteurs jusque dans les villages."),
                Arguments.of("N7", "en", "The emni hunted deserters like dogs."),
                Arguments.of("N7", "de", "Die Amniyat jagten Deserteure bis an die Grenze."),
                Arguments.of("N7", "ar", "كانوا يطاردون الهاربين في القرى"),
                Arguments.of("N7", "en", "When my friend tried to run, they cut his throat in front of us."),
                Arguments.of("N7", "ar", "حاول صديقي الهرب فذبحوه"),
                Arguments.of("N7", "fr", "Ils ont laissé le corps trois jours pour que tout le monde comprenne."),
                Arguments.of("N7", "en", "They left him there for two days so we would understand."),
                Arguments.of("N7", "de", "Sie ließen die Leiche liegen, damit alle sehen, was passiert."),
                Arguments.of("N7", "ar", "تركوا جثته في الساحة ليراه الجميع"),
                Arguments.of("N7", "fr", "Celui qui parlait de partir était emmené par la hisba."),
                Arguments.of("N7", "en", "Anyone who talked about leaving was taken away by the hisba."),
                Arguments.of("N7", "de", "Wer vom Weggehen sprach, wurde abgeholt."),
                Arguments.of("N7", "ar", "من تحدث عن الخروج اختفى"),
                Arguments.of("N6", "fr", "Les combattants étaient chaque jour moins nombreux."),
                Arguments.of("N6", "en", "Every day the fighters were fewer."),
                Arguments.of("N6", "de", "Wir wurden jeden Tag weniger."),
                Arguments.of("N6", "ar", "كان المقاتلون يقلون كل أسبوع"),
                Arguments.of("N6", "fr", "Les bombardements se rapprochaient de notre quartier."),
                Arguments.of("N6", "en", "Every day the bombing came closer."),
                Arguments.of("N6", "de", "Die Einschläge kamen jeden Tag näher."),
                Arguments.of("N6", "ar", "كان القصف يقترب من حينا"),
                Arguments.of("N6", "ar", "لم يبق من الدولة شيء في آخر الأشهر"),
                Arguments.of("N6", "ar", "لم نعد نستطيع الصمود في الحي"),
                Arguments.of("N6", "ar", "عشرات المقاتلين فروا في تلك الأسابيع"),
                Arguments.of("N6", "fr", "Les combattants désertaient par dizaines."),
                Arguments.of("N6", "de", "Die Kämpfer flohen in Scharen."),
                Arguments.of("N7", "ar", "لم نستطع الخروج من الرقة"),
                Arguments.of("N7", "ar", "كنت خائفا أن يقبضوا علي في الطريق"),
                Arguments.of("N2", "ar", "رأيت إعداما علنيا في الساحة"),
                Arguments.of("N2", "ar", "جلدوا رجلا لأنه كان يدخن"),
                Arguments.of("N6", "fr", "Les frappes de la coalition ne s'arrêtaient jamais."),
                Arguments.of("N6", "en", "The coalition airstrikes hit our positions every night."),
                Arguments.of("N6", "de", "Die Koalition flog Luftangriffe auf unsere Stellungen."),
                Arguments.of("N6", "ar", "كانت غارات التحالف تضرب مواقعنا"),
                Arguments.of("N7", "fr", "Ils me tueraient si je partais, je le savais."),
                Arguments.of("N7", "de", "Ich wusste, dass sie mich umbringen, wenn ich gehe."),
                Arguments.of("N7", "ar", "إذا هربت سيقتلونني"),
                Arguments.of("N7", "fr", "Nos familles étaient leurs otages."),
                Arguments.of("N7", "en", "Our families were their hostages."),
                Arguments.of("N7", "de", "Unsere Familien waren ihre Geiseln."),
                Arguments.of("N7", "ar", "كانت عائلاتنا رهائن لديهم"),
                Arguments.of("N7", "fr", "Des snipers tiraient sur ceux qui essayaient de fuir."),
                Arguments.of("N7", "en", "Snipers shot at anyone trying to flee."),
                Arguments.of("N7", "de", "Scharfschützen schossen auf jeden, der die Flucht versuchte."),
                Arguments.of("N7", "ar", "كان القناصة يطلقون النار على من يحاول الهرب"),
                Arguments.of("N7", "fr", "Il a été fusillé parce qu'il avait demandé une autorisation pour la Turquie."),
                Arguments.of("N7", "de", "Sie haben einen Jungen hingerichtet, weil er nach Hause wollte."),
                Arguments.of("N7", "de", "Er kam in den Keller, weil er fliehen wollte."));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("wordings")
    void aWordingOfTheFamilyIsCoded(String code, String lang, String text) {
        assertThat(codes(text, lang)).contains(code);
    }

    static Stream<Arguments> lookAlikes() {
        return Stream.of(
                Arguments.of("N2", "fr", "Les hommes qui battaient leurs femmes étaient rares."),
                Arguments.of("N2", "fr", "Là-bas, on nous traitait comme des chiens."),
                Arguments.of("N2", "en", "He was beaten in the final by a younger player."),
                Arguments.of("N2", "de", "Er hat uns behandelt wie Kinder."),
                Arguments.of("N2", "ar", "كانوا يضربون الكرة في الملعب"),
                Arguments.of("N3", "en", "The rules of the competition apply to everyone."),
                Arguments.of("N4", "en", "We cooked rice for the guests."),
                Arguments.of("N4", "en", "She washed her hands before the hearing."),
                Arguments.of("N6", "en", "She folds a tea towel into smaller and smaller squares."),
                Arguments.of("N6", "fr", "Le carton devenait de plus en plus petit."),
                Arguments.of("N6", "de", "Der Flug ging von Wien nach Berlin."),
                Arguments.of("N6", "en", "The plane landed at night."),
                Arguments.of("N7", "en", "He showed his passport to the border police at Heathrow."),
                Arguments.of("N7", "en", "He resigned from the bank in 2014."),
                Arguments.of("N7", "de", "Er hat seinen Job gekündigt."),
                Arguments.of("N7", "fr", "Il a démissionné de son poste en 2014."),
                Arguments.of("N7", "fr", "Il a pris son passeport et un billet pour Istanbul."),
                Arguments.of("N7", "en", "He took his passport and flew to Istanbul."),
                Arguments.of("N7", "de", "Er kündigte nicht an, wann er zurückkehren wollte."),
                Arguments.of("N7", "de", "Sie wurde aus dem Lager zurückgeholt und kam ins Gefängnis."),
                Arguments.of("N7", "en", "He was arrested at the airport with a fake passport."),
                Arguments.of("N7", "en", "The hunters came back with two deer."),
                Arguments.of("N7", "fr", "Il a expliqué la règle pour que tout le monde la connaisse."),
                Arguments.of("N6", "en", "The complaints got fewer after the new director came."),
                Arguments.of("N6", "en", "The coalition government fell in the spring."),
                Arguments.of("N7", "en", "The hostages were freed in 2015."),
                Arguments.of("N7", "de", "Er blieb zu Hause, weil er lernen wollte."),
                Arguments.of("N6", "ar", "لم يبق من الوقت إلا القليل"),
                Arguments.of("N2", "ar", "منع التدخين في المدارس"),
                Arguments.of("N7", "fr", "Il témoigne pour que tout le monde sache ce qu'il a vécu."),
                Arguments.of("N7", "en", "He speaks in schools so others could learn from his mistakes."),
                Arguments.of("N7", "de", "Er erzählt seine Geschichte, damit alle wissen, wie es war."),
                Arguments.of("N7", "en", "She talked about leaving her job, and the bank took her back."),
                Arguments.of("N7", "en", "He was arrested in Turkey with false papers."),
                Arguments.of("N7", "fr", "Il a été arrêté en Turquie en 2017 puis expulsé."),
                Arguments.of("N7", "de", "Er wurde 2017 in der Türkei festgenommen."),
                Arguments.of("N7", "ar", "اعتقل في تركيا عام 2017"),
                Arguments.of("N7", "en", "Yazidi women and children were held as hostages."));
    }

    @org.junit.jupiter.api.Test
    void aSpyNamedBesideADesertionIsTheDesertersLabelNotCorruption() {
        assertThat(codes("The day you said you wanted out, you were a spy.", "en")).contains("N7").doesNotContain("N3");
        assertThat(codes("Anyone who asked to leave was called a spy, and the emirs kept the money.", "en"))
                .contains("N3");
        assertThat(codes("Für den IS war jeder ein Spion, der ein Telefon hatte.", "de")).contains("N3");
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("lookAlikes")
    void aLookAlikeOfTheFamilyIsNotCoded(String code, String lang, String text) {
        assertThat(codes(text, lang)).doesNotContain(code);
    }
}
