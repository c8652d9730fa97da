package org.opencounty.documents;

import java.time.Instant;

/** 传阅: a person asked to read a received document and when they read it (null: not yet). */
public record Reader(String username, Instant assignedAt, Instant readAt) {
}
