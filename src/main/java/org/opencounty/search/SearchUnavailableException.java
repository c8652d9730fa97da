package org.opencounty.search;

import java.util.Map;
import org.opencounty.common.DomainException;

/** The search service (OpenSearch) does not answer: the visitor is told so, the rest of the site goes on. */
public class SearchUnavailableException extends DomainException {

    SearchUnavailableException(Throwable cause) {
        super("SEARCH_UNAVAILABLE", "站内搜索暂不可用，请稍后再试。其他栏目和办事服务不受影响。", Map.of());
        initCause(cause);
    }

    @Override
    public int status() {
        return 503;
    }
}
