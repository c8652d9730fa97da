package org.opencounty.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.opencounty.audit.AuditResult;

/** How an entry's hash is computed: SHA-256 over the previous hash and every field, length-prefixed. */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(String prevHash, Instant at, String actor, String unitCode, String action, String target,
                              AuditResult result, String clientAddress, String details) {
        return hash(prevHash, at, actor, unitCode, action, target, result, clientAddress, details, null);
    }

    /** With the entry's site (V13_2); an entry without one hashes as entries did before sites were recorded. */
    public static String hash(String prevHash, Instant at, String actor, String unitCode, String action, String target,
                              AuditResult result, String clientAddress, String details, Long siteId) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String[] parts = siteId == null
                    ? new String[] {prevHash, at.toString(), actor, unitCode, action, target, result.name(), clientAddress, details}
                    : new String[] {prevHash, at.toString(), actor, unitCode, action, target, result.name(), clientAddress, details,
                            "site:" + siteId};
            // Length prefixes keep "ab"+"c" and "a"+"bc" from hashing alike.
            for (String part : parts) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
