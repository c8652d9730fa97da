package org.opencounty.bench;

import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;
import org.hibernate.search.backend.lucene.cache.QueryCachingConfigurationContext;
import org.hibernate.search.backend.lucene.cache.QueryCachingConfigurer;

/**
 * For the search bench: Lucene's query cache keeps nothing, so that a filter asked again (the same words on another
 * page) is computed again, as for words nobody asked before. The platform keeps Lucene's default.
 * {@code BENCH_JAVA_OPTS="-Dspring.jpa.properties.hibernate.search.backend.query.caching.configurer=class:org.opencounty.bench.NoQueryCache"}
 */
public class NoQueryCache implements QueryCachingConfigurer {

    @Override
    public void configure(QueryCachingConfigurationContext context) {
        System.out.println("[bench] Lucene's query cache keeps nothing (NoQueryCache)");
        context.queryCachingPolicy(new QueryCachingPolicy() {
            @Override
            public void onUse(Query query) {
            }

            @Override
            public boolean shouldCache(Query query) {
                return false;
            }
        });
    }
}
