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

    /**
     * Whether these answers reach quiz {@code id}'s prize score, re-scored with the site's answer key
     * (the collector signs a claim only then). Without a site the collector cannot tell and signs every
     * result the page sent with a claim; the report re-scores it anyway.
     *
     * @param answers question id → chosen option indexes in source order
     * @param blanks  fill-in question id → the typed answer
     * @param client  the device id (a drawing quiz scores only that device's draw)
     */
    default boolean prizeLevel(String id, java.util.Map<String, java.util.List<Integer>> answers,
                               java.util.Map<String, String> blanks, String client) {
        return true;
    }
}
