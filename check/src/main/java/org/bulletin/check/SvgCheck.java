package org.bulletin.check;

import java.io.IOException;
import org.bulletin.generator.PublishedSvg;
import org.bulletin.problem.Problem;
import org.bulletin.problem.Text;

/**
 * Published SVGs hold nothing that runs or loads from elsewhere when one is opened on its own (scripts,
 * event attributes, {@code <foreignObject>}, links to other sites…): the build removes those, so one left
 * in the output was put there by hand or by an older build, and is an error at the file.
 */
final class SvgCheck implements Check {

    @Override
    public String name() {
        return "svg";
    }

    @Override
    public void run(OutputSite site, Findings findings) throws IOException {
        for (String file : site.files()) {
            if (!file.toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
                continue;
            }
            java.util.List<String> active = PublishedSvg.activeParts(site.bytes(file));
            if (!active.isEmpty()) {
                findings.add(Problem.error(file, 0, Text.of("check.svg-active", String.join(", ", active))));
            }
        }
    }
}
