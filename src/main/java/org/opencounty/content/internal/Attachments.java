package org.opencounty.content.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.opencounty.content.StoredAttachment;
import org.opencounty.files.FileReferences;
import org.opencounty.files.FileStore;
import org.opencounty.files.UploadPolicy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Attachments of a revision, checked by the platform's {@link UploadPolicy} and kept in its {@link FileStore}.
 */
@Component
public class Attachments implements FileReferences {

    private final JdbcClient jdbc;
    private final FileStore store;
    private final UploadPolicy policy;

    Attachments(JdbcClient jdbc, FileStore store, UploadPolicy policy) {
        this.jdbc = jdbc;
        this.store = store;
        this.policy = policy;
    }

    /** Checks an upload; throws with a Chinese message naming what is wrong, before anything is stored. */
    public String check(String originalName, byte[] content) {
        return policy.check(originalName, content).filename();
    }

    public StoredAttachment add(long revisionId, String originalName, byte[] content) {
        UploadPolicy.Accepted accepted = policy.check(originalName, content);
        String name = accepted.filename();
        String key = store.put(content);
        String contentType = accepted.contentType();
        String sha = FileStore.sha256(content);
        long id = jdbc.sql("""
                insert into article_attachment (revision_id, filename, content_type, size_bytes, storage_key, sha256)
                values (:revision, :name, :type, :size, :key, :sha) returning id""")
                .param("revision", revisionId).param("name", name).param("type", contentType)
                .param("size", (long) content.length).param("key", key).param("sha", sha).query(Long.class).single();
        return new StoredAttachment(id, revisionId, name, contentType, content.length, key, sha);
    }

    public List<StoredAttachment> of(long revisionId) {
        return jdbc.sql("select * from article_attachment where revision_id = :revision order by id")
                .param("revision", revisionId)
                .query((rs, n) -> new StoredAttachment(rs.getLong("id"), rs.getLong("revision_id"), rs.getString("filename"),
                        rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("storage_key"), rs.getString("sha256")))
                .list();
    }

    public byte[] content(StoredAttachment attachment) {
        return store.get(attachment.storageKey());
    }

    /** A new revision starts with the attachments of the one it was copied from; the files are shared. */
    public void copy(long fromRevisionId, long toRevisionId) {
        jdbc.sql("""
                insert into article_attachment (revision_id, filename, content_type, size_bytes, storage_key, sha256)
                select :to, filename, content_type, size_bytes, storage_key, sha256 from article_attachment
                where revision_id = :from order by id""")
                .param("to", toRevisionId).param("from", fromRevisionId).update();
    }

    @Override
    public Set<String> referenced(Collection<String> keys) {
        return new HashSet<>(jdbc.sql("select storage_key from article_attachment where storage_key in (:keys)")
                .param("keys", keys).query(String.class).list());
    }

    public boolean remove(long revisionId, long attachmentId) {
        return jdbc.sql("delete from article_attachment where id = :id and revision_id = :revision")
                .param("id", attachmentId).param("revision", revisionId).update() > 0;
    }

}
