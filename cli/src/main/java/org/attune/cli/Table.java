package org.attune.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table with columns as wide as their widest cell. */
final class Table {
    private final String[] header;
    private final List<String[]> rows = new ArrayList<>();

    Table(String... header) {
        this.header = header;
    }

    Table row(String... cells) {
        String[] r = new String[header.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = i < cells.length && cells[i] != null ? cells[i] : "-";
        }
        rows.add(r);
        return this;
    }

    void print(PrintWriter out, String indent) {
        print(out, indent, true);
    }

    /** Prints the rows, under the header when {@code withHeader}. */
    void print(PrintWriter out, String indent, boolean withHeader) {
        int[] width = new int[header.length];
        for (int i = 0; i < header.length; i++) {
            width[i] = withHeader ? header[i].length() : 0;
            for (String[] r : rows) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        if (withHeader) {
            line(out, indent, header, width);
        }
        for (String[] r : rows) {
            line(out, indent, r, width);
        }
    }

    private static void line(PrintWriter out, String indent, String[] cells, int[] width) {
        StringBuilder b = new StringBuilder(indent);
        for (int i = 0; i < cells.length; i++) {
            b.append(cells[i]);
            if (i < cells.length - 1) {
                b.append(" ".repeat(width[i] - cells[i].length() + 2));
            }
        }
        out.println(b.toString().stripTrailing());
    }
}
