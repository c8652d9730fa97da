package org.opencounty.content;

/** Lets the module's internals build the read model without opening its constructor to other modules. */
public final class PublishedArticleFactory {

    private PublishedArticleFactory() {
    }

    public static PublishedArticle of(Article article, ArticleRevision revision, String unitCode, String unitName,
                                      String bodyText, int year) {
        return new PublishedArticle(article, revision, unitCode, unitName, bodyText, year);
    }
}
