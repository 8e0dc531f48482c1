package org.bulletin.importer;

import java.util.List;

/**
 * One question as the organiser's list has it, every field the text of its cell or line, not checked yet.
 *
 * @param line        row of the spreadsheet (1 = the header) or line of the pasted text
 * @param title       the question
 * @param options     the options A, B, C … in order (empty texts where a column is empty)
 * @param answer      {@code B}, {@code ABD}, or the text of a blank (several: separated by {@code |})
 * @param explanation shown after submitting, or empty
 * @param points      weight as written, or empty
 * @param knowledge   knowledge point, or empty
 */
record RawQuestion(int line, String title, List<String> options, String answer, String explanation, String points,
                   String knowledge) {

    RawQuestion {
        options = List.copyOf(options);
    }
}
