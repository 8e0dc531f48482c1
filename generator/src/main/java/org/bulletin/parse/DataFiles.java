package org.bulletin.parse;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bulletin.model.SiteData;
import org.bulletin.problem.Problems;
import org.bulletin.problem.Text;
import org.bulletin.source.SourceFile;
import org.bulletin.text.TextFiles;

/** Reads JBake's data files (YAML and JSON in the data folder) for templates; a file that does not parse is an error at its line. */
public final class DataFiles {

    private DataFiles() {
    }

    public static SiteData read(List<SourceFile> files, String dataFolder, Problems problems) throws IOException {
        Map<String, Object> data = new LinkedHashMap<>();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        ObjectMapper json = new ObjectMapper();
        String prefix = dataFolder + "/";
        for (SourceFile f : files) {
            String name = f.relative().substring(prefix.length());
            String lower = name.toLowerCase(Locale.ROOT);
            ObjectMapper mapper = lower.endsWith(".json") ? json
                    : lower.endsWith(".yaml") || lower.endsWith(".yml") ? yaml : null;
            if (mapper == null) {
                continue;
            }
            try {
                data.put(name, mapper.readValue(TextFiles.readUtf8(f.path()), Object.class));
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                problems.error(f.relative(), at == null ? 0 : Math.max(at.getLineNr(), 0),
                        Text.of("data.unreadable", e.getOriginalMessage(), mapper == json ? "JSON" : "YAML"));
            } catch (java.nio.charset.CharacterCodingException e) {
                problems.error(f.relative(), TextFiles.firstBadLine(f.path()), Text.of("config.not-utf8"));
            }
        }
        return new SiteData(data);
    }
}
