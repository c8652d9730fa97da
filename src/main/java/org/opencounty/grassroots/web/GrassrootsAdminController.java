package org.opencounty.grassroots.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencounty.common.Actor;
import org.opencounty.common.DomainException;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.Role;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.common.web.PageOf;
import org.opencounty.grassroots.DisclosurePeriod;
import org.opencounty.grassroots.FinanceInput;
import org.opencounty.grassroots.FinanceSheet;
import org.opencounty.grassroots.PartyCategory;
import org.opencounty.grassroots.PartyDisclosures;
import org.opencounty.grassroots.PartyDraft;
import org.opencounty.grassroots.PartyQueries;
import org.opencounty.grassroots.PartyVisibility;
import org.opencounty.grassroots.Subsidy;
import org.opencounty.grassroots.VillageCategory;
import org.opencounty.grassroots.VillageDisclosures;
import org.opencounty.grassroots.VillageDraft;
import org.opencounty.grassroots.VillageQueries;
import org.opencounty.grassroots.VillageQuestions;
import org.opencounty.grassroots.VillageView;
import org.opencounty.sites.Site;
import org.opencounty.web.FormValues;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The back office of grassroots disclosure: the village's officer writes a finance disclosure in a form of repeated rows
 * (no JavaScript; "添加一行" posts the form back) or fills it from an Excel workbook; the monitor, the director and the
 * township take their steps on the disclosure's page; the village answers questions there. A subsidy list (补贴名单) is
 * written, corrected and shortened in the same way: rows repeated, a row removed by its 删除 box. Party items likewise.
 */
@Controller
class GrassrootsAdminController {

    private static final Map<String, List<String>> LISTS = Map.of("lines", List.of("date", "item", "amount", "counterpart", "voucher"),
            "subsidies", List.of("name", "item", "amount", "date", "idNumber", "bankAccount"));
    private static final String NEW = "/admin/village-disclosures/new";
    private static final int PER_PAGE = 20;

    private final VillageDisclosures disclosures;
    private final VillageQueries queries;
    private final VillageQuestions questions;
    private final PartyDisclosures partyDisclosures;
    private final PartyQueries party;
    private final Clock clock;

    GrassrootsAdminController(VillageDisclosures disclosures, VillageQueries queries, VillageQuestions questions,
                              PartyDisclosures partyDisclosures, PartyQueries party, Clock clock) {
        this.disclosures = disclosures;
        this.queries = queries;
        this.questions = questions;
        this.partyDisclosures = partyDisclosures;
        this.party = party;
        this.clock = clock;
    }

    /**
     * The disclosures the reader works on, village and party, each newest first and paged in the database within the
     * reader's scope (a county's villages publish for years); each list's page is kept in the other's links.
     */
    @GetMapping("/admin/grassroots")
    String work(Site site, Actor actor, @RequestParam(defaultValue = "1") int villagePage, @RequestParam(defaultValue = "1") int partyPage,
                Model model) {
        model.addAttribute("villageWork", PageOf.clamped(villagePage, n -> queries.work(actor, site.id(), null, n, PER_PAGE)));
        model.addAttribute("partyWork", PageOf.clamped(partyPage, n -> party.work(actor, site.id(), n, PER_PAGE)));
        model.addAttribute("writesVillage", actor.has(Role.INFO_OFFICER) && queries.villages(site.id()).stream()
                .anyMatch(u -> u.id().equals(actor.unitId())));
        model.addAttribute("writesParty", actor.has(Role.INFO_OFFICER) && party.organisations(site.id()).stream()
                .anyMatch(u -> u.id().equals(actor.unitId())));
        return "grassroots/backoffice/work";
    }

    @GetMapping("/admin/village-disclosures/new")
    String newDisclosure(Site site, Actor actor, @RequestParam(defaultValue = "FINANCE") VillageCategory category, Model model) {
        FormValues form = new FormValues(LISTS);
        form.set("category", category.name());
        form.set("period", category == VillageCategory.FINANCE ? YearMonth.from(today()).toString() : "");
        return form(actor, form, Map.of(), List.of(), model, NEW);
    }

