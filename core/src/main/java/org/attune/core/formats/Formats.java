package org.attune.core.formats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attune.core.eaf.Eaf;
import org.attune.core.eaf.EafReadResult;
import org.attune.core.eaf.Problem;
import org.attune.core.eaf.ProblemsException;
import org.attune.core.internal.formats.CsvTables;
import org.attune.core.internal.formats.CsvTranscriptReader;
import org.attune.core.internal.formats.InputFailure;
import org.attune.core.internal.formats.SessionBuilder;
import org.attune.core.internal.formats.SourceText;
import org.attune.core.internal.formats.SubtitleReader;
import org.attune.core.internal.formats.SubtitleWriter;
import org.attune.core.internal.formats.TabDelimitedReader;
import org.attune.core.internal.formats.TabDelimitedWriter;
import org.attune.core.internal.formats.TextGridReader;
import org.attune.core.internal.formats.TextGridWriter;
import org.attune.core.internal.formats.TranscriptReader;
import org.attune.core.io.AtomicFiles;
import org.attune.core.model.AnnotationDocument;

/**
 * Transcripts in, data out: reading SubRip, WebVTT, plain-text transcripts, Praat TextGrids and CSV transcripts
 * into EAF documents of the Attune profile, and writing documents as TextGrid, ELAN tab-delimited text,
 * SRT/WebVTT and tidy CSV. The format is chosen by the file name's extension ({@link Format#of}).
 * {@code docs/formats.md} describes each mapping.
 *
 * <p>Bad cues, rows and lines are skipped and listed in {@link Imported#warnings()}; a file that cannot be read
 * at all throws a {@link FormatException} naming file, line and column. Every write is atomic
 * ({@link AtomicFiles}).
 *
 * <pre>{@code
 * Imported vtt = Formats.read(Path.of("interview.vtt"));
 * Eaf.write(vtt.document(), Path.of("interview.eaf"));
 *
 * Imported annomi = Formats.read(Path.of("AnnoMI-simple.csv"),
 *         CsvMapping.of("interlocutor", "timestamp", "utterance_text").withSession("transcript_id")
 *                 .withOrder("utterance_id").withCodes(List.of("main_therapist_behaviour", "client_talk_type")));
 * Formats.write(Eaf.read(Path.of("session.eaf")).document(), Path.of("session.TextGrid"));
 * }</pre>
 */
public final class Formats {

    private Formats() {
    }

    /**
     * Reads a file by its extension; a CSV file's columns are guessed from its header ({@link CsvMapping#guess}).
     *
     * @param file the file
     * @return a file by its extension; a CSV file's columns are guessed from its header ({@link CsvMapping#guess})
     * @throws IOException if the file cannot be read
     */
    public static Imported read(Path file) throws IOException {
        return read(file, null);
    }

    /**
     * Reads a file by its extension.
     *
     * @param csv the column mapping of a CSV file, or null to guess it from the header
     * @param file the file
     * @return a file by its extension
     * @throws IOException if the file cannot be read
     */
    public static Imported read(Path file, CsvMapping csv) throws IOException {
        Format format = Format.of(file).orElseThrow(() -> new FormatException(List.of(Problem.error(file.toString(),
                0, 0, "cannot tell the format from the name; use " + Format.extensions()))));
        byte[] bytes = Files.readAllBytes(file);
        if (format == Format.EAF) {
            EafReadResult r = Eaf.read(bytes, file.toString());
            return new Imported(List.of(new ImportedSession(stem(file.toString()), r.document())), r.warnings());
        }
        String text = SourceText.decode(bytes);
        return format == Format.CSV ? parseCsv(text, file.toString(), csv) : parse(text, format, file.toString());
    }

    /**
     * Reads the text of a file in a format other than CSV ({@link #parseCsv}).
     *
     * @param sourceName the file name, used in messages and as the session name (without extension)
     * @param text the text
     * @param format the format
     * @return the text of a file in a format other than CSV ({@link #parseCsv})
     * @throws ProblemsException if the input has errors (the exception lists every problem found)
     */
    public static Imported parse(String text, Format format, String sourceName) throws ProblemsException {
        List<Problem> warnings = new ArrayList<>();
        if (format != Format.EAF && format != Format.CSV) {
            text = SourceText.xmlSafe(text, sourceName, warnings);
        }
        SessionBuilder.Plan plan;
        switch (format) {
            case EAF:
                EafReadResult r = Eaf.read(text.getBytes(StandardCharsets.UTF_8), sourceName);
                return new Imported(List.of(new ImportedSession(stem(sourceName), r.document())), r.warnings());
            case SRT:
            case WEBVTT:
                plan = SessionBuilder.Plan.of(SubtitleReader.read(text, format == Format.WEBVTT, sourceName, warnings),
                        false);
                break;
            case TEXT:
                plan = TabDelimitedReader.recognises(text)
                        ? SessionBuilder.Plan.of(TabDelimitedReader.read(text), false)
                        : SessionBuilder.Plan.of(TranscriptReader.read(text, sourceName, warnings), true);
                break;
            case TEXTGRID:
                try {
                    TextGridReader.Grid grid = TextGridReader.read(text, sourceName, warnings);
                    plan = new SessionBuilder.Plan(grid.turns(), false, grid.tiers(), grid.pointTiers(), null);
                } catch (InputFailure e) {
                    throw new FormatException(e.problems());
                }
                break;
            case CSV:
                return parseCsv(text, sourceName, null);
            default:
                throw new IllegalArgumentException("unknown format " + format);
        }
        AnnotationDocument doc = SessionBuilder.build(plan, sourceName, warnings);
        return new Imported(List.of(new ImportedSession(stem(sourceName), doc)), warnings);
    }

