package org.bulletin.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sealed document type and its cases stay in step. */
class DocumentTest {

    @Test
    void casesHaveOneMethodForEveryPermittedType() {
        List<Class<?>> handled = Arrays.stream(Document.Cases.class.getDeclaredMethods())
                .filter(m -> !m.isSynthetic())
                .map(Method::getParameterTypes)
                .peek(parameters -> assertThat(parameters).hasSize(1))
                .<Class<?>>map(parameters -> parameters[0])
                .toList();

        assertThat(handled)
                .as("Document permits a type Document.Cases has no method for (or the other way round)")
                .containsExactlyInAnyOrder(Document.class.getPermittedSubclasses());
    }

    @Test
    void everyKindCallsItsOwnCase() {
        Document.Cases<String> names = new Document.Cases<>() {
            @Override
            public String page(Page page) {
                return "page";
            }

            @Override
            public String quiz(Quiz quiz) {
                return "quiz";
            }

            @Override
            public String draft(Draft draft) {
                return "draft";
            }
        };
        Page page = new Page("content/a.adoc", Page.POST, "A", null, List.of(), "", "", "a.html", 1);
        Quiz quiz = new Quiz("q", "content/quiz/q.adoc", "Q", "", null, "published", 60, null, "none", null, null,
                null, null, List.of(), List.of(), "v", "s");

        assertThat(List.of(page.match(names), quiz.match(names), new Draft("content/d.adoc", "D", null).match(names)))
                .containsExactly("page", "quiz", "draft");
    }

    @Test
    void theSiteListsPublishedDocumentsInOneOrderAndLeavesDraftsOut() {
        Page older = new Page("content/b.adoc", Page.POST, "B", java.time.LocalDate.of(2022, 3, 1), List.of(), "", "",
                "b.html", 1);
        Page newer = new Page("content/a.adoc", Page.POST, "A", java.time.LocalDate.of(2022, 3, 2), List.of(), "", "",
                "a.html", 1);
        Page about = new Page("content/about.adoc", Page.PAGE, "About", null, List.of(), "", "", "about.html", 1);
        Quiz quiz = new Quiz("q", "content/quiz/q.adoc", "Q", "", null, "published", 60, null, "none", null, null,
                null, null, List.of(), List.of(), "v", "s");
        Draft draft = new Draft("content/d.adoc", "D", null);

        Site site = SiteBuilder.build(null, List.of(quiz, draft, about, older, newer), List.of());

        assertThat(site.documents()).containsExactly(newer, older, about, quiz);
        assertThat(site.posts()).containsExactly(newer, older);
        assertThat(site.pages()).containsExactly(about);
        assertThat(site.quizzes()).containsExactly(quiz);
    }
}
