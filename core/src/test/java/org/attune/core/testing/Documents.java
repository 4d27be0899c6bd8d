package org.attune.core.testing;

import static org.attune.core.testing.Texts.optionalText;
import static org.attune.core.testing.Texts.optionalUri;
import static org.attune.core.testing.Texts.text;
import static org.attune.core.testing.Texts.uri;

import java.util.Arrays;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.model.ExternalRef;
import org.attune.core.model.Header;
import org.attune.core.model.LexiconRef;
import org.attune.core.model.License;
import org.attune.core.model.LinkedFileDescriptor;
import org.attune.core.model.MediaDescriptor;
import org.attune.core.model.Property;
import org.attune.core.model.Stereotype;
import org.attune.core.model.VocabularyResource;
import org.attune.core.testing.DocumentSpec.AnnotationSpec;
import org.attune.core.testing.DocumentSpec.Declarations;
import org.attune.core.testing.DocumentSpec.Decor;
import org.attune.core.testing.DocumentSpec.EntrySpec;
import org.attune.core.testing.DocumentSpec.Head;
import org.attune.core.testing.DocumentSpec.LanguageSpec;
import org.attune.core.testing.DocumentSpec.LinkSetSpec;
import org.attune.core.testing.DocumentSpec.LinkSpec;
import org.attune.core.testing.DocumentSpec.LocaleSpec;
import org.attune.core.testing.DocumentSpec.TierSpec;
import org.attune.core.testing.DocumentSpec.TypeSpec;
import org.attune.core.testing.DocumentSpec.ValueSpec;
import org.attune.core.testing.DocumentSpec.VocabularySpec;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;

/**
 * jqwik arbitraries of valid annotation documents covering the whole EAF 3.0 model: header with media, linked
 * files and (repeating) properties; aligned and unaligned time slots; top-level tiers and dependent tiers of
 * all four constraints; multilingual vocabularies; EXT_REF, LANG_REF and CVE_REF references; locales,
 * licences, lexicon references and ref link sets. Texts hold every kind of character XML can carry.
 *
 * <p>Generation draws a {@link DocumentSpec} (shrinkable free choices) and {@link DocumentAssembler} makes it a
 * consistent document.
 */
public final class Documents {

    private static final String[] EXT_REF_TYPES = {"iso12620", "ecv", "cve_id", "lexen_id", "resource_url"};

    private Documents() {
    }

    /** Valid annotation documents. */
    public static Arbitrary<AnnotationDocument> documents() {
        return specs().map(DocumentAssembler::assemble);
    }

    /** Valid external vocabulary files ({@code .ecv}): the vocabularies of a generated document. */
    public static Arbitrary<VocabularyResource> vocabularyResources() {
        return Combinators.combine(documents(), optionalText(), Texts.dateTime().injectNull(0.3), optionalText())
                .as((d, author, date, version) -> new VocabularyResource(author, date, version, d.languages(),
                        d.controlledVocabularies(), d.externalRefs()))
                .filter(r -> !r.vocabularies().isEmpty()); // CV_RESOURCE needs at least one
    }

    /** The free choices behind a document. */
    public static Arbitrary<DocumentSpec> specs() {
        return Combinators.combine(head(), declarations(), vocabulary().list().ofMaxSize(3),
                type().list().ofMinSize(1).ofMaxSize(6).withSizeDistribution(RandomDistribution.uniform()),
                // no edge cases here: they would make a good share of all documents tierless
                tier().list().ofMaxSize(8).withSizeDistribution(RandomDistribution.uniform()).withoutEdgeCases(),
                linkSet().list().ofMaxSize(2),
                Arbitraries.longs().between(0, DocumentAssembler.MAX_TIME - 1_000_000),
                Arbitraries.of("", "x", "é", "名_", "a.b-")).as(DocumentSpec::new);
    }

    private static Arbitrary<Head> head() {
        Arbitrary<License> license = Combinators.combine(optionalUri(), text()).as(License::new);
        return Combinators.combine(text(), Texts.dateTime(), license.list().ofMaxSize(2), header()).as(Head::new);
    }

    private static Arbitrary<Header> header() {
        Arbitrary<Long> timeOrigin = Arbitraries.longs().injectNull(0.6);
        Arbitrary<String> mime = Arbitraries.of("audio/x-wav", "video/mp4", "video/mpeg", "text/plain", "");
        Arbitrary<MediaDescriptor> media = Combinators.combine(uri(), optionalUri(), mime, timeOrigin, optionalUri())
                .as(MediaDescriptor::new);
        Arbitrary<LinkedFileDescriptor> linked = Combinators.combine(uri(), optionalUri(), mime, timeOrigin,
                optionalUri()).as(LinkedFileDescriptor::new);
        // few names, so that they repeat
        Arbitrary<String> name = Arbitraries.oneOf(Arbitraries.of("URN", "lastUsedAnnotationId", "attune.role"),
                text()).injectNull(0.15);
        Arbitrary<Property> property = Combinators.combine(name, text()).as(Property::new);
        Arbitrary<String> timeUnits = Arbitraries.of("milliseconds", "NTSC-frames", "PAL-frames").injectNull(0.3);
        return Combinators.combine(optionalText(), timeUnits, media.list().ofMaxSize(2), linked.list().ofMaxSize(2),
                property.list().ofMaxSize(4)).as(Header::new);
    }

