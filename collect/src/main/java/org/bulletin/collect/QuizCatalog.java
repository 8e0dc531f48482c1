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
     * Whether these answers reach quiz {@code id}'s prize score, re-scored with the site's answer key
     * (the collector signs a claim only then). Without a site the collector cannot tell and signs every
     * result the page sent with a claim; the report re-scores it anyway.
     *
     * @param answers question id → chosen option indexes in source order
     */
    default boolean prizeLevel(String id, java.util.Map<String, java.util.List<Integer>> answers) {
        return true;
    }
}
