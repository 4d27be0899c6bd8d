package org.attune.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.attune.core.eaf.Eaf;
import org.attune.core.eaf.Ecv;
import org.attune.core.scheme.Category;
import org.attune.core.scheme.Code;
import org.attune.core.scheme.CodingScheme;
import org.attune.core.scheme.Layer;
import org.attune.core.scheme.SchemeExport;
import org.attune.core.scheme.SchemeFiles;
import org.attune.core.scheme.SchemeRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attune schemes list|show|export}: the coding schemes Attune knows. */
@Command(name = "schemes", mixinStandardHelpOptions = true,
        description = "List, show and export coding schemes (3RS 2015 and 2022, CIS-R, the stage-process model, "
                + "and the user's own).",
        subcommands = {SchemesCommand.ListSchemes.class, SchemesCommand.Show.class, SchemesCommand.Export.class})
final class SchemesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static CodingScheme require(SchemeRegistry registry, String ref) {
        try {
            return registry.require(ref);
        } catch (IllegalArgumentException e) {
            throw new Failures.UserError(e.getMessage());
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The schemes, one per line.")
    static final class ListSchemes implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        SchemeOptions schemes;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            SchemeRegistry registry = schemes.registry();
            Table t = new Table("scheme", "name", "layers", "codes", "rating", "title");
            for (CodingScheme s : registry.all()) {
                boolean isDefault = registry.find(s.id()).map(d -> d.ref().equals(s.ref())).orElse(false);
                t.row(s.ref() + (isDefault ? " *" : ""), s.name(), String.valueOf(s.layers().size()),
                        String.valueOf(s.codes().count()),
                        s.rating() == null ? "-" : s.rating().name() + " " + s.rating().min() + "-" + s.rating().max(),
                        s.title());
            }
            t.print(out, "");
            out.println();
            out.println("* the version a bare id (e.g. '3rs') means");
            out.flush();
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "A scheme's layers and codes: id, key, category, label, definition.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        SchemeOptions schemes;

        @Parameters(index = "0", paramLabel = "SCHEME", description = "e.g. 3rs, 3rs@2022, cis-r")
        String ref;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            CodingScheme s = require(schemes.registry(), ref);
            out.printf("%s  %s (%s)%n", s.ref(), s.title(), s.name());
            if (!s.description().isEmpty()) {
                out.println(Text.wrap(s.description(), 100, "  "));
            }
            if (s.rating() != null) {
                out.printf("  rating: %s %d-%d (%s ... %s)%n", s.rating().name(), s.rating().min(), s.rating().max(),
                        s.rating().lowLabel(), s.rating().highLabel());
            }
            for (Layer layer : s.layers()) {
                out.println();
                out.printf("Layer %s: %s%s%n", layer.id(), layer.label(), layer.rated() ? " (rated)" : "");
                Table t = new Table("code", "key", "category", "label", "definition");
                for (Code c : layer.codes()) {
                    String category = s.category(c.category()).map(Category::id).orElse(c.category());
                    t.row(c.id(), c.key(), category + (c.facet().isEmpty() ? "" : "/" + c.facet()), c.label(),
                            c.definition());
                }
                t.print(out, "  ");
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Write a scheme for ELAN or for editing:",
                "  ecv     its vocabularies as an ELAN external controlled vocabulary",
                "  etf     an ELAN template with speech, coding, rating and note tiers per coder",
                "  scheme  an Attune scheme file, to edit and load with --schemes"})
    static final class Export implements Callable<Integer> {
        enum Format { ecv, etf, scheme }

        @Spec
        CommandSpec spec;

        @Mixin
        SchemeOptions schemes;

        @Parameters(index = "0", paramLabel = "SCHEME", description = "e.g. 3rs, 3rs@2022, cis-r")
        String ref;

        @Option(names = {"-f", "--format"}, required = true, description = "ecv, etf or scheme")
        Format format;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The file to write.")
        Path output;

        @Option(names = "--coder", paramLabel = "ID", description = "A coder to make tiers for (etf; repeatable; "
                + "default A).")
        List<String> coders = List.of("A");

        @Override
        public Integer call() throws IOException {
            CodingScheme s = require(schemes.registry(), ref);
            switch (format) {
                case ecv -> Ecv.write(SchemeExport.vocabularies(s), output);
                case etf -> {
                    try {
                        Eaf.writeTemplate(SchemeExport.template(List.of(s), coders), output);
                    } catch (IllegalArgumentException e) {
                        throw new Failures.UserError(e.getMessage());
                    }
                }
                case scheme -> SchemeFiles.write(s, output);
                default -> throw new IllegalStateException(String.valueOf(format));
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("wrote " + output + " (" + s.ref() + " as " + format + ")");
            out.flush();
            return 0;
        }
    }
}
