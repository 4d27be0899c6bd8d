package org.attune.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/query-language.md tells the truth: its examples parse and its errors are the parser's. */
class QueryLanguageDocTest {
    private static final Path DOC = Path.of("..", "docs", "query-language.md");

    @Test
    void everyWorkedExampleParsesAndPrintsBackToAnEqualQuery() throws IOException {
        String doc = Files.readString(DOC);
        String examples = doc.substring(doc.indexOf("## Worked examples"), doc.indexOf("## How it is evaluated"));
        List<String> queries = new ArrayList<>();
        Matcher m = Pattern.compile("\\| `(.+)` \\|\\n").matcher(examples);
        while (m.find()) {
            queries.add(m.group(1).replace("\\|", "|"));
        }
        assertThat(queries).hasSizeGreaterThanOrEqualTo(8);
        for (String q : queries) {
            Query parsed = Query.parse(q);
            assertThat(Query.parse(parsed.print())).as(q).isEqualTo(parsed);
        }
    }

    @Test
    void theDocumentedErrorsAreTheParsersErrors() throws IOException {
        String doc = Files.readString(DOC);
        Matcher m = Pattern.compile("\\$ attune query corpus '(.+)'\\n(query:.+)\\n").matcher(doc);
        int n = 0;
        while (m.find()) {
            String query = m.group(1);
            assertThatThrownBy(() -> Query.parse(query)).hasMessage(m.group(2));
            n++;
        }
        assertThat(n).isEqualTo(4);
    }
}
