package org.bulletin.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How typed fill-in answers are compared (the page's {@code normalise} follows the same rule). */
class BlankAnswerTest {

    @ParameterizedTest(name = "{0} ({1}) → {2}")
    @CsvSource(delimiter = '|', value = {
        "三|false|三",
        "三|true|3",
        "第三|true|第3",
        "二十一|true|21",
        "十五|true|15",
        "一百零八|true|108",
        "两千零二十二|true|2022",
        "二〇二二|true|2022",
        "三万五千|true|35000",
        " Ｐａｒｉｓ 。|false|paris",
        "“社工”|false|社工",
        "A B\tC|false|abc",
        "１２３|true|123",
        "。。|false|''",
    })
    void normalises(String typed, boolean numerals, String expected) {
        assertThat(BlankAnswer.normalise(typed, numerals)).isEqualTo(expected.equals("''") ? "" : expected);
    }
}
