package org.bulletin.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CjkTextTest {

    @Test
    void joinsLinesOnlyBetweenCjkCharacters() {
        assertThat(CjkText.joinLines(List.of("定为“国际社工日”，", "以唤起", "公众 12345", "热线", "一 +", "二",
                "**重要**", "的事", "English", "text")))
                .containsExactly("定为“国际社工日”，以唤起公众 12345", "热线一 +", "二**重要**的事", "English", "text");
        assertThat(CjkText.joinLines(List.of("한국어", "문장"))).containsExactly("한국어", "문장");
    }

    @Test
    void makesConstrainedMarksBesideCjkUnconstrained() {
        assertThat(CjkText.constrainedToUnconstrained("社工*不*轻信")).isEqualTo("社工**不**轻信");
        assertThat(CjkText.constrainedToUnconstrained("*不*轻信，_千万_记住`密码`")).isEqualTo("**不**轻信，__千万__记住``密码``");
        assertThat(CjkText.constrainedToUnconstrained("，*不*。")).isEqualTo("，*不*。");
        assertThat(CjkText.constrainedToUnconstrained("中文 a*b*c 与 **已经** 和 \\*转义*中")).isEqualTo("中文 a*b*c 与 **已经** 和 \\*转义*中");
        assertThat(CjkText.constrainedToUnconstrained("见 https://x.org/a_b_中 和 +*字面*+中")).isEqualTo("见 https://x.org/a_b_中 和 +*字面*+中");
    }
}
