package org.opencounty.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The county's words smartcn cuts into characters are joined again, and nothing else is. */
@Tag("fast")
class DomainWordFilterTest {

    private static final Analyzer ANALYZER = ChineseLuceneAnalysis.analyzer();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            // smartcn alone: 低/保, 巴/里/坤/镇, 一/网/通/办
            "低保|低保",
            "申请低保|申请 低保",
            "低保户|低保 户",
            "巴里坤镇|巴里坤 镇",
            "巴里坤旅游|巴里坤 旅游",
            "一网通办|一网通办",
            "资金公示|资金 公示",
            // Words smartcn knows are left as it cuts them, and characters that spell no word of the list stay apart.
            "政务公开|政务 公开",
            "最低生活保障|最低 生活 保障",
            "岩羊和雪豹|岩羊 和 雪豹",
            // Characters apart in the text are not joined: punctuation or a space between them.
            "低，保|低 保",
            "低 保|低 保",
            "一户一宅|一户一宅",
            "惠民惠农|惠民 惠农",
    })
    void joinsTheCountysWords(String text, String expected) throws IOException {
        assertThat(String.join(" ", tokens(text).stream().map(Token::term).toList())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "在巴里坤镇申请低保|巴里坤:1-4 低保:7-9",
            "请于公示期内|公示:2-4",
    })
    void theJoinedWordCoversItsCharactersAndTheWordsAfterItFollowOn(String text, String expected) throws IOException {
        List<Token> tokens = tokens(text);
        for (String wanted : expected.split(" ")) {
            String[] parts = wanted.split("[:-]");
            assertThat(tokens).anySatisfy(t -> assertThat(t).isEqualTo(
                    new Token(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), t.position())));
        }
        // Positions one after another: a phrase typed with the word matches the text holding it.
        for (int i = 0; i < tokens.size(); i++) {
            assertThat(tokens.get(i).position()).isEqualTo(i);
        }
    }

    @Test
    void aDeploymentAddsItsOwnWordsAndTheIndexFollows(@TempDir Path folder) throws IOException {
        Path own = Files.writeString(folder.resolve("words.txt"), """
                # 巴里坤's townships
                萨尔乔克
                海子沿
                abc
                乡
                """);
        Set<String> words = ChineseLuceneAnalysis.words(own);
        assertThat(words).contains("萨尔乔克", "海子沿", "低保").doesNotContain("abc", "乡", "# 巴里坤's townships");
        assertThat(terms(ChineseLuceneAnalysis.analyzer(words), "萨尔乔克乡海子沿乡")).containsExactly("萨尔乔克", "乡", "海子沿", "乡");
        assertThat(terms(ANALYZER, "萨尔乔克乡")).containsExactly("萨", "尔", "乔", "克", "乡");
        // Another list, another analysis: the index is written again at the next start (SearchAnalysisRecordTest).
        assertThat(ChineseLuceneAnalysis.fingerprint(words)).isNotEqualTo(ChineseLuceneAnalysis.fingerprint(ChineseLuceneAnalysis.words(null)));
        assertThatThrownBy(() -> ChineseLuceneAnalysis.words(folder.resolve("missing.txt")))
                .hasMessageContaining("OPENCOUNTY_SEARCH_WORDS names a file that cannot be read");
    }

    @Test
    void aListNamedAndMissingIsExplainedWhenTheStartStops(@TempDir Path folder) {
        Path missing = folder.resolve("missing.txt");
        Throwable read = org.assertj.core.api.Assertions.catchThrowable(() -> ChineseLuceneAnalysis.words(missing));
        // As the start meets it: Hibernate Search's error around the class initialiser's around the list's.
        Throwable atStart = new IllegalStateException("HSEARCH000520: Hibernate Search encountered failures during bootstrap",
                new ExceptionInInitializerError(read));
        List<org.springframework.boot.diagnostics.FailureAnalyzer> registered = org.springframework.core.io.support.SpringFactoriesLoader
                .forDefaultResourceLocation().load(org.springframework.boot.diagnostics.FailureAnalyzer.class, null,
                        org.springframework.core.io.support.SpringFactoriesLoader.FailureHandler.handleMessage((message, failure) -> { }))
                .stream().filter(SearchWordsFailureAnalyzer.class::isInstance).toList();

        assertThat(registered).hasSize(1);
        var analysis = registered.getFirst().analyze(atStart);
        assertThat(analysis.getDescription()).contains("OPENCOUNTY_SEARCH_WORDS", missing.toString(), "NoSuchFileException");
        assertThat(analysis.getAction()).contains("unset OPENCOUNTY_SEARCH_WORDS");
        assertThat(registered.getFirst().analyze(new IllegalStateException("another failure"))).isNull();
    }

    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        return tokens(analyzer, text).stream().map(Token::term).toList();
    }

    record Token(String term, int start, int end, int position) {
    }

    private static List<Token> tokens(String text) throws IOException {
        return tokens(ANALYZER, text);
    }

    private static List<Token> tokens(Analyzer analyzer, String text) throws IOException {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("bodyText", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(), position));
            }
            stream.end();
        }
        return tokens;
    }
}
