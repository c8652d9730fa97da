package org.opencounty.sites.internal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class SiteHostRepository {

    private final JdbcClient jdbc;

    SiteHostRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Long> findSiteIdByHost(String host) {
        return jdbc.sql("select site_id from site_host where host = :host").param("host", host).query(Long.class).optional();
    }

    public void addHost(String host, long siteId) {
        jdbc.sql("insert into site_host (host, site_id) values (:host, :site) on conflict (host) do update set site_id = excluded.site_id")
                .param("host", host).param("site", siteId).update();
    }
}
