package org.opencounty.sites;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Finds the county site a request is for: by host name, else the default site. */
@Service
public class Sites {

    private final SiteRepository sites;
    private final SiteHostRepository hosts;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    /**
     * The site of each host name asked for, kept a minute: every page not served from the page cache asked the
     * database in a transaction of its own (7 % of a search page's CPU, docs/adr/0029-search-speed.md). Forgotten here
     * when a site is created or changed; on other nodes when the page cache's notification reaches them
     * ({@link #forgetCachedHosts}), else within the minute. Bounded: the Host header is the client's.
     */
    private final Cache<String, Site> byHost = Caffeine.newBuilder().maximumSize(1_000).expireAfterWrite(Duration.ofMinutes(1)).build();

    Sites(SiteRepository sites, SiteHostRepository hosts, AuditLog audit, ApplicationEventPublisher events) {
        this.events = events;
        this.sites = sites;
        this.hosts = hosts;
        this.audit = audit;
    }

    /** The site of a host name, else the default site; a failure of the database is thrown and nothing is kept. */
    public Site forHost(String host) {
        String key = host == null ? "" : host.toLowerCase(Locale.ROOT);
        return byHost.get(key, k -> hosts.findSiteIdByHost(k).flatMap(sites::findById)
                .orElseGet(() -> sites.findByDefaultSiteTrue().orElseThrow(() -> new NotFoundException("平台尚未配置默认站点"))));
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
        forgetHosts();
        return site;
    }

    @Transactional
    public Site create(Site site, List<String> hostNames) {
        Site saved = sites.save(site);
        hostNames.forEach(host -> hosts.addHost(host.toLowerCase(Locale.ROOT), saved.id()));
        forgetHosts();
        return saved;
    }

    /**
     * For another node's change (the page cache's notification across nodes): pages rendered after it must not show
     * the site as it was.
     */
    public void forgetCachedHosts() {
        byHost.invalidateAll();
    }

    /** Now, and again once the change commits: a request between the two could have kept the site as it was. */
    private void forgetHosts() {
        byHost.invalidateAll();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    byHost.invalidateAll();
                }
            });
        }
    }
}
