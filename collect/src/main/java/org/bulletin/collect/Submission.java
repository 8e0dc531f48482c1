package org.bulletin.collect;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A validated submission, ready to be stored.
 *
 * @param kind   quiz result or message
 * @param key    idempotency key: equal keys are stored once
 * @param id     the id answered to the page
 * @param record the JSON object stored as one line
 */
record Submission(Kind kind, String key, String id, ObjectNode record) {

    enum Kind {
        RESULT("results.jsonl"),
        MESSAGE("messages.jsonl");

        final String fileName;

        Kind(String fileName) {
            this.fileName = fileName;
        }
    }
}
