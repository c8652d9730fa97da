package org.opencounty.audit;

public enum AuditResult {
    SUCCESS, FAILURE, DENIED
}
