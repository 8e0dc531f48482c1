package org.bulletin.report;

import java.time.LocalDate;
import java.util.List;
import org.bulletin.config.SiteConfig;
import org.bulletin.model.Message;
import org.bulletin.model.Site;

/**
 * The draft wrap-up article ({@code :jbake-status: draft}), in the plain words of a community
 * wrap-up: articles read, quiz participants, visits, knowledge points spread, average score, and what
 * residents said on the message wall. The editor completes it and sets the status to published.
 */
public final class WrapUpArticle {

    private WrapUpArticle() {
    }

    public static String asciidoc(Site site, CampaignReport r) {
        SiteConfig c = site.config();
        boolean zh = c.chinese();
        LocalDate date = c.campaignEnd() != null ? c.campaignEnd() : LocalDate.of(1970, 1, 1);
        StringBuilder s = new StringBuilder();
        s.append("= ").append(zh ? c.title() + "圆满结束" : c.title() + ": the week in numbers").append('\n');
        s.append(":jbake-type: post\n:jbake-status: draft\n:jbake-date: ").append(date).append('\n');
        s.append(":jbake-tags: ").append(zh ? "活动回顾" : "review").append("\n\n");
        String organiser = c.organiser().isEmpty() ? (zh ? "我们" : "we") : c.organiser();
        if (zh) {
            s.append("近日，").append(organiser).append("开展了").append(c.title()).append("线上主题活动。");
            s.append("活动以美文宣传、留言互动和有奖知识问答的形式进行。\n\n");
            if (r.measured()) {
                s.append("其中，宣传文章累计阅读 ").append(r.articleViews()).append(" 次，线上有奖问答共 ")
                        .append(r.participants()).append(" 人参与，网站访问 ").append(r.visits()).append(" 次，传播知识点 ")
                        .append(r.knowledgePoints()).append(" 个，平均分 ").append(r.average()).append(" 分。\n");
            } else {
                s.append("其中，线上有奖问答共 ").append(r.participants()).append(" 人参与，传播知识点 ")
                        .append(r.knowledgePoints()).append(" 个，平均分 ").append(r.average())
                        .append(" 分（宣传文章阅读次数和网站访问次数未统计）。\n");
            }
        } else {
            s.append("Recently, ").append(organiser).append(" held the online activities of ").append(c.title())
                    .append(": articles, a message wall and a prize knowledge quiz.\n\n");
            if (r.measured()) {
                s.append("The articles were read ").append(r.articleViews()).append(" times, ").append(r.participants())
                        .append(" people took part in the online quiz, with ").append(r.visits()).append(" visits, ")
                        .append(r.knowledgePoints()).append(" knowledge points spread, and the average score is ")
                        .append(r.average()).append(".\n");
            } else {
                s.append(r.participants()).append(" people took part in the online quiz, ").append(r.knowledgePoints())
                        .append(" knowledge points spread, and the average score is ").append(r.average())
                        .append(" (reads of the articles and visits were not measured).\n");
            }
        }
        List<Message> quotes = site.messages().stream().filter(m -> !m.name().isEmpty()).limit(2).toList();
        if (!quotes.isEmpty()) {
            s.append('\n').append(zh ? "在留言中，居民们对社工的服务给予了高度评价。" : "On the message wall, residents spoke highly of the services.");
            for (Message m : quotes) {
                s.append(zh ? "居民" + oneLine(m.name()) + "说：“" + oneLine(m.message()) + "”"
                        : " " + oneLine(m.name()) + " said: \"" + oneLine(m.message()) + "\"");
            }
            s.append('\n');
        }
        s.append("\n// ").append(zh ? "请核对数字、补充照片后，把 jbake-status 改为 published。"
                : "Check the numbers, add photos, then set jbake-status to published.").append('\n');
        return s.toString();
    }

    /** A resident's words on one line, inert: see {@link AsciidocText#inline}. */
    static String oneLine(String text) {
        return AsciidocText.inline(text);
    }
}
