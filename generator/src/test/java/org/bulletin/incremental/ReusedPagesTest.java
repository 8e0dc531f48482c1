package org.bulletin.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The scan that tells which inline-style classes a finished page uses. */
class ReusedPagesTest {

    @Test
    void findsStyleClassesStandingAsWordsOfTheirOwn() {
        String html = "<p class=\"bs-0123abcd x\">a</p><td class=\"cell bs-ffff0000\">b</td>"
                + "<span class=\"a-bs-00000001\">dash before counts as a boundary</span>"
                + "xbs-11111111 bs-2222222g bs-333333334 中bs-44444444 bs-5555 bs-66666666";
        assertThat(ReusedPages.styleClasses(html))
                .containsExactly("bs-00000001", "bs-0123abcd", "bs-66666666", "bs-ffff0000");
    }
}
