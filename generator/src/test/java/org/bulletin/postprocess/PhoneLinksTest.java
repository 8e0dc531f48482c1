package org.bulletin.postprocess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.bulletin.problem.Problems;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PhoneLinksTest {

    private static String linked(String body) {
        Document page = Jsoup.parse("<html><head><title>0591-8765 4321</title></head><body>" + body + "</body></html>");
        page.outputSettings().prettyPrint(false);
        new PhoneLinks().apply(page, new PageContext("index.html", "", "", Set.of(), new Problems()));
        return page.body().html();
    }

    @Test
    void linksLandlinesMobilesAndServiceNumbersKeepingTheText() {
        assertThat(linked("<p>服务中心电话 0591-0000 0000（工作日）</p>"))
                .isEqualTo("<p>服务中心电话 <a href=\"tel:059100000000\" class=\"tel\">0591-0000 0000</a>（工作日）</p>");
        assertThat(linked("<p>手机13900000000，或 139 0000 0001；热线 400-123-4567，（0591）87654321，+86 139-0000-0002</p>"))
                .contains("<a href=\"tel:13900000000\" class=\"tel\">13900000000</a>")
                .contains("<a href=\"tel:13900000001\" class=\"tel\">139 0000 0001</a>")
                .contains("<a href=\"tel:4001234567\" class=\"tel\">400-123-4567</a>")
                .contains("<a href=\"tel:059187654321\" class=\"tel\">（0591）87654321</a>")
                .contains("<a href=\"tel:+8613900000002\" class=\"tel\">+86 139-0000-0002</a>");
    }

    @Test
    void leavesLinksCodeDatesTimesAndLongerNumbersAlone() {
        String body = "<p><a href=\"tel:1\">0591-0000 0000</a> <code>13900000000</code> 2022-03-14 8:30–17:30 "
                + "身份证 350102199001011234 订单 139000000001 <time>2022年3月14日</time> 95588</p>";
        assertThat(linked(body)).isEqualTo(body);
    }

    @Test
    void keepsMarkupCharactersOfTheTextAsText() {
        assertThat(linked("<p>&lt;b&gt;13900000000&lt;/b&gt;</p>"))
                .isEqualTo("<p>&lt;b&gt;<a href=\"tel:13900000000\" class=\"tel\">13900000000</a>&lt;/b&gt;</p>");
    }
}
