package org.opencounty.sites;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.common.Actor;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.Role;
import org.opencounty.sites.internal.SiteHostRepository;
import org.opencounty.sites.internal.SiteRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds the county site a request is for: by host name, else the default site. */
@Service
public class Sites {

    private final SiteRepository sites;
    private final SiteHostRepository hosts;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Sites(SiteRepository sites, SiteHostRepository hosts, AuditLog audit, ApplicationEventPublisher events) {
        this.events = events;
        this.sites = sites;
        this.hosts = hosts;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Site forHost(String host) {
        String key = host == null ? "" : host.toLowerCase(Locale.ROOT);
        return hosts.findSiteIdByHost(key).flatMap(sites::findById).orElseGet(this::defaultSite);
    }

    @Transactional(readOnly = true)
    public Site defaultSite() {
        return sites.findByDefaultSiteTrue().orElseThrow(() -> new NotFoundException("平台尚未配置默认站点"));
    }

    @Transactional(readOnly = true)
    public Site byId(long id) {
        return sites.findById(id).orElseThrow(() -> new NotFoundException("站点不存在"));
    }

    @Transactional(readOnly = true)
    public Optional<Site> byCode(String code) {
        return sites.findByCode(code);
    }

    @Transactional(readOnly = true)
    public List<Site> all() {
        return sites.findAll();
    }

    /**
     * Changes the site's identification (name, domain, 网站标识码, filing numbers, organiser). Only the
     * site's own administrators may; every change is audited.
     */
    @Transactional
    public Site identify(Actor actor, long siteId, SiteIdentification identification) {
        if (actor == null || !actor.has(Role.CENTER_ADMIN) || actor.siteId() != siteId) {
            throw new NotAllowedException("只有本站点的中心管理员可以修改网站信息");
        }
        identification.validate();
        Site site = byId(siteId);
        String before = site.name() + " / " + site.domain() + " / " + site.siteIdCode();
        site.identify(identification.name(), identification.domain(), identification.siteIdCode(), identification.icpNumber(),
                identification.psbNumber(), identification.organiser(), identification.organiserContact());
        sites.save(site);
        audit.record(actor, "site.identify", "site:" + site.code(), AuditResult.SUCCESS,
                before + " -> " + site.name() + " / " + site.domain() + " / " + site.siteIdCode());
        events.publishEvent(new SiteChanged(siteId, actor.username()));
        return site;
    }

    @Transactional
    public Site create(Site site, List<String> hostNames) {
        Site saved = sites.save(site);
        hostNames.forEach(host -> hosts.addHost(host.toLowerCase(Locale.ROOT), saved.id()));
        return saved;
    }
}
