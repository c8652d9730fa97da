package org.opencounty.catalogue.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opencounty.catalogue.MaterialFile;
import org.opencounty.files.FileReferences;
import org.opencounty.files.FileStore;
import org.opencounty.files.UploadPolicy;
import org.opencounty.screening.AttachmentReading;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The blank forms and samples of a guide's revisions, checked by the platform's {@link UploadPolicy} and kept in its
 * {@link FileStore}, each with what reading it for screening gave.
 */
@Component
public class MaterialFiles implements FileReferences {

    private static final String COLUMNS = "id, revision_id, material_id, purpose, filename, content_type, size_bytes, storage_key, sha256, readable, reason";

    private final JdbcClient jdbc;
    private final FileStore store;
    private final UploadPolicy policy;

    MaterialFiles(JdbcClient jdbc, FileStore store, UploadPolicy policy) {
        this.jdbc = jdbc;
        this.store = store;
        this.policy = policy;
    }

    /** Checks an upload; throws with a Chinese message naming what is wrong, before anything is stored. */
    public String check(String originalName, byte[] content) {
        return policy.check(originalName, content).filename();
    }

    public MaterialFile add(long revisionId, String materialId, MaterialFile.Purpose purpose, String originalName, byte[] content,
                            AttachmentReading reading) {
        UploadPolicy.Accepted accepted = policy.check(originalName, content);
        String key = store.put(content);
        String sha = FileStore.sha256(content);
        long id = jdbc.sql("""
                insert into catalogue_material_file (revision_id, material_id, purpose, filename, content_type, size_bytes, storage_key,
                                                     sha256, readable, text, reason)
                values (:revision, :material, :purpose, :name, :type, :size, :key, :sha, :readable, :text, :reason) returning id""")
                .param("revision", revisionId).param("material", materialId).param("purpose", purpose.name())
                .param("name", accepted.filename()).param("type", accepted.contentType()).param("size", (long) content.length)
                .param("key", key).param("sha", sha).param("readable", reading.readable())
                .param("text", reading.text().replace("\u0000", "")).param("reason", reason(reading))
                .query(Long.class).single();
        return new MaterialFile(id, revisionId, materialId, purpose, accepted.filename(), accepted.contentType(), content.length, key, sha,
                reading.readable(), reason(reading));
    }

    private static String reason(AttachmentReading reading) {
        return reading.reason().length() > 200 ? reading.reason().substring(0, 200) : reading.reason();
    }

    public List<MaterialFile> of(long revisionId) {
        return jdbc.sql("select " + COLUMNS + " from catalogue_material_file where revision_id = :revision order by id")
                .param("revision", revisionId).query((rs, n) -> new MaterialFile(rs.getLong("id"), rs.getLong("revision_id"),
                        rs.getString("material_id"), MaterialFile.Purpose.valueOf(rs.getString("purpose")), rs.getString("filename"),
                        rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("storage_key"), rs.getString("sha256"),
                        rs.getBoolean("readable"), rs.getString("reason")))
                .list();
    }

    public Optional<MaterialFile> find(long revisionId, long fileId) {
        return of(revisionId).stream().filter(file -> file.id() == fileId).findFirst();
    }

    /** The text read from the file at upload, which screening reads. */
    public String text(MaterialFile file) {
        return jdbc.sql("select text from catalogue_material_file where id = :id").param("id", file.id()).query(String.class).single();
    }

    public byte[] content(MaterialFile file) {
        return store.get(file.storageKey());
    }

    /** A new revision starts with the files of the one it was copied from; the stored files are shared. */
    public void copy(long fromRevisionId, long toRevisionId) {
        jdbc.sql("""
                insert into catalogue_material_file (revision_id, material_id, purpose, filename, content_type, size_bytes, storage_key,
                                                     sha256, readable, text, reason)
                select :to, material_id, purpose, filename, content_type, size_bytes, storage_key, sha256, readable, text, reason
                from catalogue_material_file where revision_id = :from order by id""")
                .param("to", toRevisionId).param("from", fromRevisionId).update();
    }

    public boolean remove(long revisionId, long fileId) {
        return jdbc.sql("delete from catalogue_material_file where id = :id and revision_id = :revision")
                .param("id", fileId).param("revision", revisionId).update() > 0;
    }

    @Override
    public Set<String> referenced(Collection<String> keys) {
        return new HashSet<>(jdbc.sql("select storage_key from catalogue_material_file where storage_key in (:keys)")
                .param("keys", keys).query(String.class).list());
    }
}
