package org.opencounty.catalogue.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.opencounty.common.Actor;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.Role;
import org.opencounty.catalogue.spreadsheet.CatalogueExport;
import org.opencounty.catalogue.spreadsheet.CatalogueImport;
import org.opencounty.catalogue.CatalogueQueries;
import org.opencounty.catalogue.EntryKind;
import org.opencounty.catalogue.spreadsheet.ImportError;
import org.opencounty.catalogue.spreadsheet.ImportRefusedException;
import org.opencounty.catalogue.spreadsheet.ImportResult;
import org.opencounty.catalogue.spreadsheet.Spreadsheet;
import org.opencounty.web.Downloads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The unit's service guides and fees at a glance, with the Excel export and import (docs/catalogue-spreadsheet.md). */
@Controller
class CatalogueAdminController {

    private final CatalogueQueries queries;
    private final CatalogueExport export;
    private final CatalogueImport imports;

    CatalogueAdminController(CatalogueQueries queries, CatalogueExport export, CatalogueImport imports) {
        this.queries = queries;
        this.export = export;
        this.imports = imports;
    }

    @GetMapping({"/admin/catalogue", "/admin/catalogue/import"})
    String page(Actor actor, @RequestParam(required = false) Integer imported, @RequestParam(required = false) Integer fees, Model model) {
        String message = imported == null ? null
                : "已导入事项" + imported + "项、收费项目" + (fees == null ? 0 : fees) + "项，均为草稿，请检查后逐项报送审核。";
        return page(actor, model, message, null, List.of());
    }

    @GetMapping("/admin/catalogue/export.xlsx")
    ResponseEntity<byte[]> export(Actor actor) {
        Spreadsheet spreadsheet = export.workbook(actor);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Spreadsheet.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(spreadsheet.filename()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(spreadsheet.content());
    }

    @PostMapping("/admin/catalogue/import")
    String importWorkbook(Actor actor, @RequestParam(value = "file", required = false) MultipartFile file, Model model,
                          HttpServletResponse response) throws IOException {
        try {
            ImportResult result = imports.importWorkbook(actor, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes());
            return "redirect:/admin/catalogue?imported=" + result.items() + "&fees=" + result.fees();
        } catch (ImportRefusedException e) {
            response.setStatus(e.status());
            return page(actor, model, null, e.getMessage(), e.errors());
        } catch (InvalidInputException e) {
            response.setStatus(e.status());
            return page(actor, model, null, e.fields().getOrDefault("file", e.getMessage()), List.of());
        }
    }

    private String page(Actor actor, Model model, String message, String error, List<ImportError> importErrors) {
        model.addAttribute("items", queries.listFor(actor, EntryKind.ITEM));
        model.addAttribute("fees", queries.listFor(actor, EntryKind.FEE));
        model.addAttribute("canImport", actor.has(Role.INFO_OFFICER));
        model.addAttribute("message", message);
        model.addAttribute("error", error);
        model.addAttribute("importErrors", importErrors);
        return "catalogue/backoffice/catalogue";
    }
}
