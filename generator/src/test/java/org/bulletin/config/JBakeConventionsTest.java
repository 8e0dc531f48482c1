package org.bulletin.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jbake.app.configuration.ConfigUtil;
import org.jbake.app.configuration.JBakeConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bulletin reads JBake's conventions itself; it must read what JBake's own loader reads. */
class JBakeConventionsTest {

    @TempDir
    Path dir;

    @Test
    void readsWhatJBakeReadsForEveryConvention() throws Exception {
        List<String> sites = List.of(
                "",
                "site.title=美亭\ncontent.folder=src\nfeed.file=atom.xml\noutput.extension=.htm\ntag.path=labels\n",
                "asset.folder = static \ndraft.suffix=-wip\nindex.file=home.html\narchive.file=all.html\n"
                        + "sitemap.file=map.xml\nerror404.file=missing.html\ntemplate.folder=theme\ndata.folder=db\n");
        for (int i = 0; i < sites.size(); i++) {
            Path site = Files.createDirectories(dir.resolve("site-" + i));
            Files.writeString(site.resolve("jbake.properties"), sites.get(i), StandardCharsets.UTF_8);
            if (i == 2) {
                Files.writeString(site.resolve("custom.properties"), "asset.folder=legacy\n", StandardCharsets.UTF_8);
            }
            JBakeConfiguration jbake = new ConfigUtil().setEncoding("UTF-8").loadConfig(site.toFile());
            JBakeConventions ours = JBakeConventions.read(site);
            assertThat(List.of(ours.contentFolder(), ours.assetFolder(), ours.templateFolder(), ours.dataFolder(),
                    ours.outputExtension(), ours.feedFile(), ours.archiveFile(), ours.sitemapFile(),
                    ours.error404File(), ours.indexFile(), ours.tagPath(), ours.draftSuffix(), ours.dateFormat(),
                    ours.ignoreFile()))
                    .as(sites.get(i))
                    .containsExactly(jbake.getContentFolderName(), jbake.getAssetFolderName(),
                            jbake.getTemplateFolderName(), jbake.getDataFolderName(), jbake.getOutputExtension(),
                            jbake.getFeedFileName(), jbake.getArchiveFileName(), jbake.getSiteMapFileName(),
                            jbake.getError404FileName(), jbake.getIndexFileName(), jbake.getTagPathName(),
                            jbake.getDraftSuffix(), jbake.getDateFormat(), jbake.getIgnoreFileName());
        }
    }
}
