package org.opencounty.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A visitor searching for 低保 finds 低保, not every article that has 低 in one place and 保 in another: smartcn does not
 * know the word and cut it into characters, which the county's word list now joins again (docs/adr/0005-search.md).
 */
class DomainWordsSearchTest extends IntegrationTest {

    private static final String WITH_THE_WORD = "城乡低保申请须知";
    private static final String WITH_THE_CHARACTERS_APART = "牧区冬季生活情况";
    private static final String WITH_A_LONGER_WORD = "低保户冬季走访记录";

    @Autowired
    EntityManager entityManager;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aWordSmartcnCutsIsFoundAsTheWordNotAsItsCharactersAnywhere() throws Exception {
        try (DemoArticles articles = new DemoArticles(3, jdbc, entityManager, transactions)) {
            articles.rewrite(0, WITH_THE_WORD, "申请低保需提交户口簿和收入证明。");
            articles.rewrite(1, WITH_THE_CHARACTERS_APART, "有的牧户家中收入低，保不住冬季草料，请各村上报。");
            articles.rewrite(2, WITH_A_LONGER_WORD, "走访了全村的低保户。");

            assertThat(search("低保")).contains(WITH_THE_WORD, WITH_A_LONGER_WORD).doesNotContain(WITH_THE_CHARACTERS_APART)
                    .contains("<mark>低保</mark>");
            // The characters alone still find the article that has them apart, and two words with the county's word.
            assertThat(search("收入 保不住")).contains(WITH_THE_CHARACTERS_APART);
            assertThat(search("低保 户口簿")).contains(WITH_THE_WORD).doesNotContain(WITH_A_LONGER_WORD, WITH_THE_CHARACTERS_APART);
        }
    }

    private String search(String words) throws Exception {
        return mvc.perform(get("/search").param("q", words)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
