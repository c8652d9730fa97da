/** Site search (站内搜索): Hibernate Search over published content, Lucene in-process or Elasticsearch/OpenSearch. */
package org.opencounty.search;
