package org.bulletin.model;

import java.time.LocalDate;

/**
 * A resident's message on the message wall. All text is plain text, never markup.
 *
 * @param date    the day it was written
 * @param name    the resident's name as they gave it (may be empty)
 * @param message the message, line breaks kept
 * @param reply   the centre's answer, or empty
 * @param line    line in the data file, for messages
 */
public record Message(LocalDate date, String name, String message, String reply, int line) {
}
