package org.opencounty;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server's superuser password: generated once, kept in the data directory readable by its owner only,
 * and required of every connection (scram-sha-256 in pg_hba.conf). A data directory made before this (pg_hba trust)
 * is upgraded on its next start through one local connection the old rules still allow.
 */
final class ServerPassword {

    private static final Logger log = LoggerFactory.getLogger(ServerPassword.class);
    static final String FILE_NAME = "opencounty-password";
    static final String HBA_MARKER = "# OpenCounty: every connection needs the generated password (scram-sha-256).";
    private static final String HBA = HBA_MARKER + """

            # Written at start; do not edit. The password is in opencounty-password beside this file (owner-only).
            local   all             all                                     scram-sha-256
            host    all             all             127.0.0.1/32            scram-sha-256
            host    all             all             ::1/128                 scram-sha-256
            local   replication     all                                     scram-sha-256
            host    replication     all             127.0.0.1/32            scram-sha-256
            host    replication     all             ::1/128                 scram-sha-256
            """;

    private final Path dataDirectory;
    private final String value;
    private final boolean stored;

    private ServerPassword(Path dataDirectory, String value, boolean stored) {
        this.dataDirectory = dataDirectory;
        this.value = value;
        this.stored = stored;
    }

    /** The stored password of the directory, or a new one not yet stored (the directory may not be initialised yet). */
    static ServerPassword of(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolve(FILE_NAME);
        if (Files.exists(file)) {
            return new ServerPassword(dataDirectory, Files.readString(file, StandardCharsets.US_ASCII).strip(), true);
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return new ServerPassword(dataDirectory, HexFormat.of().formatHex(random), false);
    }

    String value() {
        return value;
    }

    /** Makes sure the running server asks for the password: stores it, sets it and rewrites pg_hba.conf when needed. */
    void secure(int port) throws IOException {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        if (Files.readString(hba).startsWith(HBA_MARKER)) {
            if (!stored) {
                throw new IllegalStateException("The embedded PostgreSQL in " + dataDirectory + " asks for a password, but "
                        + FILE_NAME + " is missing: restore it from the backup of the data folder");
            }
            return;
        }
        if (!stored) {
            // Stored before it is set: a crash in between leaves a password that the next start sets again.
            writeOwnerOnly(dataDirectory.resolve(FILE_NAME), value);
        }
        // The value is hex we generated (checked again here), so it can stand in the statement, which takes no parameters.
        if (!value.matches("[0-9a-f]{32,}")) {
            throw new IllegalStateException("The stored password in " + dataDirectory + " is not one the platform generated");
        }
        try (var connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", EmbeddedDatabase.USER, value);
             var statement = connection.createStatement()) {
            statement.execute("alter role " + EmbeddedDatabase.USER + " password '" + value + "'");
            writeReplacing(hba, HBA);
            statement.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("Could not set the embedded PostgreSQL's password", e);
        }
        log.info("The embedded PostgreSQL in {} now requires the password kept in {}", dataDirectory, FILE_NAME);
    }

    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.US_ASCII)));
            channel.force(true);
        }
    }

    private static void writeReplacing(Path file, String content) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        writeOwnerOnly(temporary, content);
        Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
