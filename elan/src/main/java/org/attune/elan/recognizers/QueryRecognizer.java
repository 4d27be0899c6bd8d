package org.attune.elan.recognizers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attune.core.eaf.Eaf;
import org.attune.core.eaf.ProblemsException;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.scheme.SchemeRegistry;
import org.attune.elan.descriptor.Descriptor;
import org.attune.elan.descriptor.Param;
import org.attune.elan.protocol.OutputTiers;
import org.attune.elan.protocol.Params;
import org.attune.elan.protocol.RecognizerException;
import org.attune.elan.protocol.Report;
import org.attune.search.event.CodesOn;
import org.attune.search.event.Event;
import org.attune.search.event.Match;
import org.attune.search.event.MatchLabels;
import org.attune.search.event.ReferenceEvaluator;
import org.attune.search.event.SessionEvents;
import org.attune.search.query.Attribute;
import org.attune.search.query.CategoryRef;
import org.attune.search.query.CodeRef;
import org.attune.search.query.Constraint;
import org.attune.search.query.Constraints;
import org.attune.search.query.Element;
import org.attune.search.query.Query;
import org.attune.search.query.QuerySyntaxException;
import org.attune.search.query.Sequence;

/**
 * "Attune query": the matches of an Attune query in the saved {@code .eaf} file, as a tier of hits. Each hit spans
 * the match's first element and is labelled with the whole match ({@link MatchLabels}: {@code C2 Patient rejects... → R4 ...}). Hits that
 * overlap go to further tiers ({@code Attune_hits_2} ...). The query language: {@code docs/query-language.md}.
 */
public final class QueryRecognizer implements Recognizer {
    static final String ID = "attune-query";
    static final String DOCUMENT = "document";
    static final String QUERY = "query";
    static final String OUTPUT = "hits";
    static final String CODES_ON = "codes_on";
    static final List<String> COLUMNS = List.of("Attune_hits");

    private final SchemeRegistry schemes;
    private final Descriptor descriptor;

    QueryRecognizer(SchemeRegistry schemes) {
        this.schemes = schemes;
        this.descriptor = new Descriptor(ID, "Attune query",
                "The matches of an Attune query in the session's saved .eaf file, as a new tier of hits: each hit "
                        + "spans the match's first element and is labelled with the whole match. Save the document "
                        + "in ELAN first: the recognizer reads the file, not ELAN's window.",
                List.of(new Param.FileInput(DOCUMENT, "The session's .eaf file (save it first)", false,
                                List.of("text/xml")),
                        new Param.Choice(QUERY, "Attune query, e.g. confrontation -> R4 within 60s",
                                "confrontation -> resolution within 60s", List.of()),
                        new Param.Choice(CODES_ON, "Tiers whose values are codes, for sessions coded without the "
                                + "Attune profile: REGEX[=SCHEME] on tier names, e.g. Ruptures or (?i)rupt.*=3rs "
                                + "(empty: the Attune coding tiers only)", "", List.of()),
                        new Param.TierOutput(OUTPUT, "Tier of query hits")));
    }

    @Override
    public Descriptor descriptor() {
        return descriptor;
    }

    @Override
    public void run(Params params, Report report) throws RecognizerException, IOException {
        String text = params.text(QUERY).orElseThrow(() -> new RecognizerException(
                "no query: type one for the parameter 'query', e.g. confrontation -> R4 within 60s"));
        Query query;
        try {
            query = Query.parse(text);
        } catch (QuerySyntaxException e) {
            throw new RecognizerException(e.getMessage() + "\n" + text);
        }
        CodesOn codesOn = codesOn(params);
        Path file = params.text(DOCUMENT).map(Path::of).orElseThrow(() -> new RecognizerException(
                "no document: choose the session's saved .eaf file for the parameter 'document'"));
        var output = Inputs.output(params, OUTPUT);
        report.progress(0.05, "Reading " + file.getFileName());
        AnnotationDocument doc = read(file);
        String name = file.getFileName().toString().replaceFirst("(?i)\\.eaf$", "");
        report.progress(0.4, "Searching for " + query.print());
        SessionEvents events = SessionEvents.of(name, doc, schemes::find, codesOn);
        List<Match> matches = ReferenceEvaluator.evaluate(query, events);
        if (matches.isEmpty() && namesCodes(query) && events.events().stream().noneMatch(Event::isCoding)) {
            throw new RecognizerException("the query names codes, but no tier of " + file.getFileName()
                    + " holds any" + (codesOn == null
                    ? ": if the codes were typed on a plain tier (values such as C3 or 'W2 Minimal response'), "
                    + "name that tier in the parameter 'codes_on', e.g. Ruptures"
                    : ": no value of a tier matching '" + codesOn.tiers().pattern() + "' names a "
                    + codesOn.scheme() + " code (values such as C3 or 'W2 Minimal response')"));
        }
        List<OutputTiers.Row> rows = new ArrayList<>();
        for (Match m : matches) {
            Event first = m.events().get(0);
            rows.add(new OutputTiers.Row(first.start(), first.end(), List.of(MatchLabels.of(query, m))));
        }
        int groups = Inputs.writeInLanes(output, COLUMNS, rows, report);
        report.info(matches.size() + " match(es) of " + query.print() + " in " + file.getFileName()
                + (groups > 1 ? "; overlapping hits are on " + groups + " tiers" : "") + ".");
    }

    private CodesOn codesOn(Params params) throws RecognizerException {
        Optional<String> text = params.text(CODES_ON);
        if (text.isEmpty()) {
            return null;
        }
        CodesOn c;
        try {
            c = CodesOn.parse(text.get().strip());
        } catch (IllegalArgumentException e) {
            throw new RecognizerException("codes_on: " + e.getMessage());
        }
        try {
            schemes.require(c.scheme());
        } catch (IllegalArgumentException e) {
            throw new RecognizerException("codes_on: " + e.getMessage());
        }
        return c;
    }

    /** Whether a query names codes: a code, a category, or a constraint on a coding's attributes. */
    static boolean namesCodes(Query query) {
        List<Element> elements = new ArrayList<>(query.elements());
        if (query instanceof Sequence s && s.negation() != null) {
            elements.addAll(s.negation().target().elements());
        }
        for (Element e : elements) {
            for (Element a : e.alternatives()) {
                if (a instanceof CodeRef || a instanceof CategoryRef) {
                    return true;
                }
                if (a instanceof Constraints c && c.constraints().stream().map(Constraint::attribute)
                        .anyMatch(CODING_ATTRIBUTES::contains)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final java.util.Set<Attribute> CODING_ATTRIBUTES = java.util.EnumSet.of(Attribute.CODE,
            Attribute.SCHEME, Attribute.CATEGORY, Attribute.RATING, Attribute.CODER);

    private static AnnotationDocument read(Path file) throws RecognizerException, IOException {
        if (!Files.isRegularFile(file)) {
            throw new RecognizerException("cannot read the document: " + file + ": no such file");
        }
        try {
            return Eaf.read(file).document();
        } catch (ProblemsException e) {
            throw new RecognizerException("cannot read the document: " + e.getMessage());
        } catch (java.nio.file.AccessDeniedException e) {
            throw new RecognizerException("cannot read the document: " + file + ": permission denied");
        }
    }

}
