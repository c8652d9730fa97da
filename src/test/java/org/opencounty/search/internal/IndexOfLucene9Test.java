package org.opencounty.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The upgrade to Lucene 10 (docs/adr/0033-lucene-10.md) on a node whose index Lucene 9.12 wrote: the demo's articles'
 * index as the platform of the version before wrote it (src/test/resources/search/lucene-9.12). It opens and answers,
 * so search goes on while the check at start writes every document again, and its recorded analysis is not the
 * current one, so that the check does write them again.
 */
@Tag("fast")
class IndexOfLucene9Test {

    private static final Path WRITTEN_BY_9 = Path.of("src/test/resources/search/lucene-9.12");

    @TempDir
    Path folder;

    @Test
    void opensAnswersAndTakesNewDocumentsWhileItIsWrittenAgain() throws Exception {
        Path index = copy(WRITTEN_BY_9, folder.resolve("article"));
        try (var directory = FSDirectory.open(index)) {
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertThat(reader.leaves().getFirst().reader().getMetaData().createdVersionMajor()).isEqualTo(9);
                assertThat(reader.numDocs()).isEqualTo(38);
                assertThat(new IndexSearcher(reader).count(new TermQuery(new Term("title", "巴里坤")))).isEqualTo(19);
            }
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ChineseLuceneAnalysis.analyzer()))) {
                Document article = new Document();
                // A field of its own: the index's own fields carry term vectors, which a document must match.
                article.add(new TextField("upgradeCheck", "巴里坤低保申请公示", Field.Store.NO));
                writer.addDocument(article);
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertThat(reader.numDocs()).isEqualTo(39);
                assertThat(new IndexSearcher(reader).count(new TermQuery(new Term("upgradeCheck", "巴里坤")))).isEqualTo(1);
                assertThat(reader.leaves()).anyMatch(leaf -> leaf.reader().getMetaData().minVersion().major == 10);
            }
        }
    }

    @Test
    void itsAnalysisIsNotTheCurrentOneSoTheCheckAtStartWritesItAgain() throws Exception {
        String recorded = Files.readString(Path.of("src/test/resources/search/lucene-9.12-analysis.txt")).strip();
        Files.writeString(folder.resolve("analysis.txt"), recorded + "\n");

        assertThat(new AnalysisRecord(folder).isCurrent()).isFalse();
    }

    private static Path copy(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return to;
    }
}