    /**
     * Reads a CSV transcript: one document per session, speech tiers per speaker, a coding tier per code
     * column (its scheme is built from the column's values and is the same in every session).
     *
     * @param mapping the columns, or null to guess them from the header ({@link CsvMapping#guess})
     * @param text the text
     * @param sourceName the name to report problems under (usually the file name)
     * @return a CSV transcript: one document per session, speech tiers per speaker, a coding tier per code column (its scheme is built from the column's values and is the same in every session)
     * @throws FormatException if the input is not valid in this format (the exception lists every problem found)
     */
    public static Imported parseCsv(String text, String sourceName, CsvMapping mapping) throws FormatException {
        List<Problem> warnings = new ArrayList<>();
        text = SourceText.xmlSafe(text, sourceName, warnings);
        try {
            CsvMapping m = mapping;
            if (m == null) {
                List<String> header = CsvTranscriptReader.header(text, sourceName);
                m = CsvMapping.guess(header).orElseThrow(() -> new FormatException(List.of(Problem.error(sourceName,
                        1, 1, "cannot tell which columns hold the speaker and the text (columns: "
                                + String.join(", ", header) + "); give a column mapping (attune import csv)"))));
            }
            CsvTranscriptReader.Result result = CsvTranscriptReader.read(text, sourceName, m, stem(sourceName),
                    warnings);
            List<ImportedSession> sessions = new ArrayList<>();
            for (CsvTranscriptReader.Session s : result.sessions()) {
                SessionBuilder.Plan plan = new SessionBuilder.Plan(s.turns(), result.sequential(), List.of(),
                        java.util.Set.of(), result.codes());
                sessions.add(new ImportedSession(s.name(), SessionBuilder.build(plan, sourceName, warnings)));
            }
            return new Imported(sessions, warnings);
        } catch (InputFailure e) {
            throw new FormatException(e.problems());
        }
    }

    /**
     * Writes a document in the format of the file's extension; a CSV file gets the utterance table.
     *
     * @param doc the document
     * @param file the file
     * @throws IOException if the file cannot be written
     */
    public static void write(AnnotationDocument doc, Path file) throws IOException {
        write(doc, file, ExportOptions.session(stem(file.toString())));
    }

    /**
     * Writes a document in the format of the file's extension, atomically (the old file is kept as .bak).
     *
     * @param doc the document
     * @param file the file
     * @param options the export options
     * @throws IOException if the file cannot be written
     */
    public static void write(AnnotationDocument doc, Path file, ExportOptions options) throws IOException {
        Format format = Format.of(file).orElseThrow(() -> new IOException(file
                + ": cannot tell the format from the name; use " + Format.extensions()));
        if (format == Format.EAF) {
            Eaf.write(doc, file);
            return;
        }
        byte[] bytes = export(doc, format, options).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    /**
     * A document as the text of a file in a format: EAF 3.0 (checked against the schema), a TextGrid, ELAN
     * tab-delimited text ({@link Format#TEXT}), SRT or WebVTT of the speech tiers, or a tidy CSV table.
     *
     * @param doc the document
     * @param format the format
     * @param options the export options
     * @return a document as the text of a file in a format: EAF 3.0 (checked against the schema), a TextGrid, ELAN tab-delimited text ({@link Format#TEXT}), SRT or WebVTT of the speech tiers, or a tidy CSV table
     * @throws IOException if the file cannot be written
     */
    public static String export(AnnotationDocument doc, Format format, ExportOptions options) throws IOException {
        switch (format) {
            case EAF:
                return new String(Eaf.toBytes(doc), StandardCharsets.UTF_8);
            case TEXTGRID:
                return TextGridWriter.write(doc);
            case TEXT:
                return TabDelimitedWriter.write(doc);
            case SRT:
                return SubtitleWriter.srt(doc);
            case WEBVTT:
                return SubtitleWriter.webvtt(doc);
            case CSV:
                return options.table() == CsvTable.CODINGS
                        ? CsvTables.codings(doc, options.session(), options.schemes())
                        : CsvTables.utterances(doc, options.session(), options.schemes());
            default:
                throw new IllegalArgumentException("unknown format " + format);
        }
    }

    /** The file name without folders and extension. */
    static String stem(String path) {
        String name = path.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
