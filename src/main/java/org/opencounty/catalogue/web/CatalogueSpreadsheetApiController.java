package org.opencounty.catalogue.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.opencounty.common.Actor;
import org.opencounty.common.DomainException;
import org.opencounty.catalogue.spreadsheet.CatalogueExport;
import org.opencounty.catalogue.spreadsheet.CatalogueImport;
import org.opencounty.catalogue.spreadsheet.ImportResult;
import org.opencounty.catalogue.spreadsheet.Spreadsheet;
import org.opencounty.web.Downloads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The catalogue as an Excel workbook over the API (docs/catalogue-spreadsheet.md). */
@RestController
@RequestMapping("/api/v1/service-items")
class CatalogueSpreadsheetApiController {

    /** The security chain lets GET /service-items/* through for public guides, so this path checks sign-in itself. */
    static class SignInRequiredException extends DomainException {
        SignInRequiredException() {
            super("UNAUTHENTICATED", "请先登录或提供有效的访问令牌", Map.of());
        }

        @Override
        public int status() {
            return 401;
        }
    }

    /** How many guides and fees the workbook created or updated, and their ids. */
    record ImportJson(Counts imported, List<Long> ids) {
        record Counts(int items, int fees) {
        }
    }

    private final CatalogueExport export;
    private final CatalogueImport imports;

    CatalogueSpreadsheetApiController(CatalogueExport export, CatalogueImport imports) {
        this.export = export;
        this.imports = imports;
    }

    // No "produces": a refusal must still be answered as JSON.
    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export(Actor actor) {
        if (actor == null) {
            throw new SignInRequiredException();
        }
        return download(export.workbook(actor));
    }

    @PostMapping("/import")
    ResponseEntity<ImportJson> importWorkbook(Actor actor, @RequestParam(value = "file", required = false) MultipartFile file)
            throws IOException {
        ImportResult result = imports.importWorkbook(actor, file == null ? null : file.getOriginalFilename(),
                file == null ? null : file.getBytes());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new ImportJson(new ImportJson.Counts(result.items(), result.fees()), result.ids()));
    }

    static ResponseEntity<byte[]> download(Spreadsheet spreadsheet) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Spreadsheet.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(spreadsheet.filename()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(spreadsheet.content());
    }
}
