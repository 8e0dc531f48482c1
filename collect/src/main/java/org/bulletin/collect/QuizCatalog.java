package org.bulletin.collect;

/**
 * The quizzes a site publishes, used by {@code bulletin collect --site} to refuse results for
 * quizzes or quiz versions the site does not have.
 */
public interface QuizCatalog {

    /** Whether the site has a quiz with this id. */
    boolean knowsQuiz(String id);

    /** Whether {@code version} (the hash of the quiz definition) is a version of quiz {@code id}. */
    boolean knowsVersion(String id, String version);
}
