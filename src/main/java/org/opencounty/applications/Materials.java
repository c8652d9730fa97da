package org.opencounty.applications;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.opencounty.files.FileReferences;
import org.opencounty.files.FileStore;
import org.opencounty.files.UploadPolicy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The files an applicant uploads for the item's required materials; never served to anyone but the applicant and the unit. */
@Repository
class Materials implements FileReferences {

    record Uploaded(long id, String materialId, String filename, String contentType, long size, String storageKey) {
    }

    private final JdbcClient jdbc;
    private final FileStore files;
    private final UploadPolicy policy;

    Materials(JdbcClient jdbc, FileStore files, UploadPolicy policy) {
        this.jdbc = jdbc;
        this.files = files;
        this.policy = policy;
    }

    Uploaded add(long applicationId, String materialId, String originalName, byte[] content) {
        UploadPolicy.Accepted accepted = policy.check(originalName, content);
        String key = files.put(content);
        long id = jdbc.sql("""
                insert into application_material (application_id, material_id, filename, content_type, size_bytes, storage_key, sha256)
                values (:app, :material, :name, :type, :size, :key, :sha) returning id""")
                .param("app", applicationId).param("material", materialId).param("name", accepted.filename())
                .param("type", accepted.contentType()).param("size", (long) content.length).param("key", key).param("sha", FileStore.sha256(content))
                .query(Long.class).single();
        return new Uploaded(id, materialId, accepted.filename(), accepted.contentType(), content.length, key);
    }

    List<Uploaded> of(long applicationId) {
        return jdbc.sql("select * from application_material where application_id = :app order by id").param("app", applicationId)
                .query(Materials::uploaded).list();
    }

    void lock(long applicationId) {
        jdbc.sql("select id from application where id = :app for update").param("app", applicationId).query(Long.class).single();
    }

    /** The material's files uploaded since the application was last submitted (all of a draft's), newest first. */
    List<Uploaded> replaceable(long applicationId, String materialId) {
        return jdbc.sql("""
                select * from application_material m where application_id = :app and material_id = :material
                and uploaded_at > coalesce((select max(at) from application_event e
                                            where e.application_id = :app and e.action in ('submit', 'resubmit')), '-infinity')
                order by id desc""")
                .param("app", applicationId).param("material", materialId).query(Materials::uploaded).list();
    }

    long bytesOf(long applicationId) {
        return jdbc.sql("select coalesce(sum(size_bytes), 0) from application_material where application_id = :app")
                .param("app", applicationId).query(Long.class).single();
    }

    /** The bytes of the account's applications being filled in or handled (finished ones no longer count). */
    long bytesOfAccount(long accountId) {
        return jdbc.sql("""
                select coalesce(sum(m.size_bytes), 0) from application_material m join application a on a.id = m.application_id
                where a.applicant_account_id = :account and a.state not in ('COMPLETED', 'REJECTED', 'WITHDRAWN')""")
                .param("account", accountId).query(Long.class).single();
    }

    /** Removes replaced files: their rows now, the files once that commits. */
    void remove(List<Uploaded> replaced) {
        for (Uploaded uploaded : replaced) {
            jdbc.sql("delete from application_material where id = :id").param("id", uploaded.id()).update();
            files.deleteAfterCommit(uploaded.storageKey());
        }
    }

    @Override
    public Set<String> referenced(Collection<String> keys) {
        return new HashSet<>(jdbc.sql("select storage_key from application_material where storage_key in (:keys)")
                .param("keys", keys).query(String.class).list());
    }

    private static Uploaded uploaded(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Uploaded(rs.getLong("id"), rs.getString("material_id"), rs.getString("filename"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("storage_key"));
    }

    byte[] content(Uploaded uploaded) {
        return files.get(uploaded.storageKey());
    }

}
