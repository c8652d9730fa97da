package org.opencounty.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** When the cache is full, the page used longest ago makes room, counted in pages and in bytes. */
@Tag("fast")
class PortalPageCacheTest {

    @Test
    void thePageUsedLongestAgoMakesRoom() throws Exception {
        PortalPageCache cache = new PortalPageCache(3, 1024 * 1024);
        get(cache, "/articles/1", 100);
        get(cache, "/articles/2", 100);
        get(cache, "/articles/3", 100);
        assertThat(get(cache, "/articles/1", 100)).isEqualTo("HIT");

        get(cache, "/articles/4", 100);

        assertThat(cache.size()).isEqualTo(3);
        assertThat(get(cache, "/articles/1", 100)).isEqualTo("HIT");
        assertThat(get(cache, "/articles/4", 100)).isEqualTo("HIT");
        assertThat(get(cache, "/articles/2", 100)).isEqualTo("MISS");
    }

    @Test
    void bytesCountAsWellAsPages() throws Exception {
        PortalPageCache cache = new PortalPageCache(100, 2_500);
        get(cache, "/articles/1", 1_000);
        get(cache, "/articles/2", 1_000);
        get(cache, "/articles/3", 1_000);

        assertThat(cache.size()).isEqualTo(2);
        assertThat(get(cache, "/articles/1", 1_000)).isEqualTo("MISS");

        cache.clear();
        assertThat(cache.size()).isZero();
        get(cache, "/articles/1", 1_000);
        get(cache, "/articles/2", 1_000);
        assertThat(cache.size()).as("room again after clearing").isEqualTo(2);
    }

    /** An anonymous visitor's request for a page of the given size; returns whether it came from the cache. */
    private static String get(PortalPageCache cache, String path, int size) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        cache.doFilter(request, response, new MockFilterChain(new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                resp.setContentType("text/html;charset=UTF-8");
                resp.getOutputStream().write("x".repeat(size).getBytes(StandardCharsets.UTF_8));
            }
        }));
        assertThat(response.getContentAsString()).hasSize(size);
        return response.getHeader("X-Page-Cache");
    }
}