    /** Saves, adds a row, or fills the rows from the uploaded workbook (the button pressed says which). */
    @PostMapping("/admin/village-disclosures/new")
    String create(Site site, Actor actor, @RequestParam MultiValueMap<String, String> params,
                  @RequestParam(name = "sheet", required = false) MultipartFile sheet, Model model, HttpServletResponse response)
            throws IOException {
        FormValues form = FormValues.posted(params, LISTS);
        if (form.addingRow() || "import".equals(form.get("action"))) {
            return rowsOrImport(actor, form, sheet, NEW, model, response);
        }
        VillageCategory category = category(form.get("category"));
        try {
            FinanceInput finance = category == VillageCategory.FINANCE ? finance(form) : null;
            long id = disclosures.create(actor, site.id(), new VillageDraft(actor.unitCode(), category, form.get("period"),
                    form.get("title"), form.get("body"), finance, subsidies(category, form))).id();
            return "redirect:/admin/village-disclosures/" + id + "?done=create";
        } catch (NotAllowedException e) {
            throw e;
        } catch (DomainException e) {
            return refused(actor, form, e, NEW, model, response);
        }
    }

    /** The draft (or returned revision) in the same form, to change before it is approved; stale → 409. */
    @GetMapping("/admin/village-disclosures/{id}/edit")
    String editForm(Site site, Actor actor, @PathVariable long id, Model model) {
        VillageView view = queries.view(actor, site.id(), id);
        if (!disclosures.steps(actor, site.id(), id).contains("edit")) {
            throw new NotAllowedException("该村务公开现在不能由您修改");
        }
        FormValues form = new FormValues(LISTS);
        form.set("category", view.category().name());
        form.set("period", view.period());
        form.set("title", view.title());
        form.set("body", view.body());
        form.set("version", view.version());
        if (view.finance() != null) {
            fill(form, new FinanceInput(view.finance().opening(), view.finance().lines(), view.finance().closing()));
        }
        fill(form, view.subsidies());
        return form(actor, form, Map.of(), List.of(), model, "/admin/village-disclosures/" + id + "/edit");
    }

    @PostMapping("/admin/village-disclosures/{id}/edit")
    String edit(Site site, Actor actor, @PathVariable long id, @RequestParam MultiValueMap<String, String> params,
                @RequestParam(name = "sheet", required = false) MultipartFile sheet, Model model, HttpServletResponse response)
            throws IOException {
        FormValues form = FormValues.posted(params, LISTS);
        String action = "/admin/village-disclosures/" + id + "/edit";
        if (form.addingRow() || "import".equals(form.get("action"))) {
            return rowsOrImport(actor, form, sheet, action, model, response);
        }
        VillageCategory category = category(form.get("category"));
        try {
            FinanceInput finance = category == VillageCategory.FINANCE ? finance(form) : null;
            disclosures.edit(actor, site.id(), id, new VillageDraft(null, category, form.get("period"), form.get("title"), form.get("body"),
                    finance, subsidies(category, form)), FormVersion.of(form));
            return "redirect:/admin/village-disclosures/" + id + "?done=edit";
        } catch (NotAllowedException e) {
            throw e;
        } catch (DomainException e) {
            return refused(actor, form, e, action, model, response);
        }
    }

    /** "添加一行" shows the form again with a spare row; "导入到下表" fills the rows from the workbook. */
    private String rowsOrImport(Actor actor, FormValues form, MultipartFile sheet, String action, Model model, HttpServletResponse response)
            throws IOException {
        if (form.addingRow()) {
            return form(actor, form, Map.of(), List.of(), model, action);
        }
        try {
            DisclosurePeriod period = DisclosurePeriod.parse(form.get("period"), today());
            if (sheet == null || sheet.isEmpty()) {
                throw InvalidInputException.field("sheet", "请选择要导入的 .xlsx 工作簿");
            }
            fill(form, FinanceSheet.read(sheet.getBytes(), period));
            return form(actor, form, Map.of(), List.of(), model, action);
        } catch (FinanceSheet.SheetRefused e) {
            response.setStatus(422);
            return form(actor, form, Map.of("sheet", e.getMessage()), e.errors(), model, action);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return form(actor, form, e.fields(), List.of(), model, action);
        }
    }

    private String refused(Actor actor, FormValues form, DomainException e, String action, Model model, HttpServletResponse response) {
        response.setStatus(e.status());
        Map<String, String> errors = new LinkedHashMap<>();
        e.fields().forEach((key, message) -> errors.put(key.startsWith("finance.") ? key.substring("finance.".length()) : key, message));
        if (errors.isEmpty() || e.status() == 422) {
            errors.putIfAbsent("form", e.getMessage());
        }
        return form(actor, form, errors, List.of(), model, action);
    }

    @GetMapping("/admin/village-disclosures/{id}")
    String disclosure(Site site, Actor actor, @PathVariable long id, @RequestParam(required = false) String done, Model model) {
        return disclosurePage(site, actor, id, done, null, model);
    }

