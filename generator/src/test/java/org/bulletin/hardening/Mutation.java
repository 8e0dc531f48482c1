package org.bulletin.hardening;

import java.util.Map;
import java.util.TreeMap;

/**
 * One change to a tiny site: a description for the report and the files to put (or, with a null value,
 * to remove).
 */
record Mutation(String description, Map<String, byte[]> files) {

    Mutation {
        files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
    }

    static Mutation of(String description, String path, byte[] bytes) {
        Map<String, byte[]> m = new TreeMap<>();
        m.put(path, bytes);
        return new Mutation(description, m);
    }
}
