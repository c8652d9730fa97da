package org.opencounty.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.opencounty.common.Actors;
import org.opencounty.web.CurrentSite;
import org.opencounty.web.PageContext;
import org.opencounty.web.PeopleNames;
import org.opencounty.web.UnreadNotices;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.util.unit.DataSize;

/** Builds the {@link PageContext} of a request. */
@Component
class PageContexts {

    private final CurrentSite currentSite;
    // Looked up once: resolving them from the context on every page was a hundredth of a search page (docs/adr/0029).
    private final SingletonSupplier<UnreadNotices> notices;
    private final SingletonSupplier<PeopleNames> names;
    private final PageContext.UploadLimits uploadLimits;

    PageContexts(CurrentSite currentSite, ObjectProvider<UnreadNotices> notices, ObjectProvider<PeopleNames> names,
                 @Value("${opencounty.attachments.max-size:20MB}") DataSize perFile,
                 @Value("${spring.servlet.multipart.max-request-size:25MB}") DataSize perRequest) {
        this.currentSite = currentSite;
        this.notices = SingletonSupplier.of(() -> notices.getIfAvailable(() -> UnreadNotices.NONE));
        this.names = SingletonSupplier.of(() -> names.getIfAvailable(() -> PeopleNames.USERNAMES));
        this.uploadLimits = new PageContext.UploadLimits(perFile.toBytes(), perRequest.toBytes());
    }

    PageContext of(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return new PageContext(currentSite.of(request), Actors.current().orElse(null),
                // Even the parameter name loads (and stores) the token, so both wait until a form asks for them.
                () -> csrf == null ? "_csrf" : csrf.getParameterName(), () -> csrf == null ? "" : csrf.getToken(),
                request.getRequestURI(), notices.obtain(), uploadLimits, names.obtain());
    }
}
