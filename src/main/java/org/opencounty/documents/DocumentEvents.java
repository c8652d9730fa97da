package org.opencounty.documents;

/** What happened to documents, published in the changing transaction. */
public final class DocumentEvents {

    private DocumentEvents() {
    }

    /** A sending step was taken (拟稿 … 核发). */
    public record DocumentStepTaken(long documentId, long siteId, String action, String by) {
    }

    /** A receiving unit took a step on its copy (签收 … 办结). */
    public record ReceivingStepTaken(long recipientId, long documentId, long unitId, ReceivingSteps.Step step, String by) {
    }

    /** An unsigned copy was reminded (催办). */
    public record RecipientReminded(long recipientId, long documentId, long unitId) {
    }
}
