package org.attune.core.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.attune.core.eaf.Eaf;
import org.attune.core.profile.Coding;
import org.attune.core.profile.SessionView;
import org.attune.core.samples.DemoSession;
import org.attune.core.scheme.SchemeRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedding example in README.md is real code: it is cut out of the README, compiled against the core
 * classes, and run on a copy of the sample session; the saved file must hold the new coding.
 */
class ReadmeSnippetTest {

    @TempDir
    Path dir;

    @Test
    void theReadmeEmbeddingSnippetCompilesRunsAndSavesTheCoding() throws Exception {
        String snippet = snippet(readme());
        Path session = dir.resolve("session.eaf");
        SchemeRegistry schemes = SchemeRegistry.builtIn();
        Eaf.write(DemoSession.create(schemes.require("3rs@2015")), session);
        int before = SessionView.of(Eaf.read(session).document(), schemes::find).codings().size();

        Class<?> example = compile(snippet);
        Method run = example.getDeclaredMethod("codeAConfrontation", Path.class);
        run.setAccessible(true);
        run.invoke(null, session);

        List<Coding> codings = SessionView.of(Eaf.read(session).document(), schemes::find).codings();
        assertThat(codings).hasSize(before + 1);
        assertThat(codings).anySatisfy(c -> {
            assertThat(c.code()).isEqualTo("C2");
            assertThat(c.start()).isEqualTo(61_000);
            assertThat(c.end()).isEqualTo(64_500);
            assertThat(c.rating()).isEqualTo(4);
            assertThat(c.coder()).isEqualTo("A");
        });
        assertThat(Files.exists(session.resolveSibling("session.eaf.bak"))).isTrue();
    }

    private static String readme() throws Exception {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path readme = p.resolve("README.md");
            if (Files.isRegularFile(readme) && Files.isDirectory(p.resolve("core"))) {
                return Files.readString(readme);
            }
        }
        throw new IllegalStateException("README.md not found");
    }

    static String snippet(String readme) {
        Matcher m = Pattern.compile("<!-- embedding-snippet -->\\s*```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).as("README.md has a java block after <!-- embedding-snippet -->").isTrue();
        return m.group(1);
    }

    private Class<?> compile(String snippet) throws Exception {
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String line : snippet.split("\n")) {
            (line.startsWith("import ") ? imports : body).append(line).append('\n');
        }
        String source = imports + "\npublic class ReadmeExample {\n" + body + "}\n";
        Path src = dir.resolve("src/ReadmeExample.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, source);
        Path classes = Files.createDirectories(dir.resolve("classes"));

        String classpath = String.join(File.pathSeparator, classpathEntries());
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "-d", classes.toString(), "-cp", classpath, "--release", "17",
                src.toString());
        assertThat(status).as("the README snippet compiles:\n" + source).isZero();
        URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
        return loader.loadClass("ReadmeExample");
    }

    private static List<String> classpathEntries() {
        List<String> out = new ArrayList<>();
        for (String property : new String[] {"java.class.path", "jdk.module.path"}) {
            String value = System.getProperty(property);
            if (value != null && !value.isBlank()) {
                out.add(value);
            }
        }
        return out;
    }
}
