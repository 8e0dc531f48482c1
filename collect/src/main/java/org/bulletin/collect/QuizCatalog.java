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

    /**
     * The ids of the questions quiz {@code id} asks the device {@code client} (its draw from the bank), or null
     * when the quiz asks every question or is unknown here.
     */
    default java.util.List<String> drawnFor(String id, String client) {
        return null;
    }

    /** The ids of quiz {@code id}'s fill-in-the-blank questions (empty when none or unknown here). */
    default java.util.Set<String> blankQuestions(String id) {
        return java.util.Set.of();
    }
}
