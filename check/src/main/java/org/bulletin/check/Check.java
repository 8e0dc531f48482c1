package org.bulletin.check;

import java.io.IOException;

/** One kind of check over a generated site. */
interface Check {

    /** A short name, used to group results in the JUnit report ({@code links}, {@code html} …). */
    String name();

    void run(OutputSite site, Findings findings) throws IOException;
}
