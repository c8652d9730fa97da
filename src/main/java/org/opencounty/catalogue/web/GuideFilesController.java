package org.opencounty.catalogue.web;

import org.opencounty.catalogue.GuideFiles;
import org.opencounty.catalogue.PublishedCatalogue;
import org.opencounty.common.Actor;
import org.opencounty.sites.Site;
import org.opencounty.web.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Downloads of the materials' blank forms and samples: the public gets the live guide's from the guide page (under
 * {@code /attachments/}, which the page cache leaves alone), staff the revision under review from the back office.
 */
@Controller
class GuideFilesController {

    private final PublishedCatalogue catalogue;
    private final GuideFiles files;

    GuideFilesController(PublishedCatalogue catalogue, GuideFiles files) {
        this.catalogue = catalogue;
        this.files = files;
    }

    @GetMapping("/services/{id}/attachments/{fileId}")
    ResponseEntity<byte[]> download(Site site, @PathVariable long id, @PathVariable long fileId) {
        return download(catalogue.file(site.id(), id, fileId));
    }

    @GetMapping("/admin/catalogue/entries/{id}/files/{fileId}")
    ResponseEntity<byte[]> forStaff(Actor actor, @PathVariable long id, @PathVariable long fileId) {
        return download(files.forStaff(actor, id, fileId));
    }

    private static ResponseEntity<byte[]> download(GuideFiles.Download download) {
        return Downloads.attachment(download.file().filename(), download.file().contentType(), download.content());
    }
}
