package org.bulletin.collect;

import java.util.ArrayList;
import java.util.List;

/**
 * Complete rows of a CSV text, and where an incomplete last row starts (the text length when
 * the text is complete). A last row without a line break counts as complete when its quotes
 * are closed, it has all five columns and ends with {@code yes} or {@code no}.
 */
record CsvScan(List<List<String>> rows, int tailStart) {

    static CsvScan of(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int rowStart = text.startsWith("\uFEFF") ? 1 : 0; // the BOM spreadsheets need
        int i = rowStart;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                rowStart = i + 1;
            } else {
                field.append(c);
            }
            i++;
        }
        if (rowStart < text.length()) {
            row.add(field.toString());
            String approved = row.get(row.size() - 1).trim();
            if (quoted || row.size() < 5 || !(approved.equalsIgnoreCase("yes") || approved.equalsIgnoreCase("no"))) {
                return new CsvScan(rows, rowStart);
            }
            rows.add(row);
        }
        return new CsvScan(rows, text.length());
    }
}
