package org.bulletin.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * JBake's data files ({@code data/*.yaml}, {@code *.yml}, {@code *.json}), read into maps and lists, for
 * templates as JBake 2.7 offers them: {@code data.get('authors.yaml')}.
 *
 * @param files each file's content by file name relative to the data folder
 */
public record SiteData(Map<String, Object> files) {

    public static final SiteData NONE = new SiteData(Map.of());

    public SiteData {
        files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /** The content of {@code name} ({@code authors.yaml}), or null when there is no such file. */
    public Object get(String name) {
        return files.get(name);
    }
}
