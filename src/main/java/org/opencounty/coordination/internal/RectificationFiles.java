package org.opencounty.coordination.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opencounty.coordination.EvidenceFile;
import org.opencounty.files.FileReferences;
import org.opencounty.files.FileStore;
import org.opencounty.screening.AttachmentReading;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The evidence files of rectifications, kept in the platform's {@link FileStore}; the orphan sweep asks which keys are named. */
@Repository
public class RectificationFiles implements FileReferences {

    private final JdbcClient jdbc;
    private final FileStore store;

    RectificationFiles(JdbcClient jdbc, FileStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /** Stores the file with the current transaction's rows (it becomes visible only if they commit). */
    public EvidenceFile add(long rectificationId, String filename, String contentType, byte[] content, AttachmentReading reading,
                            String by, Instant at) {
        String key = store.put(content);
        String sha = FileStore.sha256(content);
        String text = reading.text().replace("\u0000", "");
        String reason = reading.reason().length() > 500 ? reading.reason().substring(0, 500) : reading.reason();
        long id = jdbc.sql("""
                        insert into coord_rectification_file (rectification_id, filename, content_type, size_bytes, storage_key, sha256,
                                                              readable, text, reason, created_by, created_at)
                        values (:revision, :name, :type, :size, :key, :sha, :readable, :text, :reason, :by, :at) returning id""")
                .param("revision", rectificationId).param("name", filename).param("type", contentType).param("size", (long) content.length)
                .param("key", key).param("sha", sha).param("readable", reading.readable()).param("text", text).param("reason", reason)
                .param("by", by).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).query(Long.class).single();
        return new EvidenceFile(id, rectificationId, filename, contentType, content.length, key, sha, reading.readable(), text, reason);
    }

    public List<EvidenceFile> of(long rectificationId) {
        return jdbc.sql("select * from coord_rectification_file where rectification_id = :revision order by id")
                .param("revision", rectificationId)
                .query((rs, n) -> new EvidenceFile(rs.getLong("id"), rs.getLong("rectification_id"), rs.getString("filename"),
                        rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("storage_key"), rs.getString("sha256"),
                        rs.getBoolean("readable"), rs.getString("text"), rs.getString("reason")))
                .list();
    }

    public Optional<EvidenceFile> find(long rectificationId, long fileId) {
        return of(rectificationId).stream().filter(file -> file.id() == fileId).findFirst();
    }

    public byte[] content(EvidenceFile file) {
        return store.get(file.storageKey());
    }

    /** Removes the file's row; the file goes once the transaction commits. */
    public boolean remove(EvidenceFile file) {
        boolean removed = jdbc.sql("delete from coord_rectification_file where id = :id").param("id", file.id()).update() > 0;
        if (removed) {
            store.deleteAfterCommit(file.storageKey());
        }
        return removed;
    }

    @Override
    public Set<String> referenced(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select storage_key from coord_rectification_file where storage_key in (:keys)")
                .param("keys", keys).query(String.class).list());
    }
}
