package org.bulletin.cli;

import java.io.PrintStream;

/** Test access to the command line. */
public final class BulletinCliAccess {

    private BulletinCliAccess() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return BulletinCli.run(args, out, err);
    }
}
