package org.opencounty.browser;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * axe-core (Deque's accessibility engine, from its webjar on the test classpath) run inside the Playwright page: the
 * script is put into the page, {@code axe.run} checks the whole document against WCAG 2.x A and AA, and the findings of
 * impact serious or critical come back with the elements they name (docs/adr/0027-accessibility-checks.md). The page's
 * context must bypass the site's content security policy, which would otherwise refuse the injected script.
 */
final class Axe {

    private static final String RUN = """
            async () => {
              const result = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']},
                                                      resultTypes: ['violations']});
              return result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                  .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' — '
                       + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | '));
            }""";

    private static String source;

    private Axe() {
    }

    /** The serious and critical findings on the page as it is now, one line each (empty: none). */
    @SuppressWarnings("unchecked")
    static List<String> seriousFindings(Page page) {
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(source()));
        return (List<String>) page.evaluate(RUN);
    }

    /** The axe version the checks ran with, for the report. */
    static String version(Page page) {
        return String.valueOf(page.evaluate("() => axe.version"));
    }

    private static synchronized String source() {
        if (source == null) {
            try {
                Resource[] found = new PathMatchingResourcePatternResolver()
                        .getResources("classpath*:META-INF/resources/webjars/*axe-core/**/axe.min.js");
                if (found.length == 0) {
                    throw new IllegalStateException("axe-core's webjar (org.webjars.npm:axe-core) is not on the test classpath");
                }
                try (InputStream in = found[0].getInputStream()) {
                    source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}