    @PostMapping("/admin/village-disclosures/{id}/{step}")
    String step(Site site, Actor actor, @PathVariable long id, @PathVariable String step,
                @RequestParam(required = false) String reason, Model model, HttpServletResponse response) {
        try {
            switch (step) {
                case "submit" -> disclosures.submit(actor, site.id(), id);
                case "check" -> disclosures.check(actor, site.id(), id);
                case "approve" -> disclosures.approve(actor, site.id(), id);
                case "return" -> disclosures.returnForChanges(actor, site.id(), id, reason);
                case "withdraw" -> disclosures.withdraw(actor, site.id(), id, reason);
                default -> throw new org.opencounty.common.NotFoundException("没有这个操作");
            }
            return "redirect:/admin/village-disclosures/" + id + "?done=" + step;
        } catch (NotAllowedException | org.opencounty.common.NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            response.setStatus(e.status());
            return disclosurePage(site, actor, id, null, e.getMessage(), model);
        }
    }

    @PostMapping("/admin/village-questions/{id}/answer")
    String answer(Site site, Actor actor, @PathVariable long id, @RequestParam long disclosure, @RequestParam(defaultValue = "") String answer,
                  @RequestParam long version, Model model, HttpServletResponse response) {
        try {
            questions.answer(actor, site.id(), id, answer, version);
            return "redirect:/admin/village-disclosures/" + disclosure + "?done=answer";
        } catch (NotAllowedException e) {
            throw e;
        } catch (DomainException e) {
            response.setStatus(e.status());
            return disclosurePage(site, actor, disclosure, null, e.getMessage(), model);
        }
    }

    @GetMapping("/admin/party-disclosures/new")
    String newPartyItem(Site site, Actor actor, Model model) {
        FormValues form = new FormValues();
        form.set("startsOn", today().toString());
        return partyForm(form, Map.of(), model);
    }

    @PostMapping("/admin/party-disclosures/new")
    String createPartyItem(Site site, Actor actor, @RequestParam MultiValueMap<String, String> params, Model model,
                           HttpServletResponse response) {
        FormValues form = FormValues.posted(params, Map.of());
        try {
            long id = partyDisclosures.create(actor, site.id(), new PartyDraft(actor.unitCode(), enumOf(PartyCategory.class, form.get("category")),
                    enumOf(PartyVisibility.class, form.get("visibility")), form.get("title"), form.get("body"),
                    form.checked("announcement"), form.get("startsOn"), form.get("endsOn"))).id();
            return "redirect:/admin/party-disclosures/" + id + "?done=create";
        } catch (NotAllowedException e) {
            throw e;
        } catch (DomainException e) {
            response.setStatus(e.status());
            return partyForm(form, e.fields(), model);
        }
    }

    @GetMapping("/admin/party-disclosures/{id}")
    String partyItem(Site site, Actor actor, @PathVariable long id, @RequestParam(required = false) String done, Model model) {
        return partyPage(site, actor, id, done, null, model);
    }

    @PostMapping("/admin/party-disclosures/{id}/{step}")
    String partyStep(Site site, Actor actor, @PathVariable long id, @PathVariable String step,
                     @RequestParam(required = false) String reason, Model model, HttpServletResponse response) {
        try {
            switch (step) {
                case "submit" -> partyDisclosures.submit(actor, site.id(), id);
                case "approve" -> partyDisclosures.approve(actor, site.id(), id);
                case "return" -> partyDisclosures.returnForChanges(actor, site.id(), id, reason);
                default -> throw new org.opencounty.common.NotFoundException("没有这个操作");
            }
            return "redirect:/admin/party-disclosures/" + id + "?done=" + step;
        } catch (NotAllowedException | org.opencounty.common.NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            response.setStatus(e.status());
            return partyPage(site, actor, id, null, e.getMessage(), model);
        }
    }

    private String disclosurePage(Site site, Actor actor, long id, String done, String refusal, Model model) {
        var view = queries.view(actor, site.id(), id);
        model.addAttribute("disclosure", view);
        model.addAttribute("steps", disclosures.steps(actor, site.id(), id));
        model.addAttribute("history", queries.canSee(actor, site.id(), id) ? queries.history(actor, site.id(), id) : List.of());
        model.addAttribute("questions", view.publishedAt() == null ? List.of() : questions.of(site.id(), id));
        model.addAttribute("answers", actor.unitId() != null && actor.unitCode().equals(view.village())
                && (actor.has(Role.INFO_OFFICER) || actor.has(Role.UNIT_LEADER)));
        model.addAttribute("done", done);
        model.addAttribute("refusal", refusal);
        return "grassroots/backoffice/disclosure";
    }

