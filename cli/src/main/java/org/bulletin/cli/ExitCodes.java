package org.bulletin.cli;

/** The command line's exit codes: explicit numbers, documented in docs/content/reference/command-line.md. */
public final class ExitCodes {
    /** Success (warnings may have been printed). */
    public static final int OK = 0;
    /** The content has errors (each printed as path:line: message); nothing was published. */
    public static final int CONTENT = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** The environment failed: a folder cannot be written, a port is taken, Java is too old. */
    public static final int ENVIRONMENT = 3;

    private ExitCodes() {
    }
}
