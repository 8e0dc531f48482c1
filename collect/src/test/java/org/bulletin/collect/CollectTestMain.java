package org.bulletin.collect;

import picocli.CommandLine;

/** Test-only launcher: runs {@code bulletin collect} in a separate JVM for the kill and SIGTERM tests. */
public final class CollectTestMain {

    private CollectTestMain() {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new CollectCommand()).execute(args));
    }
}
