package org.opencounty.content.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opencounty.common.InvalidInputException;
import org.opencounty.content.StoredAttachment;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Attachments of a revision. Only allow-listed types whose content really is of that type are
 * accepted; names are cleaned of paths; the type served is the one the extension allows, never the
 * one the uploader claimed.
 */
@Component
public class Attachments {

    private record Kind(String contentType, byte[]... signatures) {
    }

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final Map<String, Kind> ALLOWED = Map.of(
            "pdf", new Kind("application/pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII)),
            "doc", new Kind("application/msword", OLE),
            "docx", new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP),
            "xls", new Kind("application/vnd.ms-excel", OLE),
            "xlsx", new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP),
            "jpg", new Kind("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            "jpeg", new Kind("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            "png", new Kind("image/png", new byte[] {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A}),
            "txt", new Kind("text/plain; charset=UTF-8"));

    private final JdbcClient jdbc;
    private final AttachmentStore store;
    private final long maxBytes;

    Attachments(JdbcClient jdbc, AttachmentStore store,
                @Value("${opencounty.attachments.max-size:20MB}") DataSize maxSize) {
        this.jdbc = jdbc;
        this.store = store;
        this.maxBytes = maxSize.toBytes();
    }

    /** Checks an upload; throws with a Chinese message naming what is wrong, before anything is stored. */
    public String check(String originalName, byte[] content) {
        String name = cleanName(originalName);
        String extension = extension(name);
        Kind kind = ALLOWED.get(extension);
        if (kind == null) {
            throw InvalidInputException.field("file", "只能上传 pdf、doc、docx、xls、xlsx、jpg、png、txt 格式的附件");
        }
        if (content.length == 0) {
            throw InvalidInputException.field("file", "附件是空文件");
        }
        if (content.length > maxBytes) {
            throw InvalidInputException.field("file", "附件不能超过" + DataSize.ofBytes(maxBytes).toMegabytes() + "MB");
        }
        if (kind.signatures().length > 0 && Arrays.stream(kind.signatures()).noneMatch(signature -> startsWith(content, signature))) {
            throw InvalidInputException.field("file", "附件内容与扩展名不符");
        }
        return name;
    }

    public StoredAttachment add(long revisionId, String originalName, byte[] content) {
        String name = check(originalName, content);
        String key = store.put(content);
        String contentType = ALLOWED.get(extension(name)).contentType();
        String sha = sha256(content);
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

    public boolean remove(long revisionId, long attachmentId) {
        return jdbc.sql("delete from article_attachment where id = :id and revision_id = :revision")
                .param("id", attachmentId).param("revision", revisionId).update() > 0;
    }

    static String cleanName(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>|:*?]", "").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return name;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