    private String partyPage(Site site, Actor actor, long id, String done, String refusal, Model model) {
        var view = party.view(actor, site.id(), id);
        boolean staff = party.seesWork(actor, site.id(), party.organisation(site.id(), view.organisation()).id());
        model.addAttribute("item", view);
        model.addAttribute("steps", partyDisclosures.steps(actor, site.id(), id));
        model.addAttribute("history", staff ? party.history(actor, site.id(), id) : List.of());
        model.addAttribute("objections", staff && view.announcementStatus() != null ? party.objections(actor, site.id(), id) : List.of());
        model.addAttribute("done", done);
        model.addAttribute("refusal", refusal);
        return "grassroots/backoffice/partyItem";
    }

    private String form(Actor actor, FormValues form, Map<String, String> errors, List<FinanceSheet.CellError> cells, Model model,
                        String action) {
        model.addAttribute("action", action);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("cells", cells);
        model.addAttribute("rows", form.rowsToShow("lines"));
        model.addAttribute("subsidyRows", form.rowsToShow("subsidies"));
        model.addAttribute("categories", List.of(VillageCategory.values()));
        model.addAttribute("village", actor.unitName());
        return "grassroots/backoffice/newDisclosure";
    }

    private String partyForm(FormValues form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", List.of(PartyCategory.values()));
        return "grassroots/backoffice/newPartyItem";
    }

    private static FinanceInput finance(FormValues form) {
        List<FinanceInput.LineInput> lines = new ArrayList<>();
        int last = form.rowIndexes("lines").stream().mapToInt(Integer::intValue).max().orElse(-1);
        for (int i = 0; i <= last; i++) {
            String at = "lines[" + i + "].";
            lines.add(new FinanceInput.LineInput(form.get(at + "date"), form.get(at + "item"), form.get(at + "direction"),
                    form.get(at + "amount"), form.get(at + "counterpart"), form.get(at + "voucher")));
        }
        return new FinanceInput(form.get("opening"), lines, form.get("closing"));
    }

    /**
     * The list's rows as posted, a row whose 删除 box is ticked as null: the domain skips it, and the others keep their
     * index, so that its messages ({@code subsidies[3].amount}) land beside the row that was typed.
     */
    private static List<Subsidy> subsidies(VillageCategory category, FormValues form) {
        if (category != VillageCategory.SUBSIDIES) {
            return null;
        }
        List<Subsidy> rows = new ArrayList<>();
        int last = form.rowIndexes("subsidies").stream().mapToInt(Integer::intValue).max().orElse(-1);
        for (int i = 0; i <= last; i++) {
            String at = "subsidies[" + i + "].";
            rows.add(form.checked(at + "remove") ? null : new Subsidy(form.get(at + "name"), form.get(at + "item"), form.get(at + "amount"),
                    form.get(at + "date"), form.get(at + "idNumber"), form.get(at + "bankAccount")));
        }
        return rows;
    }

    /** The saved list in the form; its ID and bank numbers are the masked ones, which saving again keeps as they are. */
    private static void fill(FormValues form, List<Subsidy> rows) {
        int i = 0;
        for (Subsidy row : rows) {
            String at = "subsidies[" + i++ + "].";
            form.set(at + "name", row.name());
            form.set(at + "item", row.item());
            form.set(at + "amount", row.amount());
            form.set(at + "date", row.date());
            form.set(at + "idNumber", row.idNumber());
            form.set(at + "bankAccount", row.bankAccount());
        }
        form.set("shown.subsidies", i + FormValues.SPARE_ROWS);
    }

    /** The workbook's statement put into the form's fields, replacing the rows typed so far. */
    private static void fill(FormValues form, FinanceInput input) {
        form.set("opening", input.opening());
        form.set("closing", input.closing());
        int i = 0;
        for (FinanceInput.LineInput line : input.lines()) {
            String at = "lines[" + i++ + "].";
            form.set(at + "date", line.date());
            form.set(at + "item", line.item());
            form.set(at + "direction", line.direction());
            form.set(at + "amount", line.amount());
            form.set(at + "counterpart", line.counterpart());
            form.set(at + "voucher", line.voucher());
        }
        form.set("shown.lines", i + FormValues.SPARE_ROWS);
    }

    private static VillageCategory category(String name) {
        return enumOf(VillageCategory.class, name);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        try {
            return name == null || name.isBlank() ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfiguration.CHINA));
    }
}
