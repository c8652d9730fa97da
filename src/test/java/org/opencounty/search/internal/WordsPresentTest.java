package org.opencounty.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The words' filter made as bit sets matches exactly the articles Lucene's own query matches, asked article by article:
 * words in any of the three fields, synonyms as alternatives, a word the county joins, a word smartcn cuts in two, the title phrase where the words alone would not match, the title phrase, words
 * nowhere, across segments and with an article deleted.
 */
@Tag("fast")
class WordsPresentTest {

    private static final Analyzer ANALYZER = ChineseLuceneAnalysis.analyzer();
    private static ByteBuffersDirectory directory;
    private static DirectoryReader reader;

    /** id, title, body, keywords. */
    private static final String[][] ARTICLES = {
            {"1", "农村道路建设通知", "全县完成农村公路养护。", ""},
            {"2", "道路养护公示", "今年农村地区投入资金。", ""},
            {"3", "牧区通知", "草原保护。", "农村 道路"},
            {"4", "农村改厕", "厕所改造补贴。", ""},
            {"5", "政府信息公开申请办理", "依申请公开。", ""},
            {"6", "政府采购公告", "信息化项目公开招标，接受申请。", ""},
            {"7", "就业补贴发放", "残疾人就业。", ""},
            {"8", "残疾人补贴标准", "", ""},
            {"9", "公路养护", "乡村道路修缮。", ""},
            {"10", "农村道路", "已撤回。", ""},
    };

    @BeforeAll
    static void index() throws Exception {
        directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ANALYZER))) {
            for (int i = 0; i < ARTICLES.length; i++) {
                String[] a = ARTICLES[i];
                Document doc = new Document();
                doc.add(new StringField("id", a[0], Field.Store.YES));
                doc.add(new TextField("title", a[1], Field.Store.NO));
                doc.add(new TextField("bodyText", a[2], Field.Store.NO));
                doc.add(new TextField("keywords", a[3], Field.Store.NO));
                writer.addDocument(doc);
                if (i % 4 == 3) {
                    writer.commit(); // several segments, each with its own bit set
                }
            }
            writer.deleteDocuments(new Term("id", "10"));
        }
        reader = DirectoryReader.open(directory);
    }

    @AfterAll
    static void close() throws Exception {
        reader.close();
        directory.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
            "农村 道路; 农村 道路; 1 2 3",
            "道路 农村; 道路 农村; 1 2 3",
            "农村 (道路 | 公路); 农村 道路; 1 2 3",
            "(农村 | 乡村) 道路; 农村 道路; 1 2 3 9",
            "政府信息公开 申请; 政府信息公开 申请; 5",
            "农村道路 养护; 农村道路 养护; 1",
            "残疾人 补贴; 残疾人 补贴; 7 8",
            "农村 补贴; 农村 补贴; 4",
            "农村 疫苗; 农村 疫苗; \"\"",
            "。 ，; 。 ，; \"\"",
            "农村 疫苗; 农村道路; 1",
            "农村 疫苗; 农村 道路; 1",
    })
    void matchesWhatLuceneMatchesArticleByArticle(String words, String typed, String expected) throws Exception {
        Query present = WordsPresent.of(ANALYZER, words, typed);
        String fromBits = ids(present);
        String askedEach = ids(((WordsPresent) present).matches());

        assertThat(fromBits).isEqualTo(askedEach).isEqualTo(expected);
    }

    private static String ids(Query query) throws Exception {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setQueryCache(null);
        List<Integer> ids = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query, 100).scoreDocs) {
            ids.add(Integer.valueOf(searcher.storedFields().document(hit.doc).get("id")));
        }
        return ids.stream().sorted().map(String::valueOf).collect(java.util.stream.Collectors.joining(" "));
    }
}
