package org.bulletin.collect;

/** A request the collector refuses: an HTTP status and a plain-words reason, never a stack trace. */
final class Rejection extends Exception {

    private final int status;

    Rejection(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
