package org.opencounty.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Supervision's SQL reads other modules only through the views they publish for it (V15_2): its own tables
 * ({@code supervision_…}) and {@code application_case}, {@code application_open_case}, {@code catalogue_fee_standard},
 * {@code unit_directory}, and interaction's {@code interaction_case} (V22_2), {@code interaction_follow_up} (V30_1) and {@code interaction_case_done} (V35_1),
 * never their tables.
 */
@Tag("fast")
class PublishedSeamsTest {

    /** The SQL is in the string literals and text blocks; comments and prose are not read. */
    private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern RELATION = Pattern.compile("(?<![:\\w])(?:from|join)\\s+([a-z_]+)\\b");
    private static final List<String> PUBLISHED = List.of("application_case", "application_open_case", "catalogue_fee_standard", "unit_directory",
            "interaction_case", "interaction_follow_up", "interaction_case_done");

    @Test
    void supervisionReadsOnlyItsOwnTablesAndThePublishedViews() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/opencounty/supervision"))) {
            List<String> read = sources.filter(path -> path.toString().endsWith(".java")).flatMap(PublishedSeamsTest::relations).toList();
            assertThat(read).contains("application_case", "application_open_case", "catalogue_fee_standard", "unit_directory", "interaction_case");
            assertThat(read).allMatch(relation -> relation.startsWith("supervision_") || PUBLISHED.contains(relation)
                    || List.of("candidate", "issued", "unnest", "lateral").contains(relation), "a relation supervision owns or is published to it");
        }
    }

    private static Stream<String> relations(Path source) {
        try {
            Matcher strings = STRING.matcher(Files.readString(source));
            Stream.Builder<String> found = Stream.builder();
            while (strings.find()) {
                String sql = strings.group(1) != null ? strings.group(1) : strings.group(2);
                Matcher relation = RELATION.matcher(sql);
                while (relation.find()) {
                    found.add(relation.group(1));
                }
            }
            return found.build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
