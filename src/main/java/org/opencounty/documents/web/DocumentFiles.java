package org.opencounty.documents.web;

import org.opencounty.documents.DocumentQueries;
import org.opencounty.web.Downloads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Attachments and PDFs answered as downloads (never shown inline; the platform sends nosniff). */
final class DocumentFiles {

    private DocumentFiles() {
    }

    static ResponseEntity<byte[]> download(DocumentQueries.AttachmentFile file) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(file.filename()))
                .body(file.content());
    }

    static ResponseEntity<byte[]> pdf(String name, byte[] content) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.inline(name + ".pdf"))
                .body(content);
    }
}
