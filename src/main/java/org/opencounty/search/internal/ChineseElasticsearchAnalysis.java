package org.opencounty.search.internal;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.opencounty.content.PublishedArticle;

/**
 * The same analyzer name on Elasticsearch/OpenSearch, backed by the smartcn plugin
 * ({@code analysis-smartcn}), so that switching backends is a matter of configuration.
 */
public class ChineseElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer(PublishedArticle.CHINESE).type("smartcn");
    }
}
