package org.opencounty.content.internal;

import java.util.Locale;
import java.util.Optional;
import org.opencounty.content.StoredAttachment;
import org.opencounty.files.FileStore;
import org.opencounty.screening.AttachmentReader;
import org.opencounty.screening.AttachmentReading;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What each attachment's file gave when read for screening, kept by its content (SHA-256) and the reader its
 * extension chose, so that a file is read once however many revisions share it. Reading happens only in
 * {@link #read} and {@link #readAll}, which callers run before their transaction (at upload, and before
 * submit and approval): a slow or hostile file then costs a reader thread, never a database connection.
 * Screening inside a transaction only asks {@link #of}.
 */
@Component
public class AttachmentReadings {

    /** Raise when the reader changes what it finds, so that files are read again. */
    static final int VERSION = 2;

    private final JdbcClient jdbc;
    private final AttachmentReader reader;
    private final Attachments attachments;

    AttachmentReadings(JdbcClient jdbc, AttachmentReader reader, Attachments attachments) {
        this.jdbc = jdbc;
        this.reader = reader;
        this.attachments = attachments;
    }

    /** Reads an uploaded file unless a file with the same content was read already. Not inside a transaction. */
    public void read(String filename, byte[] content) {
        requireNoTransaction();
        String sha = FileStore.sha256(content);
        if (find(sha, filename).isEmpty()) {
            store(sha, filename, reader.read(filename, content));
        }
    }

    /** Reads the revision's attachments that were not read yet (files stored before this table). Not inside a transaction. */
    public void readAll(Long revisionId) {
        requireNoTransaction();
        if (revisionId == null) {
            return;
        }
        for (StoredAttachment attachment : attachments.of(revisionId)) {
            if (find(attachment.sha256(), attachment.filename()).isEmpty()) {
                store(attachment.sha256(), attachment.filename(), reader.read(attachment.filename(), attachments.content(attachment)));
            }
        }
    }

    /** The reading of an attachment; empty when it was never read, which screening treats as not readable. */
    public Optional<AttachmentReading> of(StoredAttachment attachment) {
        return find(attachment.sha256(), attachment.filename());
    }

    private Optional<AttachmentReading> find(String sha, String filename) {
        return jdbc.sql("select readable, text, reason from attachment_reading where sha256 = :sha and reader = :reader and version = :version")
                .param("sha", sha).param("reader", readerOf(filename)).param("version", VERSION)
                .query((rs, n) -> new AttachmentReading(rs.getBoolean("readable"), rs.getString("text"), rs.getString("reason")))
                .optional();
    }

    private void store(String sha, String filename, AttachmentReading reading) {
        jdbc.sql("""
                insert into attachment_reading (sha256, reader, version, readable, text, reason)
                values (:sha, :reader, :version, :readable, :text, :reason)
                on conflict (sha256, reader) do update set version = excluded.version, readable = excluded.readable,
                    text = excluded.text, reason = excluded.reason, read_at = now()""")
                .param("sha", sha).param("reader", readerOf(filename)).param("version", VERSION)
                .param("readable", reading.readable()).param("text", reading.text().replace("\u0000", ""))
                .param("reason", reading.reason()).update();
    }

    /** A caller holding a transaction would hold a database connection for as long as a hostile file takes. */
    private static void requireNoTransaction() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("attachments are read before a transaction starts, never inside one");
        }
    }

    private static String readerOf(String filename) {
        int dot = filename.lastIndexOf('.');
        String extension = dot < 0 ? "" : filename.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
        return extension.length() > 10 ? extension.substring(0, 10) : extension;
    }
}
