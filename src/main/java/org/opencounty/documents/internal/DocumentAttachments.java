package org.opencounty.documents.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opencounty.documents.DocumentAttachment;
import org.opencounty.files.FileReferences;
import org.opencounty.files.FileStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A document's attachments, their files kept in the platform's {@link FileStore}. */
@Repository
public class DocumentAttachments implements FileReferences {

    private final JdbcClient jdbc;
    private final FileStore store;

    DocumentAttachments(JdbcClient jdbc, FileStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    public DocumentAttachment add(long documentId, String filename, String contentType, byte[] content, boolean readable, Instant now) {
        String key = store.put(content);
        String sha = FileStore.sha256(content);
        long id = jdbc.sql("""
                insert into document_attachment (document_id, filename, content_type, size_bytes, storage_key, sha256, readable, created_at)
                values (:document, :name, :type, :size, :key, :sha, :readable, :now) returning id""")
                .param("document", documentId).param("name", filename).param("type", contentType).param("size", (long) content.length)
                .param("key", key).param("sha", sha).param("readable", readable).param("now", DocumentStore.ts(now))
                .query(Long.class).single();
        return new DocumentAttachment(id, documentId, filename, contentType, content.length, sha, readable);
    }

    public List<DocumentAttachment> of(long documentId) {
        return jdbc.sql("select * from document_attachment where document_id = :document order by id").param("document", documentId)
                .query((rs, n) -> new DocumentAttachment(rs.getLong("id"), rs.getLong("document_id"), rs.getString("filename"),
                        rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"), rs.getBoolean("readable")))
                .list();
    }

    public Optional<DocumentAttachment> find(long documentId, long attachmentId) {
        return of(documentId).stream().filter(a -> a.id() == attachmentId).findFirst();
    }

    public byte[] content(long attachmentId) {
        String key = jdbc.sql("select storage_key from document_attachment where id = :id").param("id", attachmentId)
                .query(String.class).single();
        return store.get(key);
    }

    public boolean remove(long documentId, long attachmentId) {
        return jdbc.sql("delete from document_attachment where id = :id and document_id = :document")
                .param("id", attachmentId).param("document", documentId).update() > 0;
    }

    @Override
    public Set<String> referenced(Collection<String> keys) {
        return new HashSet<>(jdbc.sql("select storage_key from document_attachment where storage_key in (:keys)")
                .param("keys", keys).query(String.class).list());
    }
}
