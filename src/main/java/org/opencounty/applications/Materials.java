package org.opencounty.applications;

import java.util.List;
import org.opencounty.files.FileStore;
import org.opencounty.files.UploadPolicy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The files an applicant uploads for the item's required materials; never served to anyone but the applicant and the unit. */
@Repository
class Materials {

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
                .query((rs, n) -> new Uploaded(rs.getLong("id"), rs.getString("material_id"), rs.getString("filename"),
                        rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("storage_key")))
                .list();
    }

    byte[] content(Uploaded uploaded) {
        return files.get(uploaded.storageKey());
    }

}
