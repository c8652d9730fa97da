package org.opencounty.sites;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.opencounty.common.NotFoundException;
import org.opencounty.sites.internal.SiteHostRepository;
import org.opencounty.sites.internal.SiteRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds the county site a request is for: by host name, else the default site. */
@Service
public class Sites {

    private final SiteRepository sites;
    private final SiteHostRepository hosts;

    Sites(SiteRepository sites, SiteHostRepository hosts) {
        this.sites = sites;
        this.hosts = hosts;
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

    @Transactional
    public Site create(Site site, List<String> hostNames) {
        Site saved = sites.save(site);
        hostNames.forEach(host -> hosts.addHost(host.toLowerCase(Locale.ROOT), saved.id()));
        return saved;
    }
}