    private static Arbitrary<Declarations> declarations() {
        Arbitrary<LanguageSpec> language = Combinators.combine(optionalUri(), optionalText()).as(LanguageSpec::new);
        Arbitrary<LocaleSpec> locale = Combinators.combine(Arbitraries.of("US", "GB", "NL", "").injectNull(0.4),
                optionalText()).as(LocaleSpec::new);
        Arbitrary<ExternalRef> externalRef = Combinators.combine(Arbitraries.of(EXT_REF_TYPES), text())
                .as((type, value) -> new ExternalRef("", type, value));
        Arbitrary<LexiconRef> lexiconRef = Combinators.combine(text(), text(), uri(), text(), text(), optionalText(),
                optionalText()).as((name, type, url, id, lexName, datcatId, datcatName) ->
                new LexiconRef("", name, type, url, id, lexName, datcatId, datcatName));
        Arbitrary<String> description = Arbitraries.oneOf(text(), Arbitraries.of(
                Arrays.stream(Stereotype.values()).map(Stereotype::description).toArray(String[]::new)))
                .injectNull(0.2);
        return Combinators.combine(language.list().ofMaxSize(4), locale.list().ofMaxSize(3),
                externalRef.list().ofMaxSize(4), lexiconRef.list().ofMaxSize(2),
                Arbitraries.of(Stereotype.class).set(),
                description.list().ofSize(Stereotype.values().length)).as(Declarations::new);
    }

    private static Arbitrary<VocabularySpec> vocabulary() {
        Arbitrary<ValueSpec> value = Combinators.combine(text(), optionalText()).as(ValueSpec::new);
        Arbitrary<EntrySpec> entry = Combinators.combine(text(), pick().injectNull(0.7), value.list().ofMinSize(1)
                .ofMaxSize(3)).as(EntrySpec::new);
        return Combinators.combine(text(), Arbitraries.of(true, false, false, false), pick(),
                text().list().ofMaxSize(2), entry.list().ofMaxSize(4)).as(VocabularySpec::new);
    }

    private static Arbitrary<TypeSpec> type() {
        Arbitrary<Stereotype> stereotype = Arbitraries.of(Stereotype.class).injectNull(0.25);
        return Combinators.combine(text(), stereotype, Arbitraries.of(true, true, false),
                Arbitraries.of(Boolean.TRUE, Boolean.FALSE).injectNull(0.3), pick().injectNull(0.4),
                pick().injectNull(0.7), pick().injectNull(0.7)).as(TypeSpec::new);
    }

    private static Arbitrary<TierSpec> tier() {
        return Combinators.combine(text(), pick(), pick(), optionalText(), optionalText(), pick().injectNull(0.7),
                decor(), annotation().list().ofMaxSize(6).withSizeDistribution(RandomDistribution.uniform()))
                .as(TierSpec::new);
    }

    private static Arbitrary<AnnotationSpec> annotation() {
        // few parent picks, so that parents get several children (subdivisions, chains)
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 2000),
                Arbitraries.integers().between(0, 5000), Arbitraries.of(true, false), text(), decor(),
                pick().injectNull(0.5), optionalText().injectNull(0.6)).as(AnnotationSpec::new);
    }

    private static Arbitrary<Decor> decor() {
        return Combinators.combine(pick().list().ofMaxSize(3), pick().injectNull(0.6)).as(Decor::new);
    }

    private static Arbitrary<LinkSetSpec> linkSet() {
        Arbitrary<LinkSpec> link = Combinators.combine(Arbitraries.of(true, false), pick().list().ofMinSize(1)
                        .ofMaxSize(4), Arbitraries.of("undirected", "unidirectional", "bidirectional").injectNull(0.4),
                optionalText(), decor(), optionalText(), optionalText(), text()).as(LinkSpec::new);
        return Combinators.combine(optionalText(), decor(), pick().injectNull(0.5), link.list().ofMaxSize(4))
                .as(LinkSetSpec::new);
    }

    /** A choice among candidates, resolved modulo their number. */
    private static Arbitrary<Integer> pick() {
        return Arbitraries.integers().between(0, 1000);
    }
}
