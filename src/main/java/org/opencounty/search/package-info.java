/** Site search (站内搜索): Hibernate Search over published content, Lucene in-process or Elasticsearch/OpenSearch. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "common", "content", "catalogue", "sites", "units"})
package org.opencounty.search;
