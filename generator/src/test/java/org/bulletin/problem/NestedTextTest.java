package org.bulletin.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A text given as another text's argument is put into the same language as the text around it. */
class NestedTextTest {

    @Test
    void aTextInsideAnotherIsInTheSameLanguage() {
        Text inner = Text.of("problem.warning", "a.adoc:2: {0} x");
        Text outer = Text.of("problem.error", inner);
        assertThat(outer.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("错误：警告：a.adoc:2: {0} x");
        assertThat(outer.english()).isEqualTo("error: warning: a.adoc:2: {0} x");
        assertThat(Text.of("problem.error", Text.of("problem.error", outer)).english())
                .isEqualTo("error: error: error: warning: a.adoc:2: {0} x");
        assertThat(Text.of("problem.error", Text.plain("as it is")).in(Locale.CHINESE)).isEqualTo("错误：as it is");
    }

    /** An argument from outside (a resident's name in a results file) that looks like the marker stays words. */
    @Test
    void anArgumentThatStartsWithTheMarkerIsShownNotDecoded() {
        String hostile = "\u0001problem.error\u00029999:x";
        assertThat(Text.of("problem.error", hostile).english()).isEqualTo("error: \uFFFDproblem.error\u00029999:x");
        assertThat(Text.of("problem.error", "\u0001").in(Locale.CHINESE)).isEqualTo("错误：\uFFFD");
        // a text read back from a damaged cache entry is shown as it was stored, not a crash
        assertThat(new Text("problem.error", java.util.List.of("\u0001x\u0002zz:")).english()).isEqualTo("error: \u0001x\u0002zz:");
    }
}
