package org.opencounty.search.internal;

import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.opencounty.content.PublishedArticle;

/** Chinese text is split into words by Lucene's smartcn analyzer (a hidden-Markov word segmenter). */
public class ChineseLuceneAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(PublishedArticle.CHINESE).instance(new SmartChineseAnalyzer());
    }
}
