package org.attune.elan.protocol;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The tiers a recognizer hands back to ELAN: a file with root {@code TIERS}, one {@code TIER} per group with
 * {@code columns="NameA NameB"} (one new ELAN tier per column; names without spaces) and one
 * {@code <span start="ms" end="ms"><v>a</v><v>b</v></span>} per row, times in integer milliseconds, values
 * XML-escaped (ELAN reads this file with an XML parser).
 *
 * <p>ELAN truncates annotations that overlap on one tier, so rows that overlap go to separate groups:
 * {@link #lanes(List)}.
 */
public final class OutputTiers {

    /**
     * One span of a group, with one value per column.
     *
     * @param start  start, ms
     * @param end    end, ms (after start; a zero-length row is widened to 1 ms, which ELAN can show)
     * @param values one value per column
     */
    public record Row(long start, long end, List<String> values) {
        public Row {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad row span " + start + "-" + end);
            }
            end = Math.max(end, start + 1);
            values = List.copyOf(values);
        }
    }

    /**
     * A {@code TIER} element: columns and their rows (which must not overlap each other).
     *
     * @param columns the tier names, one per value of a row
     * @param rows    the rows, in time order
     */
    public record Group(List<String> columns, List<Row> rows) {
        public Group {
            columns = columns.stream().map(OutputTiers::tierName).toList();
            if (columns.isEmpty() || columns.stream().distinct().count() != columns.size()) {
                throw new IllegalArgumentException("columns must be distinct and not empty: " + columns);
            }
            rows = rows.stream().sorted(Comparator.comparingLong(Row::start)).toList();
            for (Row r : rows) {
                if (r.values().size() != columns.size()) {
                    throw new IllegalArgumentException(r.values().size() + " values for columns " + columns);
                }
            }
            for (int i = 1; i < rows.size(); i++) {
                if (rows.get(i).start() < rows.get(i - 1).end()) {
                    throw new IllegalArgumentException("rows overlap: " + rows.get(i - 1) + " and " + rows.get(i));
                }
            }
        }
    }

    private OutputTiers() {
    }

    /**
     * A tier name ELAN can take from a {@code columns} attribute: blanks become {@code _} (ELAN splits the
     * attribute on blanks) and a leading {@code #} is dropped (ELAN drops it too).
     */
    public static String tierName(String name) {
        String n = Objects.requireNonNull(name, "name").strip().replaceAll("\\s+", "_");
        while (n.startsWith("#")) {
            n = n.substring(1);
        }
        if (n.isEmpty()) {
            throw new IllegalArgumentException("empty tier name");
        }
        return n;
    }

    /**
     * Rows spread over as few lanes as needed so that no two rows of a lane overlap (touching is fine): each row, in
     * start order, goes to the first lane whose last row has ended.
     */
    public static List<List<Row>> lanes(List<Row> rows) {
        return org.attune.core.model.TimeSpan.lanes(rows, Row::start, Row::end);
    }

    /**
     * Groups for rows that may overlap: one group per lane, the columns of lane n ≥ 2 suffixed {@code _n}. With no
     * rows, one empty group (ELAN then makes empty tiers rather than report "no tiers found").
     */
    public static List<Group> inLanes(List<String> columns, List<Row> rows) {
        List<List<Row>> lanes = lanes(rows);
        if (lanes.isEmpty()) {
            return List.of(new Group(columns, List.of()));
        }
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < lanes.size(); i++) {
            String suffix = i == 0 ? "" : "_" + (i + 1);
            groups.add(new Group(columns.stream().map(c -> c + suffix).toList(), lanes.get(i)));
        }
        return groups;
    }

    /** The document ELAN reads. */
    public static String toXml(List<Group> groups) {
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<TIERS xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ")
                .append("xsi:noNamespaceSchemaLocation=\"file:avatech-tiers.xsd\">\n");
        for (Group g : groups) {
            sb.append("  <TIER columns=\"").append(escape(String.join(" ", g.columns()))).append("\">\n");
            for (Row r : g.rows()) {
                sb.append("    <span start=\"").append(r.start()).append("\" end=\"").append(r.end()).append("\">");
                for (String v : r.values()) {
                    sb.append("<v>").append(escape(v)).append("</v>");
                }
                sb.append("</span>\n");
            }
            sb.append("  </TIER>\n");
        }
        sb.append("</TIERS>\n");
        return sb.toString();
    }

    /**
     * Writes the document to {@code file} atomically: a temporary file beside it, then a move, so ELAN never reads
     * half a file.
     */
    public static void write(Path file, List<Group> groups) throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        Path temp = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temp, toXml(groups), StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** XML text and attribute escaping; characters XML 1.0 cannot hold become U+FFFD. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> {
                    boolean legal = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                            || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
                    sb.appendCodePoint(legal ? cp : 0xFFFD);
                }
            }
        }
        return sb.toString();
    }
}
