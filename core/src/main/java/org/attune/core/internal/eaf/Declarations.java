package org.attune.core.internal.eaf;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.core.model.Constraint;
import org.attune.core.model.ControlledVocabulary;
import org.attune.core.model.CvEntry;
import org.attune.core.model.CvEntryValue;
import org.attune.core.model.Language;
import org.attune.core.model.LocaleInfo;
import org.attune.core.model.LocalizedText;

/**
 * What a document declares for its parts to refer to (languages, locales, constraints) and every xsd:ID it holds:
 * the checks and repairs of those references, kept apart from {@link FromJaxb}'s mapping of elements to records.
 * A reference to an undeclared language or locale is repaired by declaring it (a warning, as ELAN accepts such
 * files); an id held by two kinds of element is an error.
 */
final class Declarations {

    private final Report report;
    /** Languages the document declares, plus the ones repairs add. */
    final Map<String, Language> languages = new LinkedHashMap<>();
    final Map<String, LocaleInfo> locales = new LinkedHashMap<>();
    final Map<String, Constraint> constraints = new LinkedHashMap<>();
    /** Every xsd:ID value in the document and what holds it (they must be unique across kinds). */
    private final Map<String, String> ids = new HashMap<>();

    Declarations(Report report) {
        this.report = report;
    }

    /** A LANG_REF, declaring the language when the file does not (ELAN accepts such files). */
    String language(String langRef, String element, String id, String what) {
        if (langRef == null) {
            return null;
        }
        if (!languages.containsKey(langRef)) {
            languages.put(langRef, langRef.equals(Language.UNDETERMINED.id()) ? Language.UNDETERMINED
                    : new Language(langRef, null, null));
            claimId(langRef, "LANGUAGE", "language");
            report.warning(element, id, what + " refers to language '" + langRef
                    + "', which the file does not declare; declared it");
        }
        return langRef;
    }

    String langOrUndetermined(String langRef) {
        if (langRef == null) {
            return undetermined(); // SchemaAttributes warned at the element
        }
        return langRef;
    }

    String undetermined() {
        if (!languages.containsKey(Language.UNDETERMINED.id())) {
            languages.put(Language.UNDETERMINED.id(), Language.UNDETERMINED);
            claimId(Language.UNDETERMINED.id(), "LANGUAGE", "language");
        }
        return Language.UNDETERMINED.id();
    }

    void checkLanguageRefs(List<ControlledVocabulary> vocabularies) {
        for (ControlledVocabulary cv : vocabularies) {
            for (LocalizedText d : cv.descriptions()) {
                language(d.langRef(), "CONTROLLED_VOCABULARY", cv.id(), "a description of vocabulary '" + cv.id() + "'");
            }
            for (CvEntry e : cv.entries()) {
                for (CvEntryValue v : e.values()) {
                    language(v.langRef(), "CV_ENTRY_ML", e.id(), "entry '" + e.id() + "' of vocabulary '" + cv.id() + "'");
                }
            }
        }
    }

    /** Records an xsd:ID value; EAF requires them to be unique across all kinds (a time slot and an annotation too). */
    void claimId(String id, String element, String kind) {
        String previous = ids.putIfAbsent(id, kind);
        if (previous != null && !previous.equals(kind)) {
            report.error(element, id, "id '" + id + "' is used by " + withArticle(previous) + " and "
                    + withArticle(kind) + "; EAF ids must be unique across the document");
        }
    }

    private static String withArticle(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }
}
