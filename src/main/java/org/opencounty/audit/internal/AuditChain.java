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
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            // Length prefixes keep "ab"+"c" and "a"+"bc" from hashing alike.
            for (String part : new String[] {prevHash, at.toString(), actor, unitCode, action, target, result.name(), clientAddress, details}) {
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
