package org.opencounty.search.internal;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.opencounty.content.PublishedArticle;

/**
 * The analyzer name {@code chinese} on OpenSearch without plugins beyond its own {@code analysis-common} module: the
 * {@code cjk} analyzer (width folded, lower case, overlapping bigrams of Han characters). The smartcn plugin is not
 * published for OpenSearch 2.19; bigrams trade smartcn's word boundaries for recall (docs/adr/0005-search.md).
 */
public class ChineseOpenSearchAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer(PublishedArticle.CHINESE).type("cjk");
    }
}
