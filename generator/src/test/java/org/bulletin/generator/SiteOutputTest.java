package org.bulletin.generator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The scan that tells which inline-style classes a finished page uses. */
class SiteOutputTest {

    @Test
    void findsStyleClassesStandingAsWordsOfTheirOwn() {
        String html = "<p class=\"bs-0123abcd x\">a</p><td class=\"cell bs-ffff0000\">b</td>"
                + "<span class=\"a-bs-00000001\">dash before counts as a boundary</span>"
                + "xbs-11111111 bs-2222222g bs-333333334 中bs-44444444 bs-5555 bs-66666666";
        assertThat(SiteOutput.styleClasses(html))
                .containsExactly("bs-00000001", "bs-0123abcd", "bs-66666666", "bs-ffff0000");
    }

    record Inner(String a, int b) {
    }

    record Outer(String name, Inner inner, java.util.List<String> list, Object none) {
    }

    @Test
    void describesARecordAsItsToStringWould() {
        Outer o = new Outer("x", new Inner("y", 2), java.util.List.of("p", "q"), null);
        assertThat(SiteOutput.describe(o)).isEqualTo(o.toString())
                .isEqualTo("Outer[name=x, inner=Inner[a=y, b=2], list=[p, q], none=null]");
    }
}
