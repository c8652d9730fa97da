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
import org.springframework.util.unit.DataSize;

/** Builds the {@link PageContext} of a request. */
@Component
class PageContexts {

    private final CurrentSite currentSite;
    private final ObjectProvider<UnreadNotices> notices;
    private final ObjectProvider<PeopleNames> names;
    private final PageContext.UploadLimits uploadLimits;

    PageContexts(CurrentSite currentSite, ObjectProvider<UnreadNotices> notices, ObjectProvider<PeopleNames> names,
                 @Value("${opencounty.attachments.max-size:20MB}") DataSize perFile,
                 @Value("${spring.servlet.multipart.max-request-size:25MB}") DataSize perRequest) {
        this.currentSite = currentSite;
        this.notices = notices;
        this.names = names;
        this.uploadLimits = new PageContext.UploadLimits(perFile.toBytes(), perRequest.toBytes());
    }

    PageContext of(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return new PageContext(currentSite.of(request), Actors.current().orElse(null),
                // Even the parameter name loads (and stores) the token, so both wait until a form asks for them.
                () -> csrf == null ? "_csrf" : csrf.getParameterName(), () -> csrf == null ? "" : csrf.getToken(),
                request.getRequestURI(), notices.getIfAvailable(() -> UnreadNotices.NONE), uploadLimits,
                names.getIfAvailable(() -> PeopleNames.USERNAMES));
    }
}
