package org.opencounty.catalogue.spreadsheet;

import org.opencounty.catalogue.CatalogueEntry;
import org.opencounty.catalogue.CatalogueQueries;
import org.opencounty.catalogue.CatalogueWriting;
import org.opencounty.catalogue.EntryKind;
import org.opencounty.catalogue.EntryView;
import org.opencounty.catalogue.ServiceItemContent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.common.Actor;
import org.opencounty.common.DomainException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.Role;
import org.opencounty.catalogue.internal.ImportPlan;
import org.opencounty.catalogue.internal.WorkbookReader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An information officer brings the unit's service items and fees in from a workbook
 * (docs/catalogue-spreadsheet.md). All or nothing: every row and cell is checked first and any error refuses
 * the whole file; the entries are then created as drafts in one transaction, so a failure half-way leaves
 * nothing behind either. They go through the review chain like entries typed in the editor.
 */
@Service
public class CatalogueImport {

    private final CatalogueWriting writing;
    private final CatalogueQueries queries;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    CatalogueImport(CatalogueWriting writing, CatalogueQueries queries, AuditLog audit, TransactionTemplate transaction) {
        this.writing = writing;
        this.queries = queries;
        this.audit = audit;
        this.transaction = transaction;
    }

    public ImportResult importWorkbook(Actor actor, String filename, byte[] bytes) {
        if (actor == null || !actor.has(Role.INFO_OFFICER) || actor.unitId() == null) {
            throw new NotAllowedException("只有单位信息员可以导入办事指南和收费项目");
        }
        String file = filename == null ? "" : filename.replaceAll(".*[/\\\\]", "");
        try {
            // Parsed outside the transaction: reading a large workbook should not hold a database connection.
            WorkbookReader.Parsed parsed = WorkbookReader.read(bytes);
            return transaction.execute(status -> store(actor, file, parsed));
        } catch (DomainException e) {
            audit.recordIndependently(actor.username(), actor.unitCode(), "catalogue.import", "unit:" + actor.unitCode(),
                    AuditResult.FAILURE, file + "：" + e.getMessage());
            throw e;
        }
    }

    private ImportResult store(Actor actor, String file, WorkbookReader.Parsed parsed) {
        ImportPlan plan = ImportPlan.of(parsed, unitFees(actor));
        if (!plan.errors().isEmpty()) {
            throw new ImportRefusedException(plan.errors());
        }
        List<Long> feeIds = plan.fees().stream().map(fee -> writing.createFee(actor, fee).id()).toList();
        List<Long> ids = new ArrayList<>();
        for (ServiceItemContent item : plan.items()) {
            List<Long> fees = item.fees().stream().map(id -> id < 0 ? feeIds.get((int) (-id - 1)) : id).toList();
            ids.add(writing.createItem(actor, item.withFees(fees)).id());
        }
        ids.addAll(feeIds);
        audit.record(actor, "catalogue.import", "unit:" + actor.unitCode(), AuditResult.SUCCESS,
                file + "：事项" + plan.items().size() + "项，收费项目" + feeIds.size() + "项");
        return new ImportResult(plan.items().size(), feeIds.size(), List.copyOf(ids));
    }

    /** The unit's own fees that items may name; withdrawn ones no longer count. */
    private Map<String, List<Long>> unitFees(Actor actor) {
        Map<String, List<Long>> byName = new HashMap<>();
        for (EntryView view : queries.listFor(actor, EntryKind.FEE)) {
            CatalogueEntry entry = view.entry();
            if (entry.unitId().equals(actor.unitId()) && (entry.workingRevisionId() != null || entry.liveRevisionId() != null)) {
                byName.computeIfAbsent(view.fee().name(), name -> new ArrayList<>()).add(entry.id());
            }
        }
        return byName;
    }
}
