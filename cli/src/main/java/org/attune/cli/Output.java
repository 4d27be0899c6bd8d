package org.attune.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.attune.core.io.AtomicFiles;

/** Writing a command's result: to standard output, or atomically to the file named by {@code -o}. */
final class Output {

    /** Output formats of tabular results. */
    enum Format { table, csv, html }

    private Output() {
    }

    /**
     * Writes text to {@code file} (atomically), then says {@code wrote FILE (what)} on {@code out}, as every command
     * that writes a file does; or, when {@code file} is null, writes the text to {@code out}.
     */
    static void write(String text, Path file, PrintWriter out, String what) throws IOException {
        if (file == null) {
            out.print(text);
            out.flush();
        } else {
            AtomicFiles.write(file, o -> o.write(text.getBytes(StandardCharsets.UTF_8)));
            out.println("wrote " + file + " (" + what + ")");
            out.flush();
        }
    }

    /** Rows as CSV text (Commons CSV, {@code \n} line ends). */
    static String csv(List<String> header, List<List<?>> rows) {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            p.printRecord(header);
            for (List<?> r : rows) {
                p.printRecord(r);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return w.toString();
    }

    /** Rows as an aligned text table. */
    static String table(List<String> header, List<List<?>> rows) {
        Table t = new Table(header.toArray(new String[0]));
        for (List<?> r : rows) {
            t.row(r.stream().map(v -> v == null ? "" : v.toString()).toArray(String[]::new));
        }
        StringWriter w = new StringWriter();
        PrintWriter p = new PrintWriter(w);
        t.print(p, "");
        p.flush();
        return w.toString();
    }

    /** A value to three decimals, or "" when absent. */
    static String f3(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%.3f", v);
    }

    /** A value to one decimal. */
    static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
